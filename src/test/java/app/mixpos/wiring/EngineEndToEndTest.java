package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.training.Fault;
import app.mixpos.training.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EngineEndToEndTest {

    @TempDir
    Path dataDir;
    private EngineHarness h;

    @BeforeEach
    void start() throws IOException {
        h = new EngineHarness(dataDir, LinkMode.ONE_TIME);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aCustomerWhoPaysExactlyEndsPaidWithTheWholeHistoryLogged() {
        SaleSnapshot sale = h.charge("12.50");
        assertThat(sale.sale().paymentLink()).startsWith(h.mixpay.payUrl() + "/code/");

        h.customerScans(sale).play(Scenario.PAY_EXACTLY);
        h.advance(Duration.ofSeconds(6));

        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
        assertThat(h.history(sale)).extracting(SaleEvent::kind)
                .startsWith(SaleEvent.CREATED, SaleEvent.LINK_CREATED).endsWith(SaleEvent.STATUS);
        assertThat(h.history(sale)).last().satisfies(e -> assertThat(e.rawBody()).contains("\"success\""));
    }

    @Test
    void anUnderpaidSaleShowsWhatIsStillDueThenIsPaidAfterTheTopUp() {
        SaleSnapshot sale = h.charge("10");
        h.customerScans(sale).play(Scenario.PAY_LESS_THEN_TOP_UP);

        h.advance(Duration.ofSeconds(5));
        SaleSnapshot underpaid = h.stored(sale);
        assertThat(underpaid.state().outcome()).isEqualTo(Outcome.OPEN);
        assertThat(underpaid.state().status().kind()).isEqualTo(PaymentStatus.Kind.PAID_LESS);
        assertThat(underpaid.state().stillDue()).isEqualByComparingTo("5.0065");

        h.advance(Duration.ofSeconds(12));
        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void anOverpaymentIsPaidAndItsRefundFollowedToTheEnd() {
        SaleSnapshot sale = h.charge("10");
        h.customerScans(sale).play(Scenario.OVERPAY);

        h.advance(Duration.ofSeconds(5));
        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID_SURPLUS);
        assertThat(h.stored(sale).state().surplusStatus()).isEqualTo(SurplusStatus.PENDING);

        h.advance(Duration.ofMinutes(2));
        SaleSnapshot done = h.stored(sale);
        assertThat(done.state().surplusStatus()).isEqualTo(SurplusStatus.SUCCESS);
        assertThat(done.state().needsWatching()).isFalse();
        assertThat(h.history(sale)).extracting(SaleEvent::kind).filteredOn(SaleEvent.STATUS::equals).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void confirmationsAreCountedUntilSuccess() {
        SaleSnapshot sale = h.charge("10");
        h.customerScans(sale).play(Scenario.CONFIRMING_SLOWLY);

        h.advance(Duration.ofSeconds(12));
        assertThat(h.stored(sale).state().confirmations()).isEqualTo(3);

        h.advance(Duration.ofSeconds(25));
        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"PENDING_THEN_SUCCESS", "AUDITING_THEN_SUCCESS"})
    void pendingAndReviewAreNotSuccessUntilMixPaySaysSo(Scenario scenario) {
        SaleSnapshot sale = h.charge("10");
        h.customerScans(sale).play(scenario);

        h.advance(Duration.ofSeconds(5));
        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.OPEN);

        h.advance(Duration.ofSeconds(10));
        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @ParameterizedTest
    @CsvSource({"FAIL_40000,40000", "FAIL_40020,40020", "FAIL_40024,40024", "FAIL_40025,40025"})
    void aFailedPaymentEndsFailedWithMixPaysCode(Scenario scenario, String code) {
        SaleSnapshot sale = h.charge("10");
        h.customerScans(sale).play(scenario);

        h.advance(Duration.ofSeconds(6));

        SaleSnapshot failed = h.stored(sale);
        assertThat(failed.state().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.state().failureCode().code()).isEqualTo(code);
        assertThat(failed.state().failureCode().isKnown()).isTrue();
    }

    @Test
    void aCustomerWhoNeverPaysLeavesTheSaleOpenUntilMixPayEndsItAtItsDeadlineAndThenNothingIsAsked() {
        SaleSnapshot sale = h.charge("10");
        h.customerScans(sale).play(Scenario.NEVER_PAYS);
        assertThat(h.customerScans(sale).expiresAt()).contains(sale.sale().expiresAt());

        h.advance(Duration.between(h.clock.instant(), sale.sale().expiresAt()).minusSeconds(5));
        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.OPEN);
        long before = h.mixpay.requestCount();
        h.advance(Duration.ofSeconds(15));

        assertThat(h.mixpay.requestCount()).isGreaterThan(before);
        SaleSnapshot ended = h.stored(sale);
        assertThat(ended.state().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ended.state().failureCode().code()).isEqualTo("40000");
        long after = h.mixpay.requestCount();
        h.advance(Duration.ofHours(2));
        assertThat(h.mixpay.requestCount()).isEqualTo(after);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"HTTP_500", "HTML_ERROR_PAGE", "EMPTY_BODY", "MALFORMED_JSON",
        "RATE_LIMITED_1429", "MAINTENANCE_10008", "CONNECTION_RESET"})
    void faultsFromMixPayKeepTheSaleOpenUntilTheTruthArrives(Fault fault) {
        SaleSnapshot sale = h.charge("10");
        h.advance(Duration.ofMillis(1500));
        h.customerScans(sale).play(Scenario.PAY_EXACTLY);
        h.mixpay.faults().next(fault, 4);

        h.advance(Duration.ofMillis(2500));
        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.OPEN);
        assertThat(h.engine.checkout().health().trouble()).isTrue();

        h.advance(Duration.ofMinutes(2));
        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
        assertThat(h.engine.checkout().health().trouble()).isFalse();
        assertThat(busiestMinute()).isLessThanOrEqualTo(40 + PosEngine.BURST);
    }

    @Test
    void aCancelledSaleThatIsPaidAnywayIsSurfaced() {
        SaleSnapshot sale = h.charge("10");
        h.engine.checkout().cancel(sale.orderId());
        h.advance(Duration.ZERO);
        h.customerScans(sale).play(Scenario.PAY_EXACTLY);

        h.advance(Duration.ofMinutes(1));

        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID_AFTER_CANCEL);
    }

    @Test
    void theRequestRateStaysInsideTheBudgetWithManyOpenSales() {
        for (int i = 1; i <= 20; i++) {
            h.charge(i + ".00");
            h.advance(Duration.ofSeconds(3));
        }

        h.advance(Duration.ofMinutes(10));

        assertThat(busiestMinute()).isLessThanOrEqualTo(40 + PosEngine.BURST);
    }

    private int busiestMinute() {
        var times = h.mixpay.requestTimes();
        int best = 0;
        for (int i = 0; i < times.size(); i++) {
            int j = i;
            while (j < times.size() && times.get(j).isBefore(times.get(i).plusSeconds(60))) {
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }
}
