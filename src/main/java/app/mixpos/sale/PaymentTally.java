package app.mixpos.sale;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Paid sales counted by what the customer paid with and where their surplus refund stands.
 *
 * @param payableSymbol the asset the customers paid with ({@code USDT}); empty when MixPay did not say
 * @param paid          the exact sum of what they paid, in that asset
 * @param surplus       the exact sum of what they overpaid, to be (or already) refunded by MixPay
 */
public record PaymentTally(String payableSymbol, SurplusStatus surplusStatus, long count, BigDecimal paid,
                           BigDecimal surplus) {

    public PaymentTally {
        Objects.requireNonNull(payableSymbol, "payableSymbol");
        Objects.requireNonNull(surplusStatus, "surplusStatus");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(surplus, "surplus");
    }
}
