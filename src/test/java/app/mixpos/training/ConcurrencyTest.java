package app.mixpos.training;

import app.mixpos.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private final MutableClock clock = MutableClock.atSomeMorning();
    private MixPaySimulator sim;
    private SimClient client;
    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    @BeforeEach
    void start() throws IOException {
        sim = MixPaySimulator.start(clock);
        client = new SimClient(sim.apiUrl());
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        sim.close();
    }

    @Test
    void racingCreatesOfOneOrderMakeOnePayment() throws Exception {
        UUID trace = UUID.randomUUID();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> client.postJson("/one_time_payment", Orders.usd("9.99", trace, "race-1"))
                    .data().get("code").asText());
        }
        List<String> codes = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(calls)) {
            codes.add(f.get());
        }
        assertThat(codes).containsOnly(codes.get(0));
        assertThat(sim.customers()).hasSize(1);
        assertThat(sim.requestCount()).isEqualTo(12);
    }

    @Test
    void pollingWhileTheClockMovesSeesOnlyTimelineStatuses() throws Exception {
        UUID trace = UUID.randomUUID();
        client.postJson("/one_time_payment", Orders.usd("1", trace, "poll-1"));
        sim.customer(trace).orElseThrow().play(Scenario.PAY_EXACTLY);
        List<Callable<String>> polls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            polls.add(() -> client.result(trace).get("status").asText());
        }
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> poll : polls) {
            futures.add(pool.submit(poll));
            clock.advance(java.time.Duration.ofMillis(200));
        }
        for (Future<String> f : futures) {
            assertThat(f.get()).isIn("confirming", "success");
        }
        assertThat(client.result(trace).get("status").asText()).isEqualTo("success");
    }
}
