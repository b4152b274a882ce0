package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void losingTheNetworkIsAStateShownOnThePanelAndTheBannerUntilItComesBack(FxRobot r) throws Exception {
        assertThat(visible(r, "#network-state")).isFalse();
        assertThat(r.lookup("#customer-network").queryButton().isDisabled()).isFalse();

        r.clickOn("#customer-network");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(r, "#network-state"));

        assertThat(text(r, "#network-state")).isEqualTo("Network lost: MixPay cannot be reached");
        assertThat(text(r, "#training-banner")).contains("Network lost");
        assertThat(r.lookup("#customer-network").queryButton().getText()).isEqualTo("Network back");

        r.clickOn("#customer-network");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !visible(r, "#network-state"));

        assertThat(text(r, "#training-banner")).isEqualTo("TRAINING — no real money");
        assertThat(r.lookup("#customer-network").queryButton().getText()).isEqualTo("Lose the network");
        assertThat(customerActions).containsExactly("network lost", "network back");
    }

    @Test
    void aSaleThatFailsAwayFromTheScreenIsANoticeAboveTheKeypad(FxRobot r) {
        SaleSnapshot s = Sales.open("10");

        push(Sales.failed(s, "40000"));

        assertThat(visible(r, "#notice-" + s.orderId())).isTrue();
        assertThat(r.lookup("#notice-" + s.orderId() + " .notice-text").queryLabeled().getText())
                .startsWith("PAYMENT FAILED: order " + s.orderId());
        assertThat(sounds).containsExactly("failed");
        r.clickOn("#notice-" + s.orderId() + " .button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(r, "#result")).isTrue();
    }

    @Test
    void aBurstOfNoticesShowsTwoAndSaysHowManyMoreWait(FxRobot r) {
        List<SaleSnapshot> paid = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            SaleSnapshot s = Sales.outcome(Sales.open(String.valueOf(i)), Outcome.PAID, "success");
            paid.add(s);
            push(s);
        }

        assertThat(r.lookup(".notice-banner .button").queryAll()).hasSize(4);
        assertThat(text(r, "#notices-more")).startsWith("… and 3 more sales to look at");

        r.clickOn("#notice-" + paid.get(0).orderId() + " .button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(r, "#notice-" + paid.get(2).orderId())).isTrue();
        assertThat(text(r, "#notices-more")).startsWith("… and 2 more sales");
    }

    @Test
    void aWarningRepeatedIsShownOnceAndABurstOfWarningsShowsTwoAndHowManyMore(FxRobot r) throws Exception {
        unknownToTheSimulator = true;
        SaleSnapshot s = chargeOpen(r, "10");
        for (int i = 0; i < 3; i++) {
            r.clickOn("#customer-pending");
            int clicks = i + 1;
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> customerActions.size() == clicks);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.lookup("#warning-banner").queryAll()).hasSize(1);
        assertThat(r.lookup("#warning-banner .notice-text").queryLabeled().getText()).contains(s.orderId());
        assertThat(r.lookup("#warnings-more").tryQuery()).isEmpty();

        SaleSnapshot current = s;
        for (String amount : List.of("11", "12", "13")) {
            push(Sales.failed(current, "40000"));
            press(r, javafx.scene.input.KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            SaleSnapshot other = chargeOpen(r, amount);
            current = other;
            r.clickOn("#customer-pending");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> customerActions.stream()
                    .anyMatch(a -> a.startsWith(other.orderId() + ":")));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.lookup("#warning-banner").queryAll()).hasSize(2);
        assertThat(text(r, "#warnings-more")).startsWith("… and 2 more warnings");
        r.clickOn("#warning-banner .button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.lookup("#warning-banner").queryAll()).hasSize(2);
        assertThat(text(r, "#warnings-more")).startsWith("… and 1 more warning:");
    }
}
