package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.receipts.SqlThreads;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.training.Scenario;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No SQL on the FX thread, checked at the JDBC connection ({@link SqlThreads} wraps it): the real window on the real
 * engine sells, shows the result, lists recent sales with a sale's history and opens the settings, with every call
 * on the receipt log's connection from the FX thread refused. The first part shows the guard itself bites.
 */
class NoSqlOnFxThreadTest extends RealTillHarness {

    @Start
    void start(Stage stage) throws Exception {
        open(stage, 1280, 800);
    }

    @AfterEach
    void allowAgain() {
        SqlThreads.allowAll();
        SqlThreads.clearViolations();
    }

    @Test
    void aSaleFromKeypadToRecentSalesRunsNoSqlOnTheFxThread(FxRobot r) throws Exception {
        awaitAssetLists();
        SqlThreads.clearViolations();
        SqlThreads.refuse(thread -> Platform.isFxApplicationThread());

        // the guard bites: the log read on the FX thread itself fails there ...
        assertThatThrownBy(() -> WaitForAsyncUtils.asyncFx(() -> ReceiptLog.verifyFile(engine.receiptLogFile()))
                .get()).hasRootCauseInstanceOf(SqlThreads.SqlOnForbiddenThreadError.class);
        assertThat(SqlThreads.violations()).hasSize(1);
        SqlThreads.clearViolations();
        // ... while a list asked for from the FX thread is read on io
        assertThat(WaitForAsyncUtils.asyncFx(() -> engine.records().recent(5)).get().get(5, TimeUnit.SECONDS))
                .isEmpty();
        assertThat(SqlThreads.violations()).isEmpty();

        type(r, "12.50");
        press(r, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> engine.records().recent(1).join().stream()
                .anyMatch(s -> s.state().outcome() == Outcome.OPEN));
        SaleSnapshot sale = engine.records().recent(1).join().get(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#qr").tryQuery()
                .map(q -> q.getScene() != null && q.isVisible() && q.getParent().isVisible()).orElse(false));
        simulator().scan(sale.sale().paymentLink()).play(Scenario.PAY_EXACTLY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> engine.records().recent(1).join().get(0).state().outcome() == Outcome.PAID);
        WaitForAsyncUtils.waitForFxEvents();
        press(r, KeyCode.ENTER);
        press(r, KeyCode.F2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#sales").tryQuery().isPresent());
        press(r, KeyCode.DOWN, KeyCode.UP);
        press(r, KeyCode.ESCAPE);

        assertThat(SqlThreads.violations()).isEmpty();
    }
}
