package app.mixpos.mixpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MixPay checks {@code expiredTimestamp} against its own clock, so the deadline is sent on MixPay's clock, as
 * learnt from the {@code timestampMs} of its answers: a till whose clock is behind still sells.
 */
class ClockDifferenceTest extends MixPayServerTest {

    private static final Instant TILL_NOW = Instant.parse("2026-01-02T10:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-01-02T10:15:00Z");

    @BeforeEach
    void tillClock() {
        client = new MixPayClient(MixPayClient.defaultHttpClient(), MixPayClient.defaultObjectMapper(),
                server.url("/v1").uri(), PAY_BASE, Clock.fixed(TILL_NOW, ZoneOffset.UTC));
    }

    @Test
    void withMixPayTwentyMinutesAheadTheDeadlineIsSentTwentyMinutesLater() throws Exception {
        learnMixPayTime(TILL_NOW.plus(Duration.ofMinutes(20)));

        assertThat(sentDeadline()).isEqualTo(DEADLINE.plus(Duration.ofMinutes(20)).getEpochSecond());
        assertThat(HttpUrl.get(client.paylink(saleExpiring("2", DEADLINE))).queryParameter("expiredTimestamp"))
                .isEqualTo(String.valueOf(DEADLINE.plus(Duration.ofMinutes(20)).getEpochSecond()));
    }

    @Test
    void withMixPayBehindTheDeadlineIsSentEarlier() throws Exception {
        learnMixPayTime(TILL_NOW.minus(Duration.ofMinutes(7)));

        assertThat(sentDeadline()).isEqualTo(DEADLINE.minus(Duration.ofMinutes(7)).getEpochSecond());
    }

    @Test
    void aFewSecondsOfDifferenceAreTravelTimeNotAWrongClock() throws Exception {
        learnMixPayTime(TILL_NOW.plusSeconds(3));

        assertThat(sentDeadline()).isEqualTo(DEADLINE.getEpochSecond());
    }

    @Test
    void aTimestampMoreThanADayAwayIsIgnored() throws Exception {
        learnMixPayTime(TILL_NOW.minus(Duration.ofDays(400)));

        assertThat(sentDeadline()).isEqualTo(DEADLINE.getEpochSecond());
    }

    @Test
    void aDeadlineAtEitherEndOfMixPaysRangeIsKeptFiveSecondsInsideItForTheRequestsTravelTime() throws Exception {
        assertThat(sentDeadline(TILL_NOW.plusSeconds(10))).isEqualTo(TILL_NOW.plusSeconds(15).getEpochSecond());
        assertThat(sentDeadline(TILL_NOW.plus(Duration.ofHours(48))))
                .isEqualTo(TILL_NOW.plus(Duration.ofHours(48)).minusSeconds(5).getEpochSecond());
        assertThat(sentDeadline(TILL_NOW.plusSeconds(16))).isEqualTo(TILL_NOW.plusSeconds(16).getEpochSecond());
    }

    @Test
    void aRefusalStillTeachesMixPaysTimeSoTheNextLinkIsRight() throws Exception {
        answer(200, "{\"code\":10011,\"success\":false,\"message\":\"The expiredTimestamp must be between 10 seconds"
                + " and 48 hours from now.\",\"data\":[],\"timestampMs\":"
                + TILL_NOW.plus(Duration.ofMinutes(30)).toEpochMilli() + "}");
        MixPayException refused = catchThrowableOfType(MixPayException.class,
                () -> client.createOneTimePayment(saleExpiring("8", DEADLINE)));
        assertThat(refused.kind()).isEqualTo(MixPayException.Kind.REJECTED);
        server.takeRequest();

        assertThat(sentDeadline()).isEqualTo(DEADLINE.plus(Duration.ofMinutes(30)).getEpochSecond());
    }

    private void learnMixPayTime(Instant mixpayNow) throws Exception {
        answer(200, "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":[],\"timestampMs\":"
                + mixpayNow.toEpochMilli() + "}");
        client.quoteAssets();
        server.takeRequest();
    }

    private long sentDeadline() throws Exception {
        return sentDeadline(DEADLINE);
    }

    private long sentDeadline(Instant deadline) throws Exception {
        answer(200, "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{\"code\":\"c0de\"}}");
        client.createOneTimePayment(saleExpiring("8", deadline));
        JsonNode body = MixPayClient.defaultObjectMapper().readTree(server.takeRequest().getBody().utf8());
        return body.get("expiredTimestamp").longValue();
    }
}
