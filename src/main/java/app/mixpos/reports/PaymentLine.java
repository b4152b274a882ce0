package app.mixpos.reports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What customers paid with one asset, for the paid sales of a report, exact in that asset.
 *
 * @param symbol          the asset ({@code USDT}); empty when MixPay did not name it
 * @param received        what the customers paid, surpluses included
 * @param surplusRefunded overpayments MixPay has refunded
 * @param surplusPending  overpayments whose refund is not final yet (pending, sending, or a status MixPay added)
 * @param surplusExpired  overpayments whose refund expired
 */
public record PaymentLine(String symbol, long paidSales, BigDecimal received, BigDecimal surplusRefunded,
                          BigDecimal surplusPending, BigDecimal surplusExpired) {

    public PaymentLine {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(surplusRefunded, "surplusRefunded");
        Objects.requireNonNull(surplusPending, "surplusPending");
        Objects.requireNonNull(surplusExpired, "surplusExpired");
    }
}
