package app.mixpos.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.InMemorySaleStore;
import app.mixpos.testing.MutableClock;
import app.mixpos.testing.Results;
import app.mixpos.testing.SeededLanes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A cancel raced against link creation and against MixPay's {@code success}, over many seeded interleavings of the
 * owner's lane and the io threads: whatever the order, a sale's stored history is one consistent sequence, every
 * write is in it (none overwritten), and the listeners heard exactly that sequence.
 */
class OneWriterRaceTest {

    private static final int SEEDS = 600;

    /** MixPay as the race needs it: links made at once, a few unpaid answers (as the seed says), then success. */
    private static final class RacingMixPay implements PaymentGateway {
        private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        private final int unpaidFirst;
        private final boolean linkFails;
        volatile int linksMade;

        RacingMixPay(int unpaidFirst, boolean linkFails) {
            this.unpaidFirst = unpaidFirst;
            this.linkFails = linkFails;
        }

        @Override
        public String createLink(Sale sale) throws GatewayException {
            if (linkFails) {
                throw new GatewayException(GatewayException.Kind.TRANSIENT, 0, "scripted: no network");
            }
            linksMade++;
            return "http://127.0.0.1:9/code/" + sale.traceId();
        }

        @Override
        public PaymentResult fetchResult(Sale sale) {
            int n = asked.computeIfAbsent(sale.orderId(), k -> new AtomicInteger()).incrementAndGet();
            return n <= unpaidFirst ? Results.unpaid(sale) : Results.success(sale);
        }

        @Override
        public List<QuoteAsset> quoteAssets() {
            return List.of();
        }

        @Override
        public List<app.mixpos.sale.SettlementAsset> settlementAssets(String payeeId) {
            return List.of();
        }
    }

    @Test
    void aCancelRacingTheLinkAndTheSuccessNeverLosesAWrite() {
        Map<Outcome, Integer> endings = new java.util.EnumMap<>(Outcome.class);
        int cancelsThatCounted = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Result r = race(seed);
            endings.merge(r.finalOutcome, 1, Integer::sum);
            cancelsThatCounted += r.cancelRecorded ? 1 : 0;
        }
        // The seeds must actually cover the races: cancels before the link, between link and success, and after.
        assertThat(endings).containsKeys(Outcome.PAID, Outcome.PAID_AFTER_CANCEL, Outcome.VOID);
        assertThat(cancelsThatCounted).isBetween(SEEDS / 10, SEEDS - SEEDS / 10);
    }

    private record Result(Outcome finalOutcome, boolean cancelRecorded) {
    }

    private Result race(long seed) {
        MutableClock clock = MutableClock.atSomeMorning();
        SeededLanes lanes = new SeededLanes(clock, seed);
        Random choose = lanes.random();
        boolean linkFails = choose.nextInt(8) == 0;
        RacingMixPay mixPay = new RacingMixPay(choose.nextInt(3), linkFails);
        InMemorySaleStore store = new InMemorySaleStore();
        CheckoutEngine engine = new CheckoutEngine(new CheckoutConfig(EngineFixture.PAYEE,
                "4d8c508b-91c5-375b-92b0-ee702ed2dac5", LinkMode.ONE_TIME, Duration.ofMinutes(15), "T1"), mixPay, store,
                store, new LocalRequestBudget(clock, 60, 6), lanes, lanes.io(), clock, new Random(seed));
        List<SaleSnapshot> told = new ArrayList<>();
        engine.addListener(told::add);

        CompletableFuture<SaleSnapshot> charged = engine.charge(usd("12.50"), null);
        int cancelAt = choose.nextInt(40);
        CompletableFuture<SaleSnapshot> cancelled = null;
        for (int step = 0; step < 5_000 && !(settled(store, told) && cancelled != null && cancelled.isDone()); step++) {
            if (step == cancelAt && !told.isEmpty()) {
                cancelled = engine.cancel(told.get(0).orderId());
            } else if (step > cancelAt && cancelled == null && !told.isEmpty()) {
                cancelled = engine.cancel(told.get(0).orderId());
            }
            lanes.step(Duration.ofSeconds(1));
        }
        String why = "seed " + seed;
        assertThat(charged).as(why).isDone();
        assertThat(cancelled).as(why).isNotNull().isDone();
        String orderId = told.get(0).orderId();
        SaleSnapshot stored = store.byOrderId(orderId).orElseThrow();
        List<SaleEvent> events = store.events(orderId);

        // One consistent order: one event per write, versions 1..n, and the listeners heard each version once, in it.
        assertThat(stored.version()).as(why).isEqualTo(events.size());
        assertThat(told).as(why).extracting(SaleSnapshot::version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, events.size()).boxed().toList());
        assertThat(told).as(why).extracting(s -> s.state().outcome())
                .containsExactlyElementsOf(events.stream().map(SaleEvent::outcome).toList());
        assertThat(told.get(told.size() - 1)).as(why).isEqualTo(stored);
        assertThat(events.get(0).kind()).as(why).isEqualTo(SaleEvent.CREATED);

        // No write lost: the link, once made, is kept whatever came first; a recorded cancel is in the history and
        // MixPay's success after it is PAID_AFTER_CANCEL; a cancel after the success changes nothing.
        List<String> kinds = events.stream().map(SaleEvent::kind).toList();
        SaleSnapshot afterCancel = cancelled.join();
        boolean cancelRecorded = kinds.contains(SaleEvent.CANCELLED);
        if (linkFails) {
            assertThat(stored.sale().paymentLink()).as(why).isNull();
            assertThat(kinds).as(why).doesNotContain(SaleEvent.LINK_CREATED, SaleEvent.STATUS);
            assertThat(stored.state().outcome()).as(why).isEqualTo(Outcome.VOID); // cancelled or not: nobody could pay
        } else {
            assertThat(mixPay.linksMade).as(why).isEqualTo(1);
            assertThat(kinds).as(why).containsOnlyOnce(SaleEvent.LINK_CREATED);
            assertThat(stored.sale().paymentLink()).as(why).endsWith(stored.sale().traceId().toString());
            assertThat(stored.state().outcome()).as(why)
                    .isEqualTo(cancelRecorded ? Outcome.PAID_AFTER_CANCEL : Outcome.PAID);
            if (!cancelRecorded) {
                assertThat(afterCancel.state().outcome()).as(why).isEqualTo(Outcome.PAID);
            }
        }
        if (cancelRecorded) {
            assertThat(afterCancel.state().outcome()).as(why).isEqualTo(Outcome.CANCELLED);
            assertThat(stored.state().outcome()).as(why).isNotEqualTo(Outcome.CANCELLED); // MixPay or the void ended it
            assertThat(kinds.indexOf(SaleEvent.CANCELLED)).as(why).isLessThan(kinds.lastIndexOf(SaleEvent.STATUS) < 0
                    ? Integer.MAX_VALUE : kinds.lastIndexOf(SaleEvent.STATUS) + 1);
        }
        return new Result(stored.state().outcome(), cancelRecorded);
    }

    private static boolean settled(InMemorySaleStore store, List<SaleSnapshot> told) {
        if (told.isEmpty()) {
            return false;
        }
        SaleSnapshot s = store.byOrderId(told.get(0).orderId()).orElseThrow();
        return !s.state().needsWatching() && s.state().outcome() != Outcome.CREATING;
    }

    @Test
    void aWriteFromAStaleSnapshotFailsLoudlyInsteadOfWinning() {
        EngineFixture f = new EngineFixture();
        SaleSnapshot open = f.charge("10");
        // Someone writes the sale behind its owner's back (no screen can; a bug, a second till or an API could).
        f.store.update(open.with(open.state().cancel(f.clock.instant())), SaleEvent.CANCELLED, "");
        long before = f.store.events(open.orderId()).size();

        CompletableFuture<SaleSnapshot> cancel = f.engine.cancel(open.orderId());
        f.scheduler.runDue();

        assertThatThrownBy(cancel::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(VersionConflictException.class);
        assertThat(f.store.events(open.orderId())).hasSize((int) before);
        assertThat(f.store.byOrderId(open.orderId()).orElseThrow().version()).isEqualTo(open.version() + 1);
    }

    private static app.mixpos.sale.Amount usd(String text) {
        return ((AmountResult.Valid) AmountParser.parse(text, QuoteAsset.USD)).amount();
    }
}
