package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.printing.PrintProblem;
import app.mixpos.printing.ReceiptWords;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.receipt.ReceiptDesk;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class ReceiptKeyScreenTest extends PosWindowHarness {

    /** A desk that records what it is asked and answers as the test says. */
    static final class RecordingDesk implements ReceiptDesk {
        final List<String> asked = new CopyOnWriteArrayList<>();
        volatile Optional<PrintProblem> answer = Optional.empty();
        volatile boolean auto;
        volatile boolean canPrint = true;

        @Override
        public boolean canPrint() {
            return canPrint;
        }

        @Override
        public CompletableFuture<Optional<PrintProblem>> print(String orderId, boolean copy, ReceiptWords words) {
            asked.add(orderId + (copy ? " copy" : ""));
            assertThat(words.get("receipt.copy")).isEqualTo("COPY");
            return CompletableFuture.completedFuture(answer);
        }

        @Override
        public boolean autoPrint() {
            return auto;
        }
    }

    private final RecordingDesk desk = new RecordingDesk();

    @Override
    ReceiptDesk receiptDesk() {
        return desk;
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void pOnThePaidScreenPrintsTheReceiptAndSaysSo(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "12.5");
        SaleSnapshot paid = Sales.outcome(s, Outcome.PAID, "success");
        push(paid);
        assertThat(text(r, "#result-receipt")).isEqualTo("Press P to print the customer's receipt.");

        press(r, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.asked).containsExactly(s.orderId());
        assertThat(text(r, "#result-receipt")).isEqualTo("Receipt printed.");
        assertThat(checkout.sales.get(s.orderId())).isEqualTo(paid);
        assertThat(visible(r, "#result")).isTrue();
    }

    @Test
    void aPrinterThatIsOffIsASentenceAndPPrintsAgain(FxRobot r) {
        desk.answer = Optional.of(PrintProblem.UNREACHABLE);
        SaleSnapshot s = chargeOpen(r, "10");
        SaleSnapshot paid = Sales.outcome(s, Outcome.PAID, "success");
        push(paid);

        press(r, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(r, "#result-receipt")).isEqualTo("The receipt printer does not answer. Check that it is on and "
                + "connected, then press P to print again. The sale is recorded.");
        assertThat(checkout.sales.get(s.orderId())).isEqualTo(paid);

        desk.answer = Optional.empty();
        press(r, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.asked).containsExactly(s.orderId(), s.orderId());
        assertThat(text(r, "#result-receipt")).isEqualTo("Receipt printed.");
    }

    @Test
    void withNoPrinterThePaidScreenOffersNoPButPStillSaysWhy(FxRobot r) {
        desk.canPrint = false;
        desk.answer = Optional.of(PrintProblem.NOT_SET);
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.outcome(s, Outcome.PAID, "success"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.lookup("#result-receipt").query().isVisible()).isFalse();

        press(r, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(r, "#result-receipt")).isEqualTo(app.mixpos.ui.text.Texts.english()
                .get("receipt.problem.NOT_SET"));
    }

    @Test
    void withAutoPrintAPaidSalePrintsOnceByItself(FxRobot r) {
        desk.auto = true;
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.outcome(s, Outcome.PAID, "success"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.asked).containsExactly(s.orderId());
        assertThat(text(r, "#result-receipt")).isEqualTo("Receipt printed.");
    }

    @Test
    void aFailedSaleOffersNoReceiptAndPrintsNothingByItself(FxRobot r) {
        desk.auto = true;
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.failed(s, "40000"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.asked).isEmpty();
        assertThat(r.lookup("#result-receipt").query().isVisible()).isFalse();
    }

    @Test
    void pInRecentSalesReprintsTheSelectedSaleAsACopy(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.outcome(s, Outcome.PAID, "success"));
        press(r, KeyCode.ENTER);
        press(r, KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        press(r, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.asked).containsExactly(s.orderId() + " copy");
    }
}
