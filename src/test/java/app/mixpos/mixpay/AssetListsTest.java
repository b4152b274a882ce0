package app.mixpos.mixpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SettlementAsset;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetListsTest extends MixPayServerTest {

    @Test
    void quoteAssetsReadTheDocumentedBitcoinItemAndAFiatItem() throws Exception {
        answer(200, fixture("quote_assets.json"));

        List<QuoteAsset> assets = client.quoteAssets();

        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/setting/quote_assets");
        assertThat(assets).containsExactly(
                new QuoteAsset("c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", 8,
                        new BigDecimal("0.00000263"), new BigDecimal("0.02632853"), false),
                new QuoteAsset("usd", "USD", 2, new BigDecimal("0.01"), null, true));
    }

    @Test
    void quoteAssetsWithoutUsableIdSymbolOrDigitsAreSkipped() throws Exception {
        answer(200, "{\"code\":0,\"success\":true,\"data\":["
                + "{\"symbol\":\"EUR\",\"decimalDigit\":\"2\",\"isAsset\":\"0\",\"minQuoteAmount\":\"x\"},"
                + "{\"symbol\":\"ODD\",\"assetId\":\"odd\",\"decimalDigit\":40,\"isAsset\":0},"
                + "{\"assetId\":\"nosymbol\",\"decimalDigit\":2,\"isAsset\":0},"
                + "\"not an object\"]}");

        List<QuoteAsset> assets = client.quoteAssets();

        assertThat(assets).containsExactly(new QuoteAsset("eur", "EUR", 2, null, null, true));
    }

    @Test
    void quoteAssetsWhenDataIsAnObjectIsTransient() {
        answer(200, "{\"code\":0,\"success\":true,\"data\":{}}");

        MixPayException e = catchThrowableOfType(MixPayException.class, () -> client.quoteAssets());

        assertThat(e.kind()).isEqualTo(MixPayException.Kind.TRANSIENT);
        assertThat(e.getMessage()).contains("quote_assets", "list");
    }

    @Test
    void settlementAssetsAreAskedForThePayeeAndRead() throws Exception {
        answer(200, "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":["
                + "{\"name\":\"Tether USD\",\"symbol\":\"USDT\",\"iconUrl\":\"https://x/usdt.png\","
                + "\"assetId\":\"" + USDT + "\",\"network\":\"ERC20\",\"isAsset\":1,\"chainAsset\":{\"id\":\"e\"}},"
                + "{\"name\":\"Bitcoin\",\"symbol\":\"BTC\",\"assetId\":\"c6d0c728-2624-429b-8e0d-d9d19b6592fa\","
                + "\"network\":\"\",\"isAvailable\":true},"
                + "{\"name\":\"broken\",\"symbol\":\"\"}]}");

        List<SettlementAsset> assets = client.settlementAssets("payee id&x");

        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/v1/setting/settlement_assets?payeeId=payee%20id%26x");
        assertThat(assets).containsExactly(SettlementAsset.USDT_ERC20,
                new SettlementAsset("c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", "Bitcoin", null));
    }

    @Test
    void emptyAssetListIsAnEmptyList() throws Exception {
        answer(200, "{\"code\":0,\"success\":true,\"data\":[]}");

        assertThat(client.settlementAssets(PAYEE)).isEmpty();
    }
}
