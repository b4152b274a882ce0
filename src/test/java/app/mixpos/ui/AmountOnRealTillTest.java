package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10: the keypad amount on the real till, typed as the cashier did when it was cut to "0.0001…". */
class AmountOnRealTillTest extends RealTillHarness {

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) throws Exception {
        open(stage, 1024, 768);
    }

    @BeforeEach
    void catchUncaught() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            before = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        }).get();
    }

    @AfterEach
    void restoreHandler() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before)).get();
    }

    @RepeatedTest(3)
    void aBitcoinAmountAfterAUsdOneIsDrawnWholeWithoutAnException(FxRobot r) throws Exception {
        awaitAssetLists();
        type(r, "12.50");
        press(r, KeyCode.ESCAPE, KeyCode.F3);
        type(r, "btc");
        press(r, KeyCode.ENTER);
        type(r, "0.00012345");
        WaitForAsyncUtils.waitForFxEvents(5);

        assertThat(text(r, "#currency")).startsWith("BTC");
        Label amount = r.lookup("#amount").queryAs(Label.class);
        assertThat(amount.getText()).isEqualTo("0.00012345");
        assertThat(TextCuts.shown(amount)).isEqualTo("0.00012345");
        assertThat(TextCuts.in(stage.getScene())).isEmpty();
        assertThat(uncaught).isEmpty();
    }
}
