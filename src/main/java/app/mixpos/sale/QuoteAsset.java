package app.mixpos.sale;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A currency a price can be set in, as MixPay's {@code /setting/quote_assets} lists it.
 *
 * @param assetId      {@code usd} style id for fiat, a UUID for crypto
 * @param symbol       what the cashier reads, e.g. {@code USD}
 * @param decimalDigit how many decimal places an amount may have
 * @param minAmount    smallest amount MixPay accepts, or null when unknown
 * @param maxAmount    largest amount MixPay accepts, or null when unknown
 * @param fiat         true for fiat currencies ({@code isAsset = 0})
 */
public record QuoteAsset(String assetId, String symbol, int decimalDigit,
                         BigDecimal minAmount, BigDecimal maxAmount, boolean fiat) {

    /**
     * USD with the limits MixPay listed when this was written, for tests. The app never takes limits from here: it
     * uses MixPay's current list, and {@link #withoutLimits()} until that list is known.
     */
    public static final QuoteAsset USD = new QuoteAsset("usd", "USD", 2,
            new BigDecimal("0.01"), new BigDecimal("50000"), true);

    public QuoteAsset {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(symbol, "symbol");
        if (decimalDigit < 0 || decimalDigit > 18) {
            throw new IllegalArgumentException("decimalDigit out of range: " + decimalDigit);
        }
    }

    /** This asset with its limits unknown: what the app uses before MixPay's list is known. */
    public QuoteAsset withoutLimits() {
        return new QuoteAsset(assetId, symbol, decimalDigit, null, null, fiat);
    }

    /** True when MixPay's smallest and largest amounts for this asset are known. */
    public boolean limitsKnown() {
        return minAmount != null && maxAmount != null;
    }

    /** MixPay ids are compared case-insensitively ({@code usd} and {@code USD} are one asset). */
    public boolean hasId(String otherId) {
        return otherId != null && assetId.toLowerCase(Locale.ROOT).equals(otherId.trim().toLowerCase(Locale.ROOT));
    }
}
