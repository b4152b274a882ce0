package app.mixpos.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The assets the simulator quotes, settles and accepts, with MixPay's well-known ids and fixed rates. */
final class AssetCatalog {

    static final String USDT_ERC20 = "4d8c508b-91c5-375b-92b0-ee702ed2dac5";
    static final String USDT_TRC20 = "b91e18ff-a9ae-3dc7-8679-e935d9a4b34b";
    static final String USDC = "9b180ab6-6abe-3dc0-a13f-04169eb34bfa";
    static final String BTC = "c6d0c728-2624-429b-8e0d-d9d19b6592fa";
    static final String ETH = "43d61dcd-e413-450d-80b8-101d5e903357";
    static final String XIN = "c94ac88f-4671-3976-b60a-09064f1811e8";

    private static final String BTC_ICON = "https://mixin-images.zeromesh.net/HvYGJsV5TGeZ-X9Ek3FEQohQZ3fE9LBEBGcOcn4c4B"
            + "NHovP4fW4YB97Dg5LcXoQ1hUjMEgjbl1DPlKg1TW7kK6XP=s128";

    private static final SimAsset USDT_E = crypto(USDT_ERC20, "USDT", "Tether USD", "ERC20", "0.01", "50000", "1");
    private static final SimAsset USDT_T = crypto(USDT_TRC20, "USDT", "Tether USD", "TRC20", "0.01", "50000", "1");
    private static final SimAsset USDC_E = crypto(USDC, "USDC", "USD Coin", "ERC20", "0.01", "50000", "1.0001");
    private static final SimAsset BTC_A = new SimAsset(BTC, "BTC", "Bitcoin", "BTC", 8, new BigDecimal("0.00000263"),
            new BigDecimal("0.02632853"), false, new BigDecimal("61234.5"), BTC_ICON);
    private static final SimAsset ETH_A = crypto(ETH, "ETH", "Ether", "ERC20", "0.000004", "16", "3012.75");
    private static final SimAsset XIN_A = crypto(XIN, "XIN", "Mixin", "ERC20", "0.0001", "300", "150");

    private static final List<SimAsset> QUOTE = List.of(
            new SimAsset("usd", "USD", "US Dollar", "", 2, new BigDecimal("0.01"), new BigDecimal("50000"), true,
                    new BigDecimal("1.0013"), ""),
            new SimAsset("eur", "EUR", "Euro", "", 2, new BigDecimal("0.01"), new BigDecimal("45000"), true,
                    new BigDecimal("1.0842"), ""),
            USDT_E, USDC_E, BTC_A, ETH_A);
    private static final List<SimAsset> SETTLEMENT = List.of(USDT_E, USDT_T, USDC_E, BTC_A, ETH_A, XIN_A);

    List<SimAsset> quoteAssets() {
        return QUOTE;
    }

    List<SimAsset> settlementAssets() {
        return SETTLEMENT;
    }

    /** What customers can pay with; the same set as settlement. */
    List<SimAsset> paymentAssets() {
        return SETTLEMENT;
    }

    Optional<SimAsset> quoteAsset(String id) {
        return QUOTE.stream().filter(a -> a.hasId(id)).findFirst();
    }

    Optional<SimAsset> settlementAsset(String id) {
        return SETTLEMENT.stream().filter(a -> a.hasId(id)).findFirst();
    }

    /** The asset every simulated customer pays with. */
    SimAsset paymentAsset() {
        return USDT_E;
    }

    private static SimAsset crypto(String id, String symbol, String name, String network,
                                   String min, String max, String rate) {
        return new SimAsset(id, symbol, name, network, 8, new BigDecimal(min), new BigDecimal(max), false,
                new BigDecimal(rate), "");
    }
}
