package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class OwnerLockScreenTest extends PosWindowHarness {

    private final FakeOwnerLock lock = new FakeOwnerLock("2580", false);

    @Override
    OwnerLock ownerLock() {
        return lock;
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void f10AsksForTheManagerPinBeforeShowingTheSettings(FxRobot r) throws Exception {
        press(r, KeyCode.F10);
        waitUntil(() -> visible(r, "#pin-pad"));
        assertThat(visible(r, "#payee")).isFalse();

        typeDigits(r, "1111");
        press(r, KeyCode.ENTER);
        waitUntil(() -> text(r, "#pin-message").equals("Wrong PIN. 2 tries left."));
        r.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(settings.saved).isEmpty();

        typeDigits(r, "2580");
        press(r, KeyCode.ENTER);
        waitUntil(() -> visible(r, "#payee"));
        assertThat(visible(r, "#pin-pad")).isFalse();
        assertThat(visible(r, "#choose-pin")).isTrue();
    }

    @Test
    void leavingAndComingBackAsksAgain(FxRobot r) throws Exception {
        press(r, KeyCode.F10);
        waitUntil(() -> visible(r, "#pin-pad"));
        typeDigits(r, "2580");
        press(r, KeyCode.ENTER);
        waitUntil(() -> visible(r, "#payee"));

        press(r, KeyCode.ESCAPE);
        press(r, KeyCode.F10);

        waitUntil(() -> visible(r, "#pin-pad"));
        assertThat(visible(r, "#payee")).isFalse();
    }

    private static void typeDigits(FxRobot r, String digits) {
        for (char c : digits.toCharArray()) {
            r.type(KeyCode.valueOf("DIGIT" + c));
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
