package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.mixpos.checkout.AmountRefusedException;
import app.mixpos.sale.Amount;
import app.mixpos.sale.AmountError;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real engine checks an amount against the list the simulator (MixPay) gave, before recording or sending. */
class ChargeLimitsOnRealEngineTest {

    @TempDir
    Path dir;

    @Test
    void anAmountOverTheListedMaximumIsNeitherRecordedNorSentWhateverTheScreenBelieved() throws Exception {
        try (EngineHarness h = new EngineHarness(dir, LinkMode.ONE_TIME)) {
            h.advance(Duration.ofSeconds(2));
            assertThat(h.engine.checkout().quoteAssets().join()).anySatisfy(a ->
                    assertThat(a.hasId("usd") && a.limitsKnown()).isTrue());
            long requests = h.mixpay.requestCount();

            Throwable refused = catchThrowable(() -> h.engine.checkout()
                    .charge(new Amount(new BigDecimal("60000"), QuoteAsset.USD.withoutLimits()), "till 1").join());

            assertThat(refused).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(AmountRefusedException.class);
            AmountError why = ((AmountRefusedException) refused.getCause()).error();
            assertThat(why.kind()).isEqualTo(AmountError.Kind.TOO_HIGH);
            assertThat(why.asset()).isEqualTo("USD");
            assertThat(why.limit()).isEqualByComparingTo("50000");
            assertThat(h.engine.records().recent(10).join()).isEmpty();
            assertThat(h.mixpay.requestCount()).isEqualTo(requests);
            assertThat(h.charge("49999.99").sale().paymentLink()).isNotBlank();
        }
    }
}
