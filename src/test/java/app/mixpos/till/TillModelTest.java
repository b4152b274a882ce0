package app.mixpos.till;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.checkout.CheckoutListener;
import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.ui.FakeCheckout;
import app.mixpos.ui.Sales;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The till's projection on its own: order, late observers, acknowledgement, the facing sale, late changes. */
class TillModelTest {

    private final FakeCheckout checkout = new FakeCheckout();
    private final TillModel till = new TillModel(checkout);
    private final List<TillState> seen = new CopyOnWriteArrayList<>();

    private static List<Outcome> outcomes(List<SaleSnapshot> sales) {
        return sales.stream().map(s -> s.state().outcome()).toList();
    }

    @Test
    void everyChangeIsPublishedOnceInOrder() {
        till.observe(seen::add);
        SaleSnapshot s = Sales.open("10");

        checkout.push(s);
        checkout.setHealth(new ConnectionHealth(true, null, ConnectionHealth.Problem.UNREACHABLE));
        checkout.push(Sales.outcome(s, Outcome.PAID, "success"));

        assertThat(seen).extracting(TillState::sequence).containsExactly(0L, 1L, 2L, 3L);
        assertThat(seen.get(1).open()).containsExactly(s);
        assertThat(seen.get(2).health().trouble()).isTrue();
        assertThat(outcomes(seen.get(3).unacknowledged())).containsExactly(Outcome.PAID);
        assertThat(seen.get(3).open()).isEmpty();
        assertThat(till.current()).isEqualTo(seen.get(3));
    }

    @Test
    void aLateObserverIsToldTheCurrentStateFirstThenOnlyLaterOnes() {
        SaleSnapshot paid = Sales.outcome(Sales.open("10"), Outcome.PAID, "success");
        checkout.push(paid);
        SaleSnapshot open = Sales.open("20");
        till.face(open);

        till.observe(seen::add);
        checkout.push(Sales.status(open, "unpaid", 0, null, null, null));

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).sequence()).isEqualTo(2);
        assertThat(seen.get(0).facing()).isEqualTo(open);
        assertThat(seen.get(0).unacknowledged()).containsExactly(paid);
        assertThat(seen.get(1).sequence()).isEqualTo(3);
    }

    @Test
    void anOutcomeAwayFromTheCustomerIsAnnouncedOnceAndStaysUntilAcknowledged() {
        SaleSnapshot s = Sales.open("10");
        checkout.push(Sales.surplus(s, "1.00", SurplusStatus.PENDING));
        SaleSnapshot sending = Sales.surplus(s, "1.00", SurplusStatus.SENDING);
        checkout.push(sending);

        assertThat(till.current().unacknowledged()).containsExactly(sending);
        assertThat(till.current().announcements()).isEqualTo(1);
        assertThat(till.current().lastAnnouncement().sale().state().outcome()).isEqualTo(Outcome.PAID_SURPLUS);

        till.acknowledge(s.orderId());
        checkout.push(Sales.surplus(s, "1.00", SurplusStatus.SUCCESS));

        assertThat(till.current().unacknowledged()).isEmpty();
        assertThat(till.current().announcements()).isEqualTo(1);
    }

    @Test
    void aNewOutcomeOfAnUnacknowledgedSaleIsAnnouncedAgainInItsPlace() {
        SaleSnapshot a = Sales.open("10");
        SaleSnapshot b = Sales.open("20");
        checkout.push(Sales.outcome(a, Outcome.PAID, "success"));
        checkout.push(Sales.failed(b, "40000"));
        checkout.push(Sales.outcome(a, Outcome.PAID_AFTER_CANCEL, "success"));

        assertThat(till.current().unacknowledged()).extracting(SaleSnapshot::orderId)
                .containsExactly(a.orderId(), b.orderId());
        assertThat(outcomes(till.current().unacknowledged()))
                .containsExactly(Outcome.PAID_AFTER_CANCEL, Outcome.FAILED);
        assertThat(till.current().announcements()).isEqualTo(3);
    }

    @Test
    void aCancelledSaleIsNeitherOpenNorNews() {
        SaleSnapshot s = Sales.open("10");
        checkout.push(s);
        checkout.push(Sales.outcome(s, Outcome.CANCELLED, "unpaid"));

        assertThat(till.current().open()).isEmpty();
        assertThat(till.current().unacknowledged()).isEmpty();
        assertThat(till.current().announcements()).isZero();
    }

    @Test
    void facingASaleTellsTheCheckoutAndNobodyFacingTellsItToo() {
        SaleSnapshot s = Sales.open("10");

        assertThat(till.face(s)).isEqualTo(s);
        assertThat(till.current().facing()).isEqualTo(s);
        till.face(null);

        assertThat(till.current().facing()).isNull();
        assertThat(checkout.showing).containsExactly(s.orderId(), "null");
    }

    @Test
    void theFacingSaleFollowsItsChangesAndItsOutcomeIsAnnouncedButNotLeftUnacknowledged() {
        SaleSnapshot s = Sales.open("10");
        till.face(s);
        SaleSnapshot confirming = Sales.status(s, "confirming", 1, null, null, null);
        checkout.push(confirming);
        assertThat(till.current().facing()).isEqualTo(confirming);
        assertThat(till.current().announcements()).isZero();

        SaleSnapshot failed = Sales.failed(s, "40000");
        checkout.push(failed);

        assertThat(till.current().facing()).isEqualTo(failed);
        assertThat(till.current().lastAnnouncement().sale()).isEqualTo(failed);
        assertThat(till.current().unacknowledged()).isEmpty();

        till.face(null);
        checkout.push(Sales.failed(s, "40000"));
        assertThat(till.current().unacknowledged()).as("the cashier saw this outcome on the result").isEmpty();
    }

    @Test
    void facingAResultCountsAsSeenAndDropsItsNotice() {
        SaleSnapshot paid = Sales.outcome(Sales.open("10"), Outcome.PAID, "success");
        checkout.push(paid);
        assertThat(till.current().unacknowledged()).hasSize(1);

        till.face(paid);

        assertThat(till.current().unacknowledged()).isEmpty();
        assertThat(till.current().announcements()).as("opening a result is not news").isEqualTo(1);
    }

    @Test
    void facingAnOlderSnapshotFacesTheNewerStateTheModelHolds() {
        SaleSnapshot open = Sales.open("10");
        SaleSnapshot paid = Sales.outcome(open, Outcome.PAID, "success");
        checkout.push(paid);

        assertThat(till.face(open)).isEqualTo(paid);
        assertThat(till.current().facing()).isEqualTo(paid);
        assertThat(till.current().unacknowledged()).isEmpty();
    }

    @Test
    void aChangeOlderThanTheOneHeldIsDroppedWithoutANewState() {
        SaleSnapshot s = Sales.open("10");
        till.face(s);
        SaleSnapshot older = Sales.status(s, "confirming", 1, null, null, null);
        SaleSnapshot newer = Sales.outcome(s, Outcome.PAID, "success");
        checkout.push(newer);
        long before = till.current().sequence();

        checkout.push(older);

        assertThat(till.current().sequence()).isEqualTo(before);
        assertThat(till.current().facing()).isEqualTo(newer);
        assertThat(TillModel.isNewer(newer, older)).isTrue();
        assertThat(TillModel.isNewer(older, newer)).isFalse();
    }

    @Test
    void aLateOpenStateOfASettledSaleDoesNotMakeItOpenAgain() {
        SaleSnapshot s = Sales.open("10");
        SaleSnapshot failed = Sales.failed(s, "40000");
        checkout.push(failed);
        till.acknowledge(s.orderId());

        checkout.push(s);

        assertThat(till.current().open()).isEmpty();
        assertThat(till.current().unacknowledged()).isEmpty();
    }

    @Test
    void theReceiptLogHeldAndNewCurrencyListsArePublished() {
        CheckoutListener engine = checkout.listeners.get(0);
        engine.receiptLogHeld(true);
        assertThat(till.current().receiptLogHeld()).isTrue();
        engine.quoteAssetsChanged();
        engine.quoteAssetsChanged();
        engine.receiptLogHeld(false);

        assertThat(till.current().receiptLogHeld()).isFalse();
        assertThat(till.current().quoteAssetsRevision()).isEqualTo(2);
    }

    @Test
    void anObserverThatChangesTheModelDoesNotMakeOthersSeeStatesOutOfOrder() {
        till.observe(state -> {
            if (!state.unacknowledged().isEmpty()) {
                till.acknowledge(state.unacknowledged().get(0).orderId());
            }
        });
        till.observe(seen::add);

        checkout.push(Sales.outcome(Sales.open("10"), Outcome.PAID, "success"));

        assertThat(seen).extracting(TillState::sequence).containsExactly(0L, 1L, 2L);
        assertThat(seen.get(1).unacknowledged()).hasSize(1);
        assertThat(seen.get(2).unacknowledged()).isEmpty();
    }

    @Test
    void aFailingObserverDoesNotStopTheOthersAndAClosedOneHearsNothingMore() {
        till.observe(state -> {
            throw new IllegalStateException("a broken printer");
        });
        List<TillState> closed = new ArrayList<>();
        Subscription subscription = till.observe(closed::add);
        till.observe(seen::add);

        subscription.close();
        checkout.push(Sales.open("10"));

        assertThat(seen).hasSize(2);
        assertThat(closed).hasSize(1);
    }

    @Test
    void changesFromManyThreadsReachAnObserverOneAtATimeInOrder() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        List<String> problems = new CopyOnWriteArrayList<>();
        till.observe(state -> {
            if (inside.incrementAndGet() != 1) {
                problems.add("two calls at once at " + state.sequence());
            }
            if (!seen.isEmpty() && state.sequence() != seen.get(seen.size() - 1).sequence() + 1) {
                problems.add(state.sequence() + " after " + seen.get(seen.size() - 1).sequence());
            }
            seen.add(state);
            inside.decrementAndGet();
        });
        int threads = 4;
        int each = 250;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < each; i++) {
                    checkout.push(Sales.open("1"));
                }
            });
            thread.start();
            started.add(thread);
        }
        go.countDown();
        for (Thread thread : started) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(problems).isEmpty();
        assertThat(seen).hasSize(threads * each + 1);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(till.current());
        assertThat(till.current().open()).hasSize(threads * each);
    }

    @Test
    void salesResumedAtStartAreKnownAtOnceAndAnnouncedToNobody() {
        SaleSnapshot open = Sales.open("10");
        SaleSnapshot refunding = Sales.outcome(Sales.open("20"), Outcome.PAID_SURPLUS, "success");

        checkout.resume(open);
        checkout.resume(refunding);

        assertThat(till.current().open()).extracting(SaleSnapshot::orderId).containsExactly(open.orderId());
        assertThat(till.current().unacknowledged()).isEmpty();
        assertThat(till.current().lastAnnouncement()).isNull();

        checkout.push(Sales.outcome(open, Outcome.PAID, "success"));
        assertThat(till.current().open()).isEmpty();
        assertThat(till.current().unacknowledged()).extracting(SaleSnapshot::orderId).containsExactly(open.orderId());
    }

    @Test
    void aStoredLaterVersionWinsEvenWhenItsClockSaysEarlier() {
        SaleSnapshot v2 = Sales.open("10").atVersion(2);
        SaleSnapshot v3 = Sales.outcome(v2, Outcome.PAID, "success").atVersion(3);
        // the till's clock stepped back between the two writes: the version, not the time, orders them
        SaleSnapshot v3Earlier = new SaleSnapshot(v3.sale(), new app.mixpos.sale.SaleState(v3.state().outcome(),
                v3.state().status(), null, null, null, null, null, null, null, null,
                v2.state().updatedAt().minusSeconds(60)), 3);

        checkout.push(v2);
        checkout.push(v3Earlier);
        checkout.push(v2);

        assertThat(till.current().unacknowledged()).singleElement()
                .satisfies(s -> assertThat(s.version()).isEqualTo(3));
    }
}
