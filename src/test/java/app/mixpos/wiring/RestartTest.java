package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.training.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aSaleWrittenThenForgottenByTheAppEndsRightAfterANewEngineStartsOnTheSameLog() throws IOException {
        try (EngineHarness h = new EngineHarness(dataDir, LinkMode.ONE_TIME)) {
            SaleSnapshot paidWhileDown = h.charge("10");
            SaleSnapshot failedWhileDown = h.charge("20");
            SaleSnapshot paidAfterRestart = h.charge("30");
            h.customerScans(paidWhileDown).play(Scenario.PAY_EXACTLY);
            h.customerScans(failedWhileDown).play(Scenario.FAIL_40000);
            h.crashEngine();

            h.advance(Duration.ofMinutes(5));
            h.startEngine();
            h.customerScans(paidAfterRestart).play(Scenario.PAY_LESS_THEN_TOP_UP);
            h.advance(Duration.ofMinutes(2));

            assertThat(h.stored(paidWhileDown).state().outcome()).isEqualTo(Outcome.PAID);
            assertThat(h.stored(failedWhileDown).state().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(h.stored(paidAfterRestart).state().outcome()).isEqualTo(Outcome.PAID);
        }
    }

    @Test
    void aPaylinkWhoseAmountTheCustomerEditedIsAMismatch() throws IOException {
        try (EngineHarness h = new EngineHarness(dataDir, LinkMode.PAYLINK)) {
            SaleSnapshot sale = h.charge("100");
            String edited = sale.sale().paymentLink().replace("quoteAmount=100.00", "quoteAmount=1.00");
            assertThat(edited).isNotEqualTo(sale.sale().paymentLink());

            h.mixpay.scan(edited).play(Scenario.PAY_EXACTLY);
            h.advance(Duration.ofSeconds(10));

            SaleSnapshot result = h.stored(sale);
            assertThat(result.state().outcome()).isEqualTo(Outcome.MISMATCH);
            assertThat(result.state().reasons()).containsExactly(
                    Reason.mismatch(Reason.MismatchField.AMOUNT, "100.00", "1.00"));
        }
    }
}
