package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The training panel leaves the keys to the screen and stays readable when it has nothing to act on. */
class CustomerPanelTest extends PosWindowHarness {

    private Stage stage;

    @Override
    boolean training() {
        return true;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void aClickOnTheCustomerPanelLeavesTheFocusOnTheScreenAndEscStillAsksToCancel(FxRobot r) {
        chargeOpen(r, "10");

        r.clickOn("#customer-pending");
        WaitForAsyncUtils.waitForFxEvents();

        var focused = stage.getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(String.valueOf(focused.getId())).doesNotStartWith("customer-");
        press(r, KeyCode.ESCAPE);
        assertThat(visible(r, "#cancel-confirm")).isTrue();
    }

    @Test
    void enterInTheCancelQuestionKeepsTheSale(FxRobot r) {
        chargeOpen(r, "10");

        press(r, KeyCode.ESCAPE);
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("keep-waiting");
        press(r, KeyCode.ENTER);

        assertThat(checkout.cancelled).isEmpty();
        assertThat(visible(r, "#qr")).isTrue();
        assertThat(visible(r, "#cancel-confirm")).isFalse();
    }

    @Test
    void disabledCustomerButtonsHaveTextContrastOfAtLeast4_5To1(FxRobot r) {
        Button b = r.lookup("#customer-pay_exactly").queryButton();
        Button fail = r.lookup("#customer-fail_40000").queryButton();
        for (Button button : new Button[] {b, fail}) {
            assertThat(button.isDisabled()).isTrue();
            Color text = (Color) button.getTextFill();
            var fills = button.getBackground().getFills();
            BackgroundFill inner = fills.get(fills.size() - 1);
            Color back = (Color) inner.getFill();

            assertThat(button.getOpacity()).isEqualTo(1.0);
            assertThat(back.getOpacity()).isEqualTo(1.0);
            assertThat(contrast(text, back)).as(button.getId()).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
