package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.checkout.StoreException;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.OutsideSqlite;
import app.mixpos.training.Scenario;
import app.mixpos.ui.Failures;
import app.mixpos.ui.SoundCue;
import app.mixpos.ui.shell.ShellFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 1: a {@code sqlite3} process holds the receipt log locked for writing (longer than the till's 5 s
 * busy wait) while the customer pays and while the cashier charges. Nothing is lost and nothing is silent: the
 * charge is refused with a sentence that names the cause (and nothing reaches MixPay), the payment's answer is kept
 * and recorded once the other program lets go, and the screens say so meanwhile.
 */
class LogHeldByAnotherProgramTest {

    @TempDir
    Path dataDir;
    private EngineHarness h;

    @BeforeEach
    void start() throws IOException {
        OutsideSqlite.requireCommand();
        h = new EngineHarness(dataDir, LinkMode.ONE_TIME);
    }

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void aPaymentAnsweredWhileAnotherProgramHoldsTheLogIsRecordedOnceItLetsGoAndTheCashierIsToldMeanwhile()
            throws Exception {
        ShellFixture shell = new ShellFixture(h.engine.checkout(), Runnable::run, SoundCue.SILENT);
        SaleSnapshot sale = h.charge("2.75");
        shell.showSale(sale);
        Path log = PosEngine.receiptLogFile(h.settings());
        long requestsBefore = h.mixpay.requestCount();

        try (OutsideSqlite.Session other = OutsideSqlite.session(log)) {
            other.exec("begin immediate; create table if not exists accountant_notes(note text);");
            h.customerScans(sale).play(Scenario.PAY_EXACTLY);
            h.advance(Duration.ofSeconds(4));

            assertThat(h.stored(sale).state().outcome()).as("not written while held").isEqualTo(Outcome.OPEN);
            assertThat(shell.currentProperty().get().state().outcome()).as("nothing shown that is not in the log")
                    .isEqualTo(Outcome.OPEN);
            assertThat(shell.logHeld()).contains("Another program is holding the receipt log")
                    .contains("Do not hand over goods");

            var amount = ((AmountResult.Valid) AmountParser.parse("5", QuoteAsset.USD)).amount();
            assertThatThrownBy(() -> h.scheduler.await(h.engine.checkout().charge(amount, null), Duration.ofSeconds(10)))
                    .isInstanceOf(CompletionException.class)
                    .satisfies(e -> {
                        assertThat(e.getCause()).isInstanceOf(StoreException.class);
                        assertThat(((StoreException) e.getCause()).heldByAnotherProgram()).isTrue();
                        assertThat(Failures.notCharged(e)).startsWith("Another program is holding the receipt log")
                                .contains("nothing was charged").contains("press Enter again");
                    });
            assertThat(h.mixpay.customers()).as("no link asked of MixPay for the refused charge").hasSize(1);
            other.exec("commit;");
        }
        h.advance(Duration.ofSeconds(30));

        assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
        assertThat(shell.currentProperty().get().state().outcome()).isEqualTo(Outcome.PAID);
        assertThat(shell.logHeld()).isEmpty();
        assertThat(h.mixpay.requestCount()).isGreaterThan(requestsBefore);
        assertThat(h.engine.records().recent(10).join()).hasSize(1);
    }
}
