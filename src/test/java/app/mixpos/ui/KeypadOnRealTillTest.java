package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.training.Fault;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10's keypad messages on the real engine and simulator, where the fakes had hidden them. */
class KeypadOnRealTillTest extends RealTillHarness {

    static final String LINK_FAILED =
            "Could not create the payment link: MixPay could not be reached. Nothing was charged. Try again.";

    @Start
    void start(Stage stage) throws Exception {
        open(stage, 1024, 768);
    }

    @Test
    void aLinkFailureIsOneSentenceAndTheKeypadKeepsItsLabelsAndFocus(FxRobot r) throws Exception {
        awaitAssetLists();
        simulator().faults().next(Fault.CONNECTION_RESET, 50);
        type(r, "12.50");
        press(r, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(r, "#problem").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(r, "#problem")).isEqualTo(LINK_FAILED);
        assertThat(TextCuts.in(stage.getScene())).isEmpty();
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(Button.class);
        assertThat(((Button) focused).getId()).isEqualTo("charge");
        assertThat(ScreenSizesTest.outside(stage.getScene())).isEmpty();
        simulator().faults().clear();
    }

    @Test
    void mixPaysListedMaximumIsRefusedAsTypedOnceTheListIsRead(FxRobot r) throws Exception {
        awaitAssetLists();
        type(r, "6");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(r, "#refusal").isEmpty());
        type(r, "0000");

        assertThat(text(r, "#amount")).isEqualTo("6000");
        assertThat(text(r, "#refusal")).isEqualTo("The largest amount MixPay accepts in USD is 50,000. Split the sale.");
        assertThat(TextCuts.in(stage.getScene())).isEmpty();
        assertThat(ScreenSizesTest.outside(stage.getScene())).isEmpty();
    }

    @Test
    void aMinusOrALetterIsRefusedWithTheReasonAndTheReasonStays(FxRobot r) {
        type(r, "-5");

        assertThat(text(r, "#amount")).isEqualTo("5");
        assertThat(text(r, "#refusal")).isEqualTo(
                "Amounts cannot be negative: the minus was not taken. Type the amount to charge.");

        press(r, KeyCode.ESCAPE);
        type(r, "1e3");
        assertThat(text(r, "#amount")).isEqualTo("13");
        assertThat(text(r, "#refusal")).isEqualTo("Type the amount in digits: \"e\" was not taken.");

        press(r, KeyCode.ESCAPE);
        type(r, "1.234");
        assertThat(text(r, "#refusal")).isEqualTo("USD takes at most 2 decimal places.");
    }
}
