package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.training.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Check now" on the real engine answers with what MixPay's answer made of the sale, as the log holds it. */
class CheckNowTest {

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

    /** Found by the walk suite: the answer that ended the sale was stored, but check now reported the state before. */
    @Test
    void checkNowOnACancelledSaleThatWasPaidAfterAllReportsPaidAfterCancelAsTheLogSays() {
        SaleSnapshot sale = h.charge("1.60");
        h.engine.checkout().cancel(sale.orderId());
        h.advance(Duration.ZERO);
        h.customerScans(sale).play(Scenario.PAY_EXACTLY);
        h.advance(Duration.ofSeconds(4));
        assertThat(h.stored(sale).state().outcome()).as("not asked about in the background yet")
                .isEqualTo(Outcome.CANCELLED);

        var asked = h.engine.checkout().checkNow(sale.orderId());
        h.advance(Duration.ZERO);
        SaleSnapshot checked = asked.join();

        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID_AFTER_CANCEL);
        assertThat(checked.state().outcome()).isEqualTo(Outcome.PAID_AFTER_CANCEL);
        assertThat(checked.state().needsWatching()).isFalse();
    }
}
