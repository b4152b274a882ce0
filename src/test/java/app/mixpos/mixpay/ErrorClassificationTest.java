package app.mixpos.mixpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.mixpos.mixpay.MixPayException.Kind;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorClassificationTest extends MixPayServerTest {

    private static final UUID TRACE = UUID.fromString("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7");
    private static final String MAINTENANCE = "The system is under maintenance and cannot be paid temporarily. "
            + "If you have any questions, please contact customer service.";

    private MixPayException failure() {
        return catchThrowableOfType(MixPayException.class, () -> client.paymentResult(TRACE));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {200, 400, 503})
    void documentedMaintenanceEnvelopeIsRejectedWithItsCodeAndMessageWhateverTheStatus(int httpStatus) {
        answer(httpStatus, fixture("error_10008.json"));

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.REJECTED);
        assertThat(e.code()).isEqualTo(10008);
        assertThat(e.mixPayMessage()).isEqualTo(MAINTENANCE);
        assertThat(e.getMessage()).contains("payments_result", "10008", "under maintenance");
    }

    @Test
    void code1429IsRateLimited() {
        answer(200, "{\"code\":1429,\"success\":false,\"message\":\"Too Many Requests\",\"data\":[]}");

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.code()).isEqualTo(1429);
        assertThat(e.mixPayMessage()).isEqualTo("Too Many Requests");
    }

    @Test
    void http429WithoutAnEnvelopeIsRateLimited() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "text/html")
                .body("<html><body>429 Too Many Requests</body></html>").build());

        assertThat(failure().kind()).isEqualTo(Kind.RATE_LIMITED);
    }

    @Test
    void http502WithAnHtmlPageIsTransient() {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>").build());

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.code()).isZero();
        assertThat(e.getMessage()).contains("not JSON", "HTTP 502").doesNotContain("nginx");
    }

    @Test
    void emptyBodyIsTransient() {
        answer(200, "");

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.getMessage()).contains("empty body");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"code\":0,\"success\":true,\"data\":{\"status\":\"succ",
            "{\"code\":0} trailing", "not json at all", "[]", "\"ok\"", "{}", "{\"status\":\"success\"}"})
    void bodyThatIsNotMixPaysEnvelopeIsTransient(String body) {
        answer(200, body);

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.code()).isZero();
    }

    @Test
    void serverErrorCodeMinusOneIsTransient() {
        answer(500, "{\"code\":-1,\"success\":false,\"message\":\"Server error\",\"data\":[]}");

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.code()).isEqualTo(-1);
    }

    @Test
    void failedEnvelopeWithoutCodeOnHttp500IsTransient() {
        answer(500, "{\"success\":false,\"message\":\"oops\"}");

        assertThat(failure().kind()).isEqualTo(Kind.TRANSIENT);
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(ints = {404, 1017, 10002, 10011})
    void otherErrorCodesAreRejectedWithMixPaysCode(int code) {
        answer(200, "{\"code\":" + code + ",\"success\":false,\"message\":\"refused\",\"data\":{\"traceId\":\"bad\"}}");

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.REJECTED);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).contains("code " + code, "refused");
    }

    @Test
    void codeSentAsStringIsStillClassified() {
        answer(200, "{\"code\":\"1429\",\"success\":\"false\",\"message\":\"\"}");

        assertThat(failure().kind()).isEqualTo(Kind.RATE_LIMITED);
    }

    @Test
    void timeoutIsTransient() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        client = clientWith(new OkHttpClient.Builder().readTimeout(Duration.ofMillis(200))
                .callTimeout(Duration.ofMillis(400)).build());

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.getCause()).isInstanceOf(IOException.class);
        assertThat(e.getMessage()).contains("No answer from MixPay", "payments_result");
    }

    @Test
    void connectionClosedBeforeTheAnswerIsTransient() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        }

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void refusedConnectionIsTransient() throws IOException {
        MockWebServer gone = new MockWebServer();
        gone.start();
        java.net.URI api = gone.url("/v1").uri();
        gone.close();
        client = new MixPayClient(MixPayClient.defaultHttpClient(), MixPayClient.defaultObjectMapper(), api, PAY_BASE);

        MixPayException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }
}
