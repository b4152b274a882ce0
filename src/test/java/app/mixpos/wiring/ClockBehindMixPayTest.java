package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Settings;
import app.mixpos.mixpay.MixPayClient;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.testing.MutableClock;
import app.mixpos.training.MixPaySimulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A till whose clock is 20 minutes behind MixPay's: with a 15-minute expiry its own "now + 15 min" has already
 * passed for MixPay. The deadline goes out on MixPay's clock (learnt from its answers), so the sale opens, and
 * MixPay ends it at the same real moment the till expects.
 */
class ClockBehindMixPayTest {

    private static final Duration BEHIND = Duration.ofMinutes(20);

    @TempDir
    Path dataDir;

    @Test
    void aTillTwentyMinutesBehindMixPayStillSellsAndTheSaleEndsAtItsDeadline() throws IOException {
        MutableClock till = MutableClock.atSomeMorning();
        ManualScheduler scheduler = new ManualScheduler(till);
        try (MixPaySimulator mixpay = MixPaySimulator.start(Clock.offset(till, BEHIND));
             PosEngine engine = PosEngine.open(new Settings(dataDir, EngineHarness.PAYEE,
                             Settings.DEFAULT_SETTLEMENT_ASSET, "usd", mixpay.apiUrl(), mixpay.payUrl(),
                             LinkMode.ONE_TIME, false, 40),
                     new EngineRuntime(till, scheduler, Runnable::run, new Random(3), () -> {
                     }), MixPayClient.defaultHttpClient())) {
            engine.start();
            scheduler.advance(Duration.ofSeconds(2));

            AmountResult amount = AmountParser.parse("10", QuoteAsset.USD);
            SaleSnapshot sale = scheduler.await(engine.checkout().charge(((AmountResult.Valid) amount).amount(),
                    null), Duration.ofSeconds(10));

            assertThat(sale.state().outcome()).as(String.valueOf(sale.state().reasons())).isEqualTo(Outcome.OPEN);
            assertThat(mixpay.scan(sale.sale().paymentLink()).expiresAt())
                    .contains(sale.sale().expiresAt().plus(BEHIND));
            scheduler.advance(Duration.between(till.instant(), sale.sale().expiresAt()).minusSeconds(5));
            assertThat(stored(engine, sale).state().outcome()).isEqualTo(Outcome.OPEN);
            scheduler.advance(Duration.ofSeconds(10));
            assertThat(stored(engine, sale).state().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(stored(engine, sale).state().failureCode().code()).isEqualTo("40000");
        }
    }

    @Test
    void theShortestExpiryMixPayAcceptsStillOpensTheSaleAndEndsIt() throws IOException {
        MutableClock till = new MutableClock(java.time.Instant.parse("2026-11-21T09:00:00.900Z"));
        ManualScheduler scheduler = new ManualScheduler(till);
        try (MixPaySimulator mixpay = MixPaySimulator.start(till);
             PosEngine engine = PosEngine.open(new Settings(dataDir, EngineHarness.PAYEE,
                             Settings.DEFAULT_SETTLEMENT_ASSET, "usd", mixpay.apiUrl(), mixpay.payUrl(),
                             LinkMode.ONE_TIME, false, 40, Duration.ofSeconds(10)),
                     new EngineRuntime(till, scheduler, Runnable::run, new Random(3), () -> {
                     }), MixPayClient.defaultHttpClient())) {
            engine.start();
            AmountResult amount = AmountParser.parse("10", QuoteAsset.USD);
            SaleSnapshot sale = scheduler.await(engine.checkout().charge(((AmountResult.Valid) amount).amount(),
                    null), Duration.ofSeconds(10));

            assertThat(sale.state().outcome()).as(String.valueOf(sale.state().reasons())).isEqualTo(Outcome.OPEN);
            scheduler.advance(Duration.ofSeconds(30));
            assertThat(stored(engine, sale).state().failureCode().code()).isEqualTo("40000");
        }
    }

    private static SaleSnapshot stored(PosEngine engine, SaleSnapshot sale) {
        return engine.records().recent(10).join().stream().filter(s -> s.orderId().equals(sale.orderId()))
                .findFirst().orElseThrow();
    }
}
