package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Settings;
import app.mixpos.reports.Report;
import app.mixpos.sale.LinkMode;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till's reports are built on a thread of their own in the real runtime: with both io threads taken (a charge's
 * steps, MixPay's answers, the screens' reads), an X report still comes, and a long one leaves them free.
 */
class ReportsThreadTest {

    @TempDir
    Path data;

    @Test
    void anXReportAndTheOpenPeriodComeWhileBothIoThreadsAreBusy() throws Exception {
        EngineRuntime runtime = EngineRuntime.real();
        Settings settings = new Settings(data, "", Settings.DEFAULT_SETTLEMENT_ASSET, "usd",
                Settings.DEFAULT_API_URL, Settings.DEFAULT_PAY_URL, LinkMode.ONE_TIME, true, 60);
        try (PosEngine engine = PosEngine.open(settings, runtime)) {
            CountDownLatch busy = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            for (int i = 0; i < 2; i++) {
                runtime.io().execute(() -> {
                    busy.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertThat(busy.await(10, TimeUnit.SECONDS)).as("both io threads taken").isTrue();
            try {
                Report today = engine.reports().day(engine.reports().today()).get(10, TimeUnit.SECONDS);
                Report open = engine.reports().sinceLastZ().get(10, TimeUnit.SECONDS);
                long nextZ = engine.reports().nextZ().get(10, TimeUnit.SECONDS);

                assertThat(today.totals().currencies()).isEmpty();
                assertThat(open.isZ()).isFalse();
                assertThat(open.totals().currencies()).isEmpty();
                assertThat(nextZ).isEqualTo(1);
            } finally {
                release.countDown();
            }
        }
    }
}
