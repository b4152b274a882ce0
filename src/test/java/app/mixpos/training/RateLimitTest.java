package app.mixpos.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest extends SimulatorTest {

    private static final String PATH = "/setting/payment_assets";

    @Test
    void sixtyRequestsAMinuteThen1429UntilTheWindowSlides() throws IOException {
        for (int i = 1; i <= 60; i++) {
            SimClient.Reply reply = client.get(PATH);
            assertThat(reply.json().get("success").asBoolean()).isTrue();
            assertThat(reply.limit()).isEqualTo("60");
            assertThat(reply.remaining()).isEqualTo(String.valueOf(60 - i));
        }
        SimClient.Reply limited = client.get(PATH);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("code").asInt()).isEqualTo(1429);
        assertThat(limited.json().get("success").asBoolean()).isFalse();
        assertThat(limited.remaining()).isEqualTo("0");

        clock.advance(Duration.ofSeconds(60).minusMillis(1));
        assertThat(client.get(PATH).json().get("code").asInt()).isEqualTo(1429);
        clock.advance(Duration.ofMillis(1));
        SimClient.Reply recovered = client.get(PATH);
        assertThat(recovered.json().get("success").asBoolean()).isTrue();
        assertThat(recovered.remaining()).isEqualTo("59");
        assertThat(sim.requestCount()).isEqualTo(63);
    }

    @Test
    void theWindowSlidesRequestByRequest() throws IOException {
        for (int i = 0; i < 60; i++) {
            client.get(PATH);
            clock.advanceSeconds(1);
        }
        assertThat(client.get(PATH).json().get("success").asBoolean())
                .as("the first request is exactly 60 s old now").isTrue();
        assertThat(client.get(PATH).json().get("code").asInt()).isEqualTo(1429);
        clock.advanceSeconds(1);
        assertThat(client.get(PATH).json().get("success").asBoolean()).isTrue();
    }

    @Test
    void pagesDoNotCountAgainstTheLimit() throws IOException {
        SimClient pages = new SimClient(sim.payUrl());
        for (int i = 0; i < 70; i++) {
            pages.get("/pay?quoteAssetId=usd&quoteAmount=1");
        }
        assertThat(client.get(PATH).remaining()).isEqualTo("59");
        assertThat(sim.requestCount()).isEqualTo(1);
    }

    @Test
    void eachClientAddressHasItsOwnSixtyAMinuteAndEveryAdmittedRequestIsRecorded() throws IOException {
        for (int i = 0; i < 60; i++) {
            assertThat(client.getFrom("shop-a", PATH).json().get("success").asBoolean()).isTrue();
            clock.advance(Duration.ofMillis(500));
        }
        assertThat(client.getFrom("shop-a", PATH).json().get("code").asInt()).isEqualTo(1429);
        SimClient.Reply other = client.getFrom("shop-b", PATH);
        assertThat(other.json().get("success").asBoolean()).as("another address is counted apart").isTrue();
        assertThat(other.remaining()).isEqualTo("59");
        assertThat(client.get(PATH).remaining()).as("loopback without a name is 127.0.0.1").isEqualTo("59");

        assertThat(sim.rateLimitedCount()).isEqualTo(1);
        assertThat(sim.admittedTimes()).hasSize(62);
        assertThat(sim.admittedTimes("shop-a")).hasSize(60)
                .startsWith(Instant.parse("2026-11-21T09:00:00Z"), Instant.parse("2026-11-21T09:00:00.500Z"));
        assertThat(sim.admittedTimes("127.0.0.1")).hasSize(1);
        assertThat(sim.requestCount()).isEqualTo(63);
    }
}
