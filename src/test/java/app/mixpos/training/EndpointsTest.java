package app.mixpos.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EndpointsTest extends SimulatorTest {

    @Test
    void urlsPointAtLoopback() {
        assertThat(sim.apiUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        assertThat(sim.payUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void quoteAssetsListFiatAndCryptoWithLimits() throws IOException {
        SimClient.Reply reply = client.get("/setting/quote_assets");
        assertSuccessEnvelope(reply);
        JsonNode usd = find(reply.data(), "usd");
        assertThat(usd.get("symbol").asText()).isEqualTo("USD");
        assertThat(usd.get("decimalDigit").asInt()).isEqualTo(2);
        assertThat(usd.get("isAsset").asInt()).isZero();
        assertThat(usd.get("minQuoteAmount").asText()).isEqualTo("0.01");
        assertThat(usd.get("maxQuoteAmount").asText()).isEqualTo("50000");
        assertThat(find(reply.data(), "eur").get("decimalDigit").asInt()).isEqualTo(2);
        JsonNode btc = find(reply.data(), AssetCatalog.BTC);
        assertThat(btc.get("decimalDigit").asInt()).isEqualTo(8);
        assertThat(btc.get("isAsset").asInt()).isEqualTo(1);
        assertThat(btc.get("chainAsset").get("symbol").asText()).isEqualTo("BTC");
        assertThat(ids(reply.data())).contains(AssetCatalog.USDT_ERC20, AssetCatalog.USDC, AssetCatalog.ETH);
    }

    @Test
    void settlementAssetsNeedAPayee() throws IOException {
        SimClient.Reply reply = client.get("/setting/settlement_assets?payeeId=" + Orders.PAYEE);
        assertSuccessEnvelope(reply);
        JsonNode usdt = find(reply.data(), AssetCatalog.USDT_ERC20);
        assertThat(usdt.get("network").asText()).isEqualTo("ERC20");
        assertThat(usdt.get("name").asText()).isEqualTo("Tether USD");
        assertThat(usdt.has("isAvailable")).isFalse();

        JsonNode missing = client.get("/setting/settlement_assets").json();
        assertThat(missing.get("success").asBoolean()).isFalse();
        assertThat(missing.get("code").asInt()).isEqualTo(1017);
    }

    @Test
    void settlementAssetsSayAvailabilityForAnAmount() throws IOException {
        JsonNode data = client.get("/setting/settlement_assets?payeeId=" + Orders.PAYEE
                + "&quoteAssetId=usd&quoteAmount=10").data();
        assertThat(find(data, AssetCatalog.BTC).get("isAvailable").asBoolean()).isTrue();
    }

    @Test
    void paymentAssetsCarryLimits() throws IOException {
        SimClient.Reply reply = client.get("/setting/payment_assets");
        assertSuccessEnvelope(reply);
        JsonNode usdt = find(reply.data(), AssetCatalog.USDT_ERC20);
        assertThat(usdt.get("minPaymentAmount").asText()).isEqualTo("0.01");
        assertThat(usdt.has("maxPaymentAmount")).isTrue();
    }

    @Test
    void oneTimePaymentAnswersACode() throws IOException {
        SimClient.Reply reply = client.postJson("/one_time_payment", Orders.usd("12.50"));
        assertSuccessEnvelope(reply);
        assertThat(UUID.fromString(reply.data().get("code").asText())).isNotNull();
    }

    @Test
    void paymentsResultHasTheFullDataObject() throws IOException {
        UUID trace = UUID.randomUUID();
        client.postJson("/one_time_payment", Orders.usd("12.50", trace, "order-1"));
        SimClient.Reply reply = client.get("/payments_result?traceId=" + trace);
        assertSuccessEnvelope(reply);
        assertThat(reply.data().fieldNames()).toIterable().contains("status", "quoteAmount", "quoteSymbol",
                "quoteAssetId", "paymentAmount", "paymentSymbol", "paymentAssetId", "payableAmount", "payableSymbol",
                "payeeId", "traceId", "orderId", "surplusAmount", "surplusStatus", "confirmations", "failureCode",
                "failureReason", "txid", "date", "settleStatus", "settleAmount", "settleSymbol", "settleAsset");
        assertThat(reply.data().get("status").asText()).isEqualTo("unpaid");
        assertThat(reply.data().get("failureCode").isTextual()).isTrue();
        assertThat(reply.data().get("confirmations").asInt()).isEqualTo(-1);
    }

    @Test
    void paymentsResultByOrderIdAndPayee() throws IOException {
        UUID trace = UUID.randomUUID();
        client.postJson("/one_time_payment", Orders.usd("3", trace, "order-42"));
        JsonNode data = client.get("/payments_result?orderId=order-42&payeeId=" + Orders.PAYEE).data();
        assertThat(data.get("traceId").asText()).isEqualTo(trace.toString());
    }

    @Test
    void unknownPathIs404InTheEnvelope() throws IOException {
        SimClient.Reply reply = client.get("/no_such_thing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("code").asInt()).isEqualTo(404);
        assertThat(reply.json().get("success").asBoolean()).isFalse();
        assertThat(reply.json().get("data").isArray()).isTrue();
    }

    @Test
    void requestsAreCountedWithTheirClockTimes() throws IOException {
        client.get("/setting/quote_assets");
        clock.advanceSeconds(5);
        client.get("/no_such_thing");
        assertThat(sim.requestCount()).isEqualTo(2);
        assertThat(sim.requestTimes()).containsExactly(clock.instant().minusSeconds(5), clock.instant());
    }

    private void assertSuccessEnvelope(SimClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode json = reply.json();
        assertThat(json.get("code").asInt()).isZero();
        assertThat(json.get("success").asBoolean()).isTrue();
        assertThat(json.get("message").asText()).isEmpty();
        assertThat(json.get("timestampMs").asLong()).isEqualTo(clock.millis());
        assertThat(json.has("data")).isTrue();
        assertThat(reply.limit()).isEqualTo("60");
    }

    private static JsonNode find(JsonNode list, String assetId) {
        for (JsonNode item : list) {
            if (item.get("assetId").asText().equals(assetId)) {
                return item;
            }
        }
        throw new AssertionError("no asset " + assetId + " in " + list);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("assetId").asText()));
        return ids;
    }
}
