package app.mixpos.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Amount;
import app.mixpos.sale.AmountError;
import app.mixpos.sale.AmountError.Kind;
import app.mixpos.sale.QuoteAsset;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The engine refuses an amount outside MixPay's current list before anything is recorded or sent. */
class ChargeLimitsTest {

    /** USD as MixPay lists it in the issue: at most 1000. */
    private static final QuoteAsset USD_1000 = new QuoteAsset("usd", "USD", 2, new BigDecimal("0.5"),
            new BigDecimal("1000"), true);

    private final EngineFixture f = new EngineFixture();

    @Test
    void anAmountOverMixPaysListedMaximumIsNeitherRecordedNorSent() {
        f.store.saveQuoteAssets(List.of(USD_1000));

        Throwable refused = failure(f.engine.charge(usd("9999.00", QuoteAsset.USD.withoutLimits()), null));

        assertThat(refused).isInstanceOf(AmountRefusedException.class);
        assertThat(((AmountRefusedException) refused).error())
                .isEqualTo(new AmountError(Kind.TOO_HIGH, "USD", new BigDecimal("1000"), null));
        assertThat(f.store.recent(10)).isEmpty();
        assertThat(f.gateway.linksMade()).isZero();
    }

    @Test
    void theListNowBeatsWhatTheScreenBelievedWhenTheAmountWasTyped() {
        f.store.saveQuoteAssets(List.of(USD_1000));

        Throwable tooLow = failure(f.engine.charge(usd("0.10", QuoteAsset.USD), null));

        assertThat(tooLow).isInstanceOf(AmountRefusedException.class);
        assertThat(((AmountRefusedException) tooLow).error())
                .isEqualTo(new AmountError(Kind.TOO_LOW, "USD", new BigDecimal("0.5"), null));
        assertThat(f.store.recent(10)).isEmpty();
        assertThat(f.gateway.linksMade()).isZero();
    }

    @Test
    void anAmountWithinTheListedRangeIsCharged() {
        f.store.saveQuoteAssets(List.of(USD_1000));

        assertThat(f.charge("1000")).isNotNull();
        assertThat(f.gateway.linksMade()).isEqualTo(1);
    }

    @Test
    void aCurrencyMixPayDoesNotListIsRefusedWithWhatToDo() {
        f.store.saveQuoteAssets(List.of(USD_1000));
        QuoteAsset gone = new QuoteAsset("chf", "CHF", 2, null, null, true);

        Throwable refused = failure(f.engine.charge(new Amount(new BigDecimal("5"), gone), null));

        assertThat(refused).isInstanceOf(AmountRefusedException.class);
        assertThat(((AmountRefusedException) refused).error()).isEqualTo(AmountError.notListed("CHF"));
        assertThat(f.gateway.linksMade()).isZero();
    }

    @Test
    void withNoListYetNoLimitIsInventedAndMixPayChecks() {
        assertThat(f.engine.quoteAssets().join()).allSatisfy(a -> assertThat(a.limitsKnown()).isFalse());

        var charge = f.engine.charge(usd("60000", QuoteAsset.USD.withoutLimits()), null);
        f.scheduler.runDue();

        assertThat(charge.join()).isNotNull();
        assertThat(f.gateway.linksMade()).isEqualTo(1);
    }

    private static Amount usd(String value, QuoteAsset asset) {
        return new Amount(new BigDecimal(value), asset);
    }

    private Throwable failure(CompletableFuture<?> charge) {
        f.scheduler.runDue();
        try {
            charge.get();
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the charge was not refused");
    }
}
