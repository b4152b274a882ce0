package app.mixpos.ui.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PadKeyTest {

    private final AtomicInteger presses = new AtomicInteger();
    private PadKey key;

    @Start
    void start(Stage stage) {
        key = new PadKey("7", "key-7", presses::incrementAndGet);
        key.setPrefSize(120, 120);
        Region elsewhere = new Region();
        elsewhere.setId("elsewhere");
        elsewhere.setPrefSize(120, 120);
        stage.setScene(new Scene(new HBox(key, elsewhere), 240, 120));
        stage.show();
    }

    @Test
    void aPressAndReleaseOnTheKeyActsOnce(FxRobot r) {
        r.moveTo("#key-7").press(MouseButton.PRIMARY);
        assertThat(key.getPseudoClassStates()).contains(PadKey.ARMED);
        assertThat(presses).hasValue(0);

        r.release(MouseButton.PRIMARY);

        assertThat(presses).hasValue(1);
        assertThat(key.getPseudoClassStates()).doesNotContain(PadKey.ARMED);
    }

    @Test
    void slidingOffTheKeyBeforeLettingGoDoesNothing(FxRobot r) {
        r.moveTo("#key-7").press(MouseButton.PRIMARY).moveTo("#elsewhere").release(MouseButton.PRIMARY);

        assertThat(presses).hasValue(0);
        assertThat(key.getPseudoClassStates()).doesNotContain(PadKey.ARMED);
    }

    @Test
    void aScreenReaderSeesAButtonItCanPress() {
        assertThat(key.getAccessibleRole()).isEqualTo(AccessibleRole.BUTTON);
        assertThat(key.getAccessibleText()).isEqualTo("7");

        WaitForAsyncUtils.asyncFx(() -> key.executeAccessibleAction(AccessibleAction.FIRE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presses).hasValue(1);
    }
}
