package app.mixpos.checkout;

import app.mixpos.sale.AmountError;
import java.util.Objects;

/**
 * A charge refused before anything was recorded or sent: the amount is outside what MixPay's current list of
 * quote assets accepts. {@link #error()} says why, for a screen to put in words; the message is for the log.
 */
public final class AmountRefusedException extends RuntimeException {

    private final transient AmountError error;

    public AmountRefusedException(AmountError error) {
        super("Amount refused before recording: " + Objects.requireNonNull(error, "error"));
        this.error = error;
    }

    /** MixPay's current list does not have the currency the sale was priced in. */
    static AmountRefusedException notListed(String symbol) {
        return new AmountRefusedException(AmountError.notListed(symbol));
    }

    public AmountError error() {
        return error;
    }
}
