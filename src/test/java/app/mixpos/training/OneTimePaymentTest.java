package app.mixpos.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneTimePaymentTest extends SimulatorTest {

    @Test
    void formEncodedBodyWorksLikeJson() throws IOException {
        UUID trace = UUID.randomUUID();
        JsonNode json = client.postForm("/one_time_payment", Orders.usd("7.25", trace, "form-order")).json();
        assertThat(json.get("success").asBoolean()).isTrue();
        assertThat(sim.customer(trace)).get().extracting(SimulatedCustomer::quoteAmount).isEqualTo("7.25");
        assertThat(sim.latest()).get().extracting(SimulatedCustomer::orderId).isEqualTo("form-order");
    }

    @Test
    void theCodeLinkOpensThePaymentPageAndScansToTheSameCustomer() throws IOException {
        UUID trace = UUID.randomUUID();
        String code = client.postJson("/one_time_payment", Orders.usd("12.50", trace, "order-1")).data()
                .get("code").asText();
        String link = sim.payUrl() + "/code/" + code;

        SimClient.Reply page = new SimClient(sim.payUrl()).get("/code/" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains(">12.50<", ">USD<");

        SimulatedCustomer customer = sim.scan(link);
        assertThat(customer.traceId()).isEqualTo(trace);
        assertThat(customer.code()).contains(code);
        assertThat(sim.requestCount()).as("pages are not API requests").isEqualTo(1);
    }

    @Test
    void aRetriedIdenticalRequestGetsTheSameCode() throws IOException {
        Map<String, String> body = Orders.usd("5");
        String first = client.postJson("/one_time_payment", body).data().get("code").asText();
        String second = client.postJson("/one_time_payment", body).data().get("code").asText();
        assertThat(second).isEqualTo(first);
        assertThat(sim.customers()).hasSize(1);
    }

    @Test
    void anOrderIdIsUniquePerPayee() throws IOException {
        client.postJson("/one_time_payment", Orders.usd("5", UUID.randomUUID(), "shop-001"));
        JsonNode again = client.postJson("/one_time_payment", Orders.usd("6", UUID.randomUUID(), "shop-001")).json();
        assertThat(again.get("code").asInt()).isEqualTo(10011);
        assertThat(again.get("message").asText()).contains("orderId");

        Map<String, String> otherPayee = Orders.with(Orders.usd("6", UUID.randomUUID(), "shop-001"),
                "payeeId", UUID.randomUUID().toString());
        assertThat(client.postJson("/one_time_payment", otherPayee).json().get("success").asBoolean()).isTrue();
    }

    @Test
    void aMissingFieldIs1017WithFieldErrors() throws IOException {
        JsonNode json = client.postJson("/one_time_payment", Orders.with(Orders.usd("5"), "payeeId", null)).json();
        assertThat(json.get("code").asInt()).isEqualTo(1017);
        assertThat(json.get("success").asBoolean()).isFalse();
        assertThat(json.get("data").get("payeeId").get(0).asText()).contains("payeeId");
    }

    @Test
    void neitherTraceIdNorOrderIdIs1017() throws IOException {
        Map<String, String> body = Orders.with(Orders.with(Orders.usd("5"), "traceId", null), "orderId", null);
        assertThat(client.postJson("/one_time_payment", body).json().get("code").asInt()).isEqualTo(1017);
    }

    @Test
    void anOrderIdAloneIsEnough() throws IOException {
        Map<String, String> body = Orders.with(Orders.usd("5", UUID.randomUUID(), "only-order"), "traceId", null);
        assertThat(client.postJson("/one_time_payment", body).json().get("success").asBoolean()).isTrue();
        JsonNode result = client.get("/payments_result?orderId=only-order&payeeId=" + Orders.PAYEE).data();
        assertThat(UUID.fromString(result.get("traceId").asText())).isNotNull();
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
            "quoteAmount, abc, 10011",
            "quoteAmount, -5, 10011",
            "quoteAmount, 1e3, 10011",
            "quoteAmount, 1.234, 10011",
            "quoteAmount, 0.001, 10011",
            "quoteAmount, 0, 10004",
            "quoteAmount, 0.00, 10004",
            "quoteAmount, 50000.01, 10005",
            "payeeId, not-a-uuid, 10011",
            "traceId, 1234, 10011",
            "orderId, abc, 10011",
            "orderId, has space in it, 10011",
            "orderId, 0123456789012345678901234567890123456, 10011",
            "remark, 012345678901234567890123456789012345678901234567890, 10011",
            "expiredTimestamp, 5, 10011",
            "strictMode, maybe, 10011",
            "quoteAssetId, xyz, 10002",
            "settlementAssetId, 11111111-2222-3333-4444-555555555555, 10003",
    })
    void invalidParametersAreRefused(String field, String value, int code) throws IOException {
        JsonNode json = client.postJson("/one_time_payment", Orders.with(Orders.usd("5"), field, value)).json();
        assertThat(json.get("success").asBoolean()).isFalse();
        assertThat(json.get("code").asInt()).isEqualTo(code);
        assertThat(json.get("message").asText()).isNotBlank();
        assertThat(sim.customers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"quoteAmount, 50000", "quoteAmount, 0.01", "quoteAmount, 10.5", "quoteAssetId, USD",
            "remark, 01234567890123456789012345678901234567890123456789", "strictMode, 1",
            "orderId, a_b-C9"})
    void boundaryValuesAreAccepted(String field, String value) throws IOException {
        JsonNode json = client.postJson("/one_time_payment", Orders.with(Orders.usd("5"), field, value)).json();
        assertThat(json.get("success").asBoolean()).as(json.toString()).isTrue();
    }

    @Test
    void anExpiryWithinTwoDaysIsAccepted() throws IOException {
        String in1h = String.valueOf(clock.instant().plusSeconds(3600).getEpochSecond());
        String in3d = String.valueOf(clock.instant().plusSeconds(3 * 86400).getEpochSecond());
        assertThat(client.postJson("/one_time_payment", Orders.with(Orders.usd("5"), "expiredTimestamp", in1h))
                .json().get("success").asBoolean()).isTrue();
        assertThat(client.postJson("/one_time_payment", Orders.with(Orders.usd("5"), "expiredTimestamp", in3d))
                .json().get("code").asInt()).isEqualTo(10011);
    }

    @Test
    void aBtcAmountTakesEightDecimalsAndItsOwnLimits() throws IOException {
        Map<String, String> btc = Orders.with(Orders.usd("0.00012345"), "quoteAssetId", AssetCatalog.BTC);
        assertThat(client.postJson("/one_time_payment", btc).json().get("success").asBoolean()).isTrue();
        Map<String, String> tooMuch = Orders.with(Orders.usd("1"), "quoteAssetId", AssetCatalog.BTC);
        assertThat(client.postJson("/one_time_payment", tooMuch).json().get("code").asInt()).isEqualTo(10005);
    }

    @Test
    void anEmptyBodyIsAMissingParameterError() throws IOException {
        SimClient.Reply reply = client.postForm("/one_time_payment", Map.of());
        assertThat(reply.json().get("code").asInt()).isEqualTo(1017);
    }
}
