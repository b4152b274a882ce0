package app.mixpos.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.testing.RequestWindows;
import app.mixpos.training.Fault;
import app.mixpos.training.Scenario;
import app.mixpos.ui.payment.PaymentText;
import app.mixpos.wiring.EngineHarness;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 5, faults from MixPay or the network: the real engine (HTTP client, SQLite log, watcher) on a manual
 * clock against the simulator misbehaving on purpose. Three sales are open when trouble starts; for as long as
 * it lasts each stays open, the connection is reported in trouble with the time of the last good answer, and
 * the app never asks more than its budget allows; once MixPay answers again every sale reaches the state the
 * customer's payment really ended in.
 */
class MixPayFaultsTest {

    private static final int BUDGET = 40 + 6;
    private static final String TROUBLE_LINE = "Connection trouble — still checking (last answer at ";

    @TempDir
    Path dataDir;
    private final TestHttp http = new TestHttp();
    private EngineHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aLongRunOfFaultsKeepsEverySaleOpenWithinBudgetThenEachEndsInItsTrueState(Fault fault) throws IOException {
        start(UnaryOperator.identity());
        h.mixpay.faults().slowDelay(Duration.ofMillis(1500));
        OpenSales sales = chargeThreeAndHearFromMixPay();
        Instant lastGood = health().lastGoodAnswer();

        h.mixpay.faults().next(fault, fault == Fault.SLOW ? 8 : 20);
        sales.customersPay();
        Duration troubled = ridOut(() -> h.mixpay.faults().remaining() > 0, sales, lastGood);

        assertThat(troubled).isGreaterThan(Duration.ofSeconds(15));
        h.advance(Duration.ofMinutes(3));
        sales.assertTrueFinalStates();
        assertThat(health().trouble()).isFalse();
        assertThat(health().lastGoodAnswer()).isAfter(lastGood);
        assertThat(RequestWindows.busiestMinute(h.mixpay.requestTimes())).isLessThanOrEqualTo(BUDGET);
        assertThat(RequestWindows.busiestMinute(http.attempts())).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void mixPayThatCannotBeResolvedKeepsEverySaleOpenWithinBudgetUntilItResolvesAgain() throws IOException {
        start(TestHttp::onDownHost);
        OpenSales sales = chargeThreeAndHearFromMixPay();
        Instant lastGood = health().lastGoodAnswer();
        Instant downSince = h.clock.instant();

        http.dnsDown(true);
        sales.customersPay();
        ridOut(() -> Duration.between(downSince, h.clock.instant()).compareTo(Duration.ofMinutes(10)) < 0,
                sales, lastGood);
        assertThat(health().problem()).isEqualTo(ConnectionHealth.Problem.UNREACHABLE);
        assertThat(h.mixpay.requestTimes()).allMatch(t -> !t.isAfter(downSince));
        http.dnsDown(false);

        h.advance(Duration.ofMinutes(2));
        sales.assertTrueFinalStates();
        assertThat(health().trouble()).isFalse();
        assertThat(RequestWindows.busiestMinute(http.attempts())).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void aBurstOf1429WithTenOpenSalesNeverPushesTheAppPastItsBudget() throws IOException {
        start(UnaryOperator.identity());
        for (int i = 1; i <= 10; i++) {
            assertThat(h.charge(i + ".00").state().outcome()).isEqualTo(Outcome.OPEN);
            h.advance(Duration.ofSeconds(3));
        }
        SaleSnapshot onScreen = h.charge("99.00");
        h.advance(Duration.ofSeconds(3));
        h.customerScans(onScreen).play(Scenario.PAY_EXACTLY);

        for (int burst = 0; burst < 5; burst++) {
            h.mixpay.faults().next(Fault.RATE_LIMITED_1429, 6);
            h.advance(Duration.ofSeconds(5));
            assertThat(h.stored(onScreen).state().outcome()).isEqualTo(Outcome.OPEN);
        }
        advanceWhile(() -> h.mixpay.faults().remaining() > 0, () -> {
            assertThat(h.stored(onScreen).state().outcome()).isEqualTo(Outcome.OPEN);
            assertThat(health().trouble()).isTrue();
        });
        h.advance(Duration.ofMinutes(2));

        assertThat(h.stored(onScreen).state().outcome()).isEqualTo(Outcome.PAID);
        assertThat(RequestWindows.busiestMinute(h.mixpay.requestTimes())).isLessThanOrEqualTo(BUDGET);
        assertThat(h.engine.checkout().requestsMade()).isEqualTo(http.attempts().size());
    }

    @Test
    void answersSlowerThanThePollIntervalAreUsedAndDoNotPileUpRequests() throws IOException {
        start(UnaryOperator.identity());
        OpenSales sales = chargeThreeAndHearFromMixPay();
        http.slowCallsTake(Duration.ofSeconds(5));
        h.mixpay.faults().slowDelay(Duration.ofMillis(250));

        h.mixpay.faults().next(Fault.SLOW, 10);
        sales.customersPay();
        Instant from = h.clock.instant();
        advanceWhile(() -> h.clock.instant().isBefore(from.plus(Duration.ofMinutes(3))),
                () -> assertThat(health().trouble()).isFalse());

        assertThat(10 - h.mixpay.faults().remaining()).as("slow answers used").isGreaterThanOrEqualTo(6);
        sales.assertTrueFinalStates();
        assertThat(health().trouble()).isFalse();
        assertThat(RequestWindows.busiestMinute(h.mixpay.requestTimes())).isLessThanOrEqualTo(BUDGET);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aLinkMixPayCannotMakeLeavesAVoidSaleInTheLogAndTheNextChargeWorks(Fault fault) throws IOException {
        start(UnaryOperator.identity());
        h.mixpay.faults().slowDelay(Duration.ofMillis(1500));
        h.mixpay.faults().next(fault, 1);

        SaleSnapshot refused = h.charge("10");
        SaleSnapshot next = h.charge("11");

        assertThat(h.stored(refused).state().outcome()).isEqualTo(Outcome.VOID);
        assertThat(h.stored(refused).state().reasons()).extracting(Reason::code).containsExactly(Reason.LINK_FAILED);
        assertThat(h.stored(refused).state().needsWatching()).isFalse();
        assertThat(h.stored(next).state().outcome()).isEqualTo(Outcome.OPEN);
        h.customerScans(next).play(Scenario.PAY_EXACTLY);
        h.advance(Duration.ofSeconds(30));
        assertThat(h.stored(next).state().outcome()).isEqualTo(Outcome.PAID);
    }

    private void start(UnaryOperator<java.net.URI> api) throws IOException {
        h = new EngineHarness(dataDir, LinkMode.ONE_TIME, http::client, api);
    }

    /** Moves the clock a second at a time while {@code condition} holds (at most half an hour), checking as it goes. */
    private void advanceWhile(BooleanSupplier condition, Runnable check) {
        Instant from = h.clock.instant();
        while (condition.getAsBoolean()) {
            assertThat(Duration.between(from, h.clock.instant())).isLessThan(Duration.ofMinutes(30));
            h.advance(Duration.ofSeconds(1));
            check.run();
        }
    }

    private ConnectionHealth health() {
        return h.engine.checkout().health();
    }

    /** Three open sales (the last on screen) and one good answer from MixPay about each. */
    private OpenSales chargeThreeAndHearFromMixPay() {
        OpenSales sales = new OpenSales(h.charge("10"), h.charge("20"), h.charge("30"));
        h.advance(Duration.ofSeconds(20));
        assertThat(health().trouble()).isFalse();
        assertThat(health().lastGoodAnswer()).isNotNull();
        sales.assertAllOpen();
        return sales;
    }

    /**
     * Moves the clock second by second while {@code troubled}, checking at each step that every sale stays
     * open and that the screen says "still checking" with the last good answer's time; returns how long.
     */
    private Duration ridOut(BooleanSupplier troubled, OpenSales sales, Instant lastGood) {
        Instant from = h.clock.instant();
        boolean seen = false;
        while (troubled.getAsBoolean()) {
            assertThat(Duration.between(from, h.clock.instant())).isLessThan(Duration.ofMinutes(30));
            h.advance(Duration.ofSeconds(1));
            if (troubled.getAsBoolean()) {
                sales.assertAllOpen();
            }
            if (health().trouble()) {
                seen = true;
                assertThat(health().lastGoodAnswer()).isEqualTo(lastGood);
                assertThat(PaymentText.connection(health())).startsWith(TROUBLE_LINE);
            }
        }
        assertThat(seen).as("the connection was reported in trouble").isTrue();
        return Duration.between(from, h.clock.instant());
    }

    /** Paid exactly, failed (40000) and overpaid with its refund followed to the end. */
    private final class OpenSales {
        private final List<SaleSnapshot> all;

        OpenSales(SaleSnapshot paid, SaleSnapshot failed, SaleSnapshot overpaid) {
            this.all = List.of(paid, failed, overpaid);
        }

        void customersPay() {
            h.customerScans(all.get(0)).play(Scenario.PAY_EXACTLY);
            h.customerScans(all.get(1)).play(Scenario.FAIL_40000);
            h.customerScans(all.get(2)).play(Scenario.OVERPAY);
        }

        void assertAllOpen() {
            assertThat(all).allSatisfy(s -> assertThat(h.stored(s).state().outcome()).isEqualTo(Outcome.OPEN));
        }

        void assertTrueFinalStates() {
            assertThat(h.stored(all.get(0)).state().outcome()).isEqualTo(Outcome.PAID);
            assertThat(h.stored(all.get(1)).state().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(h.stored(all.get(1)).state().failureCode().code()).isEqualTo("40000");
            SaleSnapshot overpaid = h.stored(all.get(2));
            assertThat(overpaid.state().outcome()).isEqualTo(Outcome.PAID_SURPLUS);
            assertThat(overpaid.state().surplusStatus()).isEqualTo(SurplusStatus.SUCCESS);
            assertThat(all).allSatisfy(s -> assertThat(h.stored(s).state().needsWatching()).isFalse());
        }
    }
}
