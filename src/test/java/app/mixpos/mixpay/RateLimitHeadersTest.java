package app.mixpos.mixpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest extends MixPayServerTest {

    private final List<int[]> observed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() {
        client.setRateLimitListener((limit, remaining) -> observed.add(new int[] {limit, remaining}));
    }

    private void answerWithHeaders(String body, String... headers) {
        MockResponse.Builder response = new MockResponse.Builder().code(200).body(body);
        for (int i = 0; i < headers.length; i += 2) {
            response.addHeader(headers[i], headers[i + 1]);
        }
        server.enqueue(response.build());
    }

    @Test
    void rateLimitHeadersReachTheListener() throws Exception {
        answerWithHeaders("{\"code\":0,\"success\":true,\"data\":[]}",
                "X-RateLimit-Limit", "60", "X-RateLimit-Remaining", "57");

        client.quoteAssets();

        assertThat(observed).containsExactly(new int[] {60, 57});
    }

    @Test
    void rateLimitHeadersOfARefusalReachTheListenerToo() {
        answerWithHeaders("{\"code\":1429,\"success\":false,\"message\":\"Too Many Requests\"}",
                "x-ratelimit-limit", "60", "x-ratelimit-remaining", "0");

        MixPayException e = catchThrowableOfType(MixPayException.class,
                () -> client.paymentResult(UUID.randomUUID()));

        assertThat(e.kind()).isEqualTo(MixPayException.Kind.RATE_LIMITED);
        assertThat(observed).containsExactly(new int[] {60, 0});
    }

    @Test
    void aMissingOrUnreadableHeaderIsMinusOneAndNoHeadersMeansNoCall() throws Exception {
        answerWithHeaders("{\"code\":0,\"success\":true,\"data\":[]}", "x-ratelimit-remaining", "12");
        answerWithHeaders("{\"code\":0,\"success\":true,\"data\":[]}", "x-ratelimit-limit", "sixty",
                "x-ratelimit-remaining", "11");
        answerWithHeaders("{\"code\":0,\"success\":true,\"data\":[]}");

        client.quoteAssets();
        client.quoteAssets();
        client.quoteAssets();

        assertThat(observed).containsExactly(new int[] {-1, 12}, new int[] {-1, 11});
    }

    @Test
    void aFailingListenerDoesNotBreakTheCall() throws Exception {
        client.setRateLimitListener((limit, remaining) -> {
            throw new IllegalStateException("listener bug");
        });
        answerWithHeaders("{\"code\":0,\"success\":true,\"data\":[]}", "x-ratelimit-limit", "60");

        assertThat(client.quoteAssets()).isEmpty();
    }
}
