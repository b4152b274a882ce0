package app.mixpos.sale;

import java.util.Objects;

/** An asset the merchant can be paid out in ({@code /setting/settlement_assets}). */
public record SettlementAsset(String assetId, String symbol, String name, String network) {

    /** USDT on ERC-20, MixPay's usual settlement asset. */
    public static final SettlementAsset USDT_ERC20 =
            new SettlementAsset("4d8c508b-91c5-375b-92b0-ee702ed2dac5", "USDT", "Tether USD", "ERC20");

    public SettlementAsset {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(symbol, "symbol");
    }
}
