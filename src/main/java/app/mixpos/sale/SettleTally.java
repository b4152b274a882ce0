package app.mixpos.sale;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Paid sales counted by what MixPay says about settling them to the merchant.
 *
 * @param status MixPay's {@code settleStatus}: {@code success}, {@code pending}, another word it may send, or empty
 *               when it has not said
 * @param symbol the asset settled ({@code settleSymbol}); empty while settlement is pending
 * @param amount the exact sum settled ({@code settleAmount}), in that asset; zero while pending
 */
public record SettleTally(String status, String symbol, long count, BigDecimal amount) {

    public static final String SETTLED = "success";

    public SettleTally {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(amount, "amount");
    }

    /** True when MixPay has settled these sales to the merchant. */
    public boolean settled() {
        return SETTLED.equals(status);
    }
}
