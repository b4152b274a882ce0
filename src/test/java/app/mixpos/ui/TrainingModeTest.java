package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.SaleSnapshot;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class TrainingModeTest extends PosWindowHarness {

    @Override
    boolean training() {
        return true;
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theBannerSaysNoRealMoney(FxRobot r) {
        assertThat(text(r, "#training-banner")).isEqualTo("TRAINING — no real money");
    }

    @Test
    void customerButtonsWaitForAQrAndActOnTheSaleOnScreen(FxRobot r) throws Exception {
        assertThat(r.lookup("#customer-pay_exactly").queryButton().isDisabled()).isTrue();

        SaleSnapshot s = chargeOpen(r, "10");
        r.clickOn("#customer-overpay");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !customerActions.isEmpty());
        assertThat(customerActions).containsExactly(s.orderId() + ":OVERPAY");
    }
}
