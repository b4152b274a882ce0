package app.mixpos.checkout;

import static app.mixpos.testing.FakeGateway.answer;
import static app.mixpos.testing.FakeGateway.fault;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Amount;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentExpiry;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.testing.Results;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every sale is sent with a deadline, and the watcher's cadence follows it: MixPay ends a sale nobody paid at
 * its deadline, a final sale is never asked about again, and one MixPay leaves unpaid long past its deadline is
 * asked about hourly, then daily, but never failed by the till.
 */
class PaymentExpiryCadenceTest {

    private final EngineFixture f = new EngineFixture();

    @Test
    void aChargedSaleCarriesTheConfiguredDeadlineInWholeSeconds() {
        SaleSnapshot s = f.charge("10");

        Instant expected = s.sale().createdAt().plus(PaymentExpiry.DEFAULT).truncatedTo(ChronoUnit.SECONDS);
        assertThat(s.sale().expiresAt()).isEqualTo(expected);
        assertThat(f.current(s).sale().expiresAt()).isEqualTo(expected);
    }

    @Test
    void aSaleMixPayFailsAtItsDeadlineIsNeverAskedAboutAgain() {
        SaleSnapshot s = background(f.charge("10"));
        Instant deadline = s.sale().expiresAt();
        f.gateway.script(s.sale(), answer(sale -> f.clock.instant().isBefore(deadline)
                ? Results.unpaid(sale) : Results.failed(sale, "40000")));

        f.advance(PaymentExpiry.DEFAULT.plusMinutes(1));

        SaleSnapshot ended = f.current(s);
        assertThat(ended.state().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ended.state().failureCode().code()).isEqualTo("40000");
        long polls = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofDays(3));
        f.scheduler.await(f.engine.checkNow(s.orderId()), Duration.ofSeconds(5));
        assertThat(f.gateway.pollsOf(s.sale())).isEqualTo(polls);
    }

    @Test
    void aSaleMixPayStillCallsUnpaidAfterItsDeadlineIsAskedHourlyThenDailyAndNeverFailedLocally() {
        SaleSnapshot s = background(f.charge("10"));
        f.advance(PaymentExpiry.DEFAULT.plus(PollPolicy.EXPIRY_GRACE).plusMinutes(1));

        long before = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofHours(10));
        assertThat(f.gateway.pollsOf(s.sale()) - before).as("hourly").isBetween(9L, 11L);

        f.advance(Duration.ofDays(2));
        before = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofDays(5));
        assertThat(f.gateway.pollsOf(s.sale()) - before).as("daily").isBetween(4L, 6L);
        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.OPEN);
    }

    @Test
    void aCancelledSaleMixPayLeavesUnpaidBacksOffTheSameWay() {
        SaleSnapshot s = f.charge("10");
        f.scheduler.await(f.engine.cancel(s.orderId()), Duration.ofSeconds(5));
        background(s);
        f.advance(PaymentExpiry.DEFAULT.plus(PollPolicy.EXPIRY_GRACE).plusMinutes(1));

        long before = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofHours(10));

        assertThat(f.gateway.pollsOf(s.sale()) - before).isBetween(9L, 11L);
        assertThat(f.current(s).state().outcome()).isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void beforeItsDeadlineABackgroundSaleIsStillAskedEveryFifteenSeconds() {
        SaleSnapshot s = background(f.charge("10"));
        long before = f.gateway.pollsOf(s.sale());

        f.advance(Duration.ofMinutes(10));

        assertThat(f.gateway.pollsOf(s.sale()) - before).isBetween(38L, 41L);
    }

    @Test
    void aSaleStillConfirmingPastItsDeadlineKeepsTheUsualCadence() {
        SaleSnapshot s = background(f.charge("10"));
        f.gateway.script(s.sale(), answer(sale -> Results.forSale(sale).status("confirming").build()));
        f.advance(Duration.ofHours(2));
        assertThat(f.current(s).state().status().kind()).isEqualTo(PaymentStatus.Kind.CONFIRMING);

        long before = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofMinutes(10));

        assertThat(f.gateway.pollsOf(s.sale()) - before).as("every minute, as any sale over an hour old")
                .isBetween(9L, 11L);
    }

    @Test
    void faultsNeverMakeAnOverdueSaleBusierThanItsHourlyAsk() {
        SaleSnapshot s = background(f.charge("10"));
        f.advance(Duration.ofHours(2));
        f.gateway.script(s.sale(), fault(GatewayException.Kind.TRANSIENT, 0));

        long before = f.gateway.pollsOf(s.sale());
        f.advance(Duration.ofHours(5));

        assertThat(f.gateway.pollsOf(s.sale()) - before).isBetween(3L, 7L);
    }

    @Test
    void aSaleRecordedWithoutADeadlineIsGivenMixPaysLongestBeforeTheBackOff() {
        Instant created = f.clock.instant().minus(Duration.ofHours(30));
        Sale old = new Sale("OLD-000001", UUID.randomUUID(), new Amount(new BigDecimal("4.00"), QuoteAsset.USD),
                "4d8c508b-91c5-375b-92b0-ee702ed2dac5", EngineFixture.PAYEE, null, LinkMode.ONE_TIME,
                "http://127.0.0.1:9/code/old", created);
        f.store.insert(new SaleSnapshot(old, SaleState.creating(created).opened(created)));
        f.engine.start();
        f.scheduler.runDue();

        long before = f.gateway.pollsOf(old);
        f.advance(Duration.ofHours(1));
        assertThat(f.gateway.pollsOf(old) - before).as("every 5 min, as any sale over a day old").isBetween(11L, 13L);

        f.advance(Duration.ofHours(18));
        before = f.gateway.pollsOf(old);
        f.advance(Duration.ofHours(10));
        assertThat(f.gateway.pollsOf(old) - before).as("hourly once 48 h have passed").isBetween(9L, 11L);
    }

    @Test
    void aRestartSpreadsTheFirstAskOfLongOverdueSalesOverTheHourButAsksAFreshOneAtOnce() {
        Instant created = f.clock.instant().minus(Duration.ofHours(3));
        List<Sale> overdue = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Sale sale = new Sale(String.format("OVERDUE-%03d", i), UUID.randomUUID(),
                    new Amount(new BigDecimal("4.00"), QuoteAsset.USD), "4d8c508b-91c5-375b-92b0-ee702ed2dac5",
                    EngineFixture.PAYEE, null, LinkMode.PAYLINK, "http://127.0.0.1:9/pay?o=" + i, created,
                    created.plus(PaymentExpiry.DEFAULT));
            f.store.insert(new SaleSnapshot(sale, SaleState.creating(created).opened(created)));
            overdue.add(sale);
        }
        Instant now = f.clock.instant();
        Sale fresh = new Sale("FRESH-0001", UUID.randomUUID(), new Amount(new BigDecimal("5.00"), QuoteAsset.USD),
                "4d8c508b-91c5-375b-92b0-ee702ed2dac5", EngineFixture.PAYEE, null, LinkMode.ONE_TIME,
                "http://127.0.0.1:9/code/fresh", now.minusSeconds(60), now.plus(Duration.ofMinutes(14)));
        f.store.insert(new SaleSnapshot(fresh, SaleState.creating(now).opened(now)));

        f.engine.start();
        f.advance(Duration.ofSeconds(1));
        assertThat(f.gateway.pollsOf(fresh)).isEqualTo(1);

        f.advance(Duration.ofMinutes(5));
        long early = overdue.stream().mapToLong(f.gateway::pollsOf).sum();
        assertThat(early).as("asked in the first 5 minutes, of 120").isBetween(1L, 30L);
        f.advance(Duration.ofMinutes(56));
        assertThat(overdue).allMatch(sale -> f.gateway.pollsOf(sale) >= 1);
    }

    private SaleSnapshot background(SaleSnapshot s) {
        f.engine.showing(null);
        f.scheduler.runDue();
        return s;
    }
}
