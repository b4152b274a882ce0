package app.mixpos.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Settings;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentExpiry;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.testing.MutableClock;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.training.Scenario;
import app.mixpos.training.SimulatedCustomer;
import app.mixpos.wiring.EngineRuntime;
import app.mixpos.wiring.PosEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * A shop's first two months: every day 20 sales the customer walks away from, 5 the cashier cancels and 5 that
 * are paid (one of them overpaid, its surplus refunded), one every 10 minutes from 10:00, and a restart of the
 * till on day 30 with sales open. The watched set is counted every 5 minutes and at midnight. Every sale must end, and the load must not grow: the set of sales the till
 * still asks MixPay about, and the requests it makes a day, are no higher on day 60 than on day 2.
 * <p>
 * It runs the real engine ({@link PosEngine}: checkout, watcher, request budget, the MixPay HTTP client and the
 * SQLite receipt log) against the MixPay simulator's real API and ledger, which ends every unpaid payment at
 * its {@code expiredTimestamp}, all on one manual clock. The simulator is reached in process
 * ({@link InProcessMixPay}: the app's OkHttp client with the socket replaced by a direct call) rather than
 * over loopback, because the 60 days make about 150,000 requests.
 */
class ShopsFirstTwoMonthsTest {

    private static final String PAYEE = "5f1e2d3c-4b5a-4697-8877-665544332211";
    private static final int DAYS = 60;
    private static final int RESTART_DAY = 30;
    private static final Instant FIRST_DAY = Instant.parse("2026-12-01T00:00:00Z");
    private static final Duration SALE_EVERY = Duration.ofMinutes(10);
    private static final Duration SAMPLE_EVERY = Duration.ofMinutes(5);

    private enum Kind { ABANDONED, CANCELLED, PAID, OVERPAID }

    @TempDir(factory = MemoryBackedDir.class)
    Path dataDir;

    /**
     * A folder in {@code /dev/shm} where there is one: the receipt log syncs every write to disk, and thousands
     * of syncs would time the disk, not the till. Elsewhere the usual temporary folder.
     */
    static final class MemoryBackedDir implements TempDirFactory {
        @Override
        public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "mixpos-60days-") : Files.createTempDirectory("mixpos-60days-");
        }
    }

    private final MutableClock clock = new MutableClock(FIRST_DAY);
    private MixPaySimulator mixpay;
    private ManualScheduler scheduler;
    private PosEngine engine;

    @Test
    void sixtyDaysOfWalkedAwayAndCancelledSalesNeitherGrowTheWatchedSetNorTheRequestRate() throws IOException {
        List<Kind> day = dayOfSales();
        int[] peakWatched = new int[DAYS + 1];
        int[] watchedAtMidnight = new int[DAYS + 1];
        try (MixPaySimulator simulator = MixPaySimulator.start(clock)) {
            mixpay = simulator;
            startEngine();
            for (int d = 1; d <= DAYS; d++) {
                Instant opening = FIRST_DAY.plus(Duration.ofDays(d - 1)).plus(Duration.ofHours(10));
                for (int i = 0; i < day.size(); i++) {
                    Instant next = opening.plus(SALE_EVERY.multipliedBy(i));
                    while (clock.instant().isBefore(next)) {
                        advanceTo(min(clock.instant().plus(SAMPLE_EVERY), next));
                        peakWatched[d] = Math.max(peakWatched[d], watched());
                    }
                    if (d == RESTART_DAY && i == day.size() / 2) {
                        engine.close();
                        startEngine();
                    }
                    sell(day.get(i));
                    peakWatched[d] = Math.max(peakWatched[d], watched());
                }
                advanceTo(FIRST_DAY.plus(Duration.ofDays(d)).minusMillis(1));
                watchedAtMidnight[d] = watched();
            }
            long[] requests = requestsPerDay(simulator.requestTimes());
            Map<Outcome, Long> outcomes = engine.records().recent(10_000).join().stream()
                    .collect(Collectors.groupingBy(s -> s.state().outcome(), Collectors.counting()));
            List<SaleSnapshot> all = engine.records().recent(10_000).join();

            System.out.printf("60-day shop (%d sales, %d API requests): day 2: %d requests, %d watched at most, "
                            + "%d at midnight; day 30 (restart): %d requests; day 60: %d requests, %d watched at "
                            + "most, %d at midnight; busiest day %d requests%n",
                    all.size(), simulator.requestCount(), requests[2], peakWatched[2], watchedAtMidnight[2],
                    requests[RESTART_DAY], requests[DAYS], peakWatched[DAYS], watchedAtMidnight[DAYS],
                    max(requests));

            assertThat(all).hasSize(DAYS * day.size());
            assertThat(all).noneMatch(s -> s.state().needsWatching());
            assertThat(outcomes).containsEntry(Outcome.FAILED, (long) DAYS * count(day, Kind.ABANDONED))
                    .containsEntry(Outcome.CANCELLED, (long) DAYS * count(day, Kind.CANCELLED))
                    .containsEntry(Outcome.PAID, (long) DAYS * count(day, Kind.PAID))
                    .containsEntry(Outcome.PAID_SURPLUS, (long) DAYS * count(day, Kind.OVERPAID));
            assertThat(all).filteredOn(s -> s.state().outcome() == Outcome.FAILED)
                    .allMatch(s -> s.state().failureCode().code().equals("40000"));
            assertThat(simulator.customers()).hasSize(all.size())
                    .allMatch(c -> c.expiresAt().isPresent());
            assertThat(all).allMatch(s -> s.sale().expiresAt() != null && !s.sale().expiresAt()
                    .isAfter(s.sale().createdAt().plus(PaymentExpiry.DEFAULT)));

            assertThat(watchedAtMidnight).as("every sale ended by midnight").containsOnly(0);
            assertThat(peakWatched[DAYS]).isPositive().isLessThanOrEqualTo(peakWatched[2]);
            assertThat(requests[DAYS]).isPositive().isLessThanOrEqualTo(requests[2]);
            assertThat(requests[DAYS - 1]).isLessThanOrEqualTo(requests[2]);
        } finally {
            if (engine != null) {
                engine.close();
            }
        }
    }

    /** 20 walked away, 5 cancelled, 4 paid and 1 overpaid, in the same shuffled order every day. */
    private static List<Kind> dayOfSales() {
        List<Kind> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(20, Kind.ABANDONED));
        kinds.addAll(Collections.nCopies(5, Kind.CANCELLED));
        kinds.addAll(Collections.nCopies(4, Kind.PAID));
        kinds.add(Kind.OVERPAID);
        Collections.shuffle(kinds, new Random(60));
        return List.copyOf(kinds);
    }

    private void sell(Kind kind) {
        AmountResult amount = AmountParser.parse("12.50", QuoteAsset.USD);
        SaleSnapshot sale = scheduler.await(engine.checkout().charge(((AmountResult.Valid) amount).amount(), null),
                Duration.ofSeconds(10));
        scheduler.runDue();
        assertThat(sale.state().outcome()).isEqualTo(Outcome.OPEN);
        switch (kind) {
            case ABANDONED -> scheduler.advance(Duration.ofMinutes(1));
            case CANCELLED -> {
                scheduler.advance(Duration.ofSeconds(30));
                scheduler.await(engine.checkout().cancel(sale.orderId()), Duration.ofSeconds(5));
            }
            case PAID, OVERPAID -> {
                SimulatedCustomer customer = mixpay.scan(sale.sale().paymentLink());
                scheduler.advance(Duration.ofSeconds(20));
                customer.play(kind == Kind.PAID ? Scenario.PAY_EXACTLY : Scenario.OVERPAY);
                scheduler.advance(Duration.ofSeconds(20));
            }
        }
        engine.checkout().showing(null);
        scheduler.runDue();
    }

    private void startEngine() throws IOException {
        Settings settings = new Settings(dataDir, PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, "usd", mixpay.apiUrl(),
                mixpay.payUrl(), LinkMode.ONE_TIME, false, Settings.DEFAULT_REQUESTS_PER_MINUTE);
        scheduler = new ManualScheduler(clock);
        engine = PosEngine.open(settings, new EngineRuntime(clock, scheduler, Runnable::run, new Random(3), () -> {
        }), InProcessMixPay.client(mixpay));
        engine.start();
        scheduler.runDue();
    }

    private int watched() {
        CompletableFuture<Integer> count = engine.checkout().salesWatched();
        scheduler.runDue();
        return count.join();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private void advanceTo(Instant at) {
        scheduler.advance(Duration.between(clock.instant(), at));
    }

    /** Index 1 is the first day. */
    private static long[] requestsPerDay(List<Instant> times) {
        long[] perDay = new long[DAYS + 2];
        for (Instant t : times) {
            int dayIndex = (int) Duration.between(FIRST_DAY, t).toDays() + 1;
            perDay[Math.min(dayIndex, DAYS + 1)]++;
        }
        return perDay;
    }

    private static long max(long[] values) {
        long best = 0;
        for (long v : values) {
            best = Math.max(best, v);
        }
        return best;
    }

    private static long count(List<Kind> kinds, Kind kind) {
        return kinds.stream().filter(kind::equals).count();
    }
}
