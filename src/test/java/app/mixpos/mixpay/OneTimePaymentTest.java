package app.mixpos.mixpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class OneTimePaymentTest extends MixPayServerTest {

    private static final String CODE_ANSWER = "{\"code\":0,\"success\":true,\"message\":\"\","
            + "\"data\":{\"code\":\"525502dd-e552-4505-b114-32fe32ff23c2\"},\"timestampMs\":1645411665245}";

    @Test
    void postsTheSaleAsJsonAndReturnsTheCodeLink() throws Exception {
        answer(200, CODE_ANSWER);

        String link = client.createOneTimePayment(sale("12.5", "Table 4"));

        assertThat(link).isEqualTo("https://mixpay.me/code/525502dd-e552-4505-b114-32fe32ff23c2");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/one_time_payment");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = MixPayClient.defaultObjectMapper().readTree(request.getBody().utf8());
        assertThat(body.get("payeeId").textValue()).isEqualTo(PAYEE);
        assertThat(body.get("quoteAssetId").textValue()).isEqualTo("usd");
        assertThat(body.get("quoteAmount").isTextual()).isTrue();
        assertThat(body.get("quoteAmount").textValue()).isEqualTo("12.50");
        assertThat(body.get("settlementAssetId").textValue()).isEqualTo(USDT);
        assertThat(body.get("traceId").textValue()).isEqualTo("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7");
        assertThat(body.get("orderId").textValue()).isEqualTo("R-000123");
        assertThat(body.get("remark").textValue()).isEqualTo("Table 4");
        assertThat(body.size()).isEqualTo(7);
    }

    @Test
    void theSalesDeadlineIsSentAsUnixSecondsInExpiredTimestamp() throws Exception {
        answer(200, CODE_ANSWER);

        client.createOneTimePayment(saleExpiring("8", java.time.Instant.parse("2026-01-02T10:15:00Z")));

        JsonNode body = MixPayClient.defaultObjectMapper().readTree(server.takeRequest().getBody().utf8());
        assertThat(body.get("expiredTimestamp").isIntegralNumber()).isTrue();
        assertThat(body.get("expiredTimestamp").longValue()).isEqualTo(1767348900L);
    }

    @Test
    void expiredTimestampIsLeftOutForASaleWithoutADeadline() throws Exception {
        answer(200, CODE_ANSWER);

        client.createOneTimePayment(sale("3", null));

        JsonNode body = MixPayClient.defaultObjectMapper().readTree(server.takeRequest().getBody().utf8());
        assertThat(body.has("expiredTimestamp")).isFalse();
    }

    @Test
    void remarkIsLeftOutWhenTheSaleHasNone() throws Exception {
        answer(200, CODE_ANSWER);

        client.createOneTimePayment(sale("3", null));

        JsonNode body = MixPayClient.defaultObjectMapper().readTree(server.takeRequest().getBody().utf8());
        assertThat(body.has("remark")).isFalse();
        assertThat(body.get("quoteAmount").textValue()).isEqualTo("3.00");
    }

    @Test
    void apiBaseWithTrailingSlashMakesTheSamePath() throws Exception {
        client = new MixPayClient(MixPayClient.defaultHttpClient(), MixPayClient.defaultObjectMapper(),
                server.url("/v1/").uri(), PAY_BASE);
        answer(200, CODE_ANSWER);

        client.createOneTimePayment(sale("1", null));

        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/one_time_payment");
    }

    @Test
    void successWithoutAPaymentCodeIsTransient() {
        answer(200, "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{\"code\":\"\"}}");

        MixPayException e = catchThrowableOfType(MixPayException.class,
                () -> client.createOneTimePayment(sale("1", null)));

        assertThat(e.kind()).isEqualTo(MixPayException.Kind.TRANSIENT);
        assertThat(e.getMessage()).contains("no payment code");
    }

    @Test
    void amountTooLowIsRejectedWithMixPaysCode() {
        answer(200, "{\"code\":10004,\"success\":false,\"message\":\"Amount too low\",\"data\":[]}");

        MixPayException e = catchThrowableOfType(MixPayException.class,
                () -> client.createOneTimePayment(sale("0.01", null)));

        assertThat(e.kind()).isEqualTo(MixPayException.Kind.REJECTED);
        assertThat(e.code()).isEqualTo(10004);
        assertThat(e.mixPayMessage()).isEqualTo("Amount too low");
    }
}
