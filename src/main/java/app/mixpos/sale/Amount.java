package app.mixpos.sale;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A positive amount of a quote asset, scaled to the asset's {@code decimalDigit}.
 * Build one from cashier input with {@link AmountParser}.
 */
public record Amount(BigDecimal value, QuoteAsset asset) implements Comparable<Amount> {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(asset, "asset");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("an amount must be positive: " + value);
        }
        if (value.stripTrailingZeros().scale() > asset.decimalDigit()) {
            throw new IllegalArgumentException(
                    "too many decimals for " + asset.symbol() + ": " + value.toPlainString());
        }
        value = value.setScale(asset.decimalDigit());
    }

    /** The decimal string MixPay expects in {@code quoteAmount}, e.g. {@code 12.50}. */
    public String toWire() {
        return value.toPlainString();
    }

    /** True when {@code wireAmount} is the same number, whatever its spelling ({@code 10}, {@code 10.00}). */
    public boolean sameAs(BigDecimal wireAmount) {
        return wireAmount != null && value.compareTo(wireAmount) == 0;
    }

    @Override
    public int compareTo(Amount o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + asset.symbol();
    }
}
