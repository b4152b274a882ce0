package app.mixpos.sale;

import java.math.BigDecimal;

/**
 * What MixPay says about paying the merchant out for a sale ({@code settleStatus}, {@code settleAmount},
 * {@code settleSymbol}, {@code settleAsset} of {@code payments_result}). MixPay sends empty strings while settlement is
 * pending; they are kept as null here.
 *
 * @param status  {@code success}, {@code pending}, another word MixPay may send, or null when it has not said
 * @param amount  the exact amount settled, in {@code symbol}; null while pending
 * @param symbol  the asset settled ({@code BTC}); null while pending
 * @param assetId that asset's id; null while pending
 */
public record Settlement(String status, BigDecimal amount, String symbol, String assetId) {

    /** MixPay has said nothing about settlement. */
    public static final Settlement NONE = new Settlement(null, null, null, null);

    public Settlement {
        status = blankToNull(status);
        symbol = blankToNull(symbol);
        assetId = blankToNull(assetId);
    }

    /** True when MixPay has paid the merchant out. */
    public boolean settled() {
        return SettleTally.SETTLED.equals(status);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
