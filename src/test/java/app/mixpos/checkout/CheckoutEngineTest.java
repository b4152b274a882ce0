package app.mixpos.checkout;

import static app.mixpos.testing.FakeGateway.answer;
import static app.mixpos.testing.FakeGateway.fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.testing.InMemorySaleStore;
import app.mixpos.testing.Results;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutEngineTest {

    private final EngineFixture f = new EngineFixture();

    @Test
    void chargeRecordsTheSaleBeforeItsLinkAndReturnsItOpen() {
        SaleSnapshot s = f.charge("12.50");

        assertThat(s.state().outcome()).isEqualTo(Outcome.OPEN);
        assertThat(s.sale().paymentLink()).contains(s.sale().traceId().toString());
        assertThat(s.sale().amount().toWire()).isEqualTo("12.50");
        assertThat(f.store.events(s.orderId())).extracting(SaleEvent::kind)
                .containsExactly(SaleEvent.CREATED, SaleEvent.LINK_CREATED);
        assertThat(f.told).extracting(SaleSnapshot::orderId).containsExactly(s.orderId(), s.orderId());
        assertThat(f.told).extracting(t -> t.state().outcome(), SaleSnapshot::version)
                .containsExactly(tuple(Outcome.CREATING, 1L), tuple(Outcome.OPEN, 2L));
        assertThat(s.orderId()).startsWith(s.sale().tillId() + "-");
    }

    @Test
    void genuineSuccessMarksTheSalePaidAndStopsAsking() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(), answer(Results::unpaid), answer(Results::unpaid), answer(Results::success));

        f.advance(Duration.ofSeconds(10));

        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.PAID);
        long polls = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofMinutes(5));
        assertThat(f.gateway.pollsOf(s.sale())).isEqualTo(polls);
        assertThat(f.told.get(f.told.size() - 1).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void successForAnotherPayeeIsAMismatchNotPaid() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(), answer(sale -> Results.forSale(sale).status("success")
                .payee("00000000-0000-0000-0000-000000000001").build()));

        f.advance(Duration.ofSeconds(3));

        SaleSnapshot now = f.current(s);
        assertThat(now.state().outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(now.state().reasons()).extracting(r -> r.arg("field")).containsExactly("payee");
    }

    @Test
    void aSaleIsNeverFailedByTheLocalClock() {
        SaleSnapshot s = f.charge("10");

        f.advance(Duration.ofHours(30));

        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.OPEN);
        long before = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofMinutes(10));
        assertThat(f.gateway.pollsOf(s.sale())).isGreaterThan(before);
    }

    @Test
    void theSaleOnScreenIsAskedAboutEveryTwoSecondsWhileUnpaid() {
        SaleSnapshot s = f.charge("10");

        f.advance(Duration.ofSeconds(60));

        assertThat(f.gateway.pollsOf(s.sale())).isBetween(28L, 31L);
    }

    @Test
    void manyOpenSalesShareOneBudgetAndTheSaleOnScreenComesFirst() {
        EngineFixture f = new EngineFixture(new InMemorySaleStore(), LinkMode.PAYLINK);
        for (int i = 0; i < 30; i++) {
            f.charge("1" + i);
        }
        SaleSnapshot onScreen = f.charge("99");

        f.advance(Duration.ofMinutes(10));

        assertThat(f.gateway.busiestWindow(60)).isLessThanOrEqualTo(40 + 6);
        assertThat(f.gateway.requestTimes().size()).isLessThanOrEqualTo(40 * 10 + 6);
        assertThat(f.gateway.pollsOf(onScreen.sale())).isGreaterThanOrEqualTo(270L);
    }

    @Test
    void faultsBackOffThenTheSaleReachesItsTrueState() {
        SaleSnapshot s = f.charge("10");
        GatewayException.Kind t = GatewayException.Kind.TRANSIENT;
        f.gateway.script(s.sale(), fault(t, 0), fault(t, 0), fault(t, 0), fault(t, 0), fault(t, 0),
                answer(Results::success));

        f.advance(Duration.ofSeconds(20));
        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.OPEN);
        assertThat(f.engine.health().trouble()).isTrue();
        assertThat(f.gateway.pollsOf(s.sale())).isLessThan(6);

        f.advance(Duration.ofMinutes(3));
        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.PAID);
        assertThat(f.engine.health().trouble()).isFalse();
        assertThat(f.healthTold).extracting(ConnectionHealth::trouble).contains(true, false);
    }

    @Test
    void rateLimitedAnswersPauseBackgroundPolling() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(), fault(GatewayException.Kind.RATE_LIMITED, 1429), answer(Results::unpaid));

        f.advance(Duration.ofSeconds(3));
        long afterLimit = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofSeconds(8));

        assertThat(afterLimit).isEqualTo(1);
        assertThat(f.gateway.pollsOf(s.sale())).isEqualTo(1);
        f.advance(Duration.ofSeconds(30));
        assertThat(f.gateway.pollsOf(s.sale())).isGreaterThan(3);
    }

    @Test
    void aCancelledSaleIsStillWatchedAndALatePaymentIsSurfaced() {
        SaleSnapshot s = f.charge("10");
        f.engine.cancel(s.orderId());
        f.scheduler.runDue();
        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.CANCELLED);

        f.gateway.script(s.sale(), answer(Results::success));
        f.advance(Duration.ofSeconds(30));

        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.PAID_AFTER_CANCEL);
        assertThat(f.store.events(s.orderId())).extracting(SaleEvent::kind).contains(SaleEvent.CANCELLED);
    }

    @Test
    void aSurplusRefundIsFollowedUntilItIsFinal() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(),
                answer(sale -> Results.forSale(sale).status("success").surplus("2", SurplusStatus.PENDING).build()),
                answer(sale -> Results.forSale(sale).status("success").surplus("2", SurplusStatus.SENDING).build()),
                answer(sale -> Results.forSale(sale).status("success").surplus("2", SurplusStatus.SUCCESS).build()));

        f.advance(Duration.ofMinutes(2));

        SaleSnapshot now = f.current(s);
        assertThat(now.state().outcome()).isEqualTo(Outcome.PAID_SURPLUS);
        assertThat(now.state().surplusStatus()).isEqualTo(SurplusStatus.SUCCESS);
        assertThat(f.store.events(s.orderId())).extracting(SaleEvent::kind)
                .filteredOn(SaleEvent.STATUS::equals).hasSize(3);
        long polls = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofMinutes(5));
        assertThat(f.gateway.pollsOf(s.sale())).isEqualTo(polls);
    }

    @Test
    void aLinkMixPayRefusesLeavesAVoidSaleWithTheReason() {
        f.gateway.failLinks(new GatewayException(GatewayException.Kind.REJECTED, 10008, "maintenance"));

        SaleSnapshot s = f.charge("10");

        assertThat(s.state().outcome()).isEqualTo(Outcome.VOID);
        assertThat(s.state().reasons()).containsExactly(Reason.linkFailed(Reason.LinkFailure.MAINTENANCE));
        assertThat(f.store.byOrderId(s.orderId())).isPresent();
    }

    @Test
    void everyStatusChangeIsLoggedWithItsRawAnswerAndRepeatsAreNot() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(), answer(Results::unpaid),
                answer(sale -> Results.forSale(sale).status("confirming").confirmations(1).build()),
                answer(sale -> Results.forSale(sale).status("confirming").confirmations(1).build()),
                answer(sale -> Results.forSale(sale).status("confirming").confirmations(2).build()),
                answer(Results::success));

        f.advance(Duration.ofSeconds(30));

        List<SaleEvent> statusEvents = f.store.events(s.orderId()).stream()
                .filter(e -> e.kind().equals(SaleEvent.STATUS)).toList();
        assertThat(statusEvents).extracting(SaleEvent::status).containsExactly("confirming", "confirming", "success");
        assertThat(statusEvents).allSatisfy(e -> assertThat(e.rawBody()).contains("\"status\""));
    }

    @Test
    void listenersHearOfAChangeOnlyAfterItIsInTheLog() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(), answer(Results::success));
        f.engine.addListener(sale -> assertThat(f.store.byOrderId(sale.orderId()).orElseThrow()).isEqualTo(sale));

        f.advance(Duration.ofSeconds(5));

        assertThat(f.told.get(f.told.size() - 1).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void aFailedWriteLosesNothingAndTheNextAnswerIsRecorded() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(), answer(Results::success));
        f.store.failNextWrite(new IllegalStateException("disk full"));

        f.advance(Duration.ofSeconds(3));
        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.OPEN);

        f.advance(Duration.ofSeconds(20));
        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void checkNowAsksMixPayAtOnce() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(), answer(sale -> Results.forSale(sale).status("paid_less").paid("4", "10").build()));

        SaleSnapshot checked = f.engine.checkNow(s.orderId()).thenApply(x -> x).getNow(null);
        f.scheduler.runDue();
        checked = f.current(s);

        assertThat(checked.state().status().kind()).isEqualTo(PaymentStatus.Kind.PAID_LESS);
        assertThat(checked.state().stillDue()).isEqualByComparingTo("6");
    }

    @Test
    void failedPaymentEndsTheSaleWithMixPaysCode() {
        SaleSnapshot s = f.charge("10");
        f.gateway.script(s.sale(), answer(sale -> Results.failed(sale, "40000")));

        f.advance(Duration.ofSeconds(3));

        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(f.current(s).state().failureCode().code()).isEqualTo("40000");
    }

    @Test
    void chargingFasterThanTheBudgetRefillsWaitsForARequestInsteadOfFailing() {
        java.time.Instant start = f.clock.instant();
        List<SaleSnapshot> sales = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            sales.add(f.charge(i + ".00"));
        }

        assertThat(sales).allSatisfy(s -> assertThat(s.state().outcome()).isEqualTo(Outcome.OPEN));
        assertThat(f.clock.instant()).isAfter(start.plusSeconds(5));
        assertThat(f.gateway.busiestWindow(60)).isLessThanOrEqualTo(40 + 6);
    }

    @Test
    void aChargeGivesUpAfterFiveSecondsWithoutARequestAndSaysSo() {
        EngineFixture slow = new EngineFixture(new InMemorySaleStore(), LinkMode.ONE_TIME, 6);
        while (slow.budget.tryAcquire(RequestBudget.Priority.INTERACTIVE)) {
            assertThat(slow.budget.granted()).isLessThanOrEqualTo(6);
        }

        SaleSnapshot s = slow.charge("10");

        assertThat(s.state().outcome()).isEqualTo(Outcome.VOID);
        assertThat(s.state().reasons()).containsExactly(Reason.linkFailed(Reason.LinkFailure.BUSY));
    }
}
