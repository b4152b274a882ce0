package app.mixpos.checkout;

/**
 * A charge refused before anything was recorded or sent: the amount is outside what MixPay's current list of
 * quote assets accepts. The message is the sentence for the cashier.
 */
public final class AmountRefusedException extends RuntimeException {

    public AmountRefusedException(String sentence) {
        super(sentence);
    }
}
