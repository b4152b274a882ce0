package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

class KeypadScreenTest extends PosWindowHarness {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void keyboardAmountAndEnterShowTheQrOfTheSaleLink(FxRobot r) throws Exception {
        var sale = chargeOpen(r, "12.5");

        assertThat(checkout.charged).hasSize(1);
        assertThat(checkout.charged.get(0).value()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(visible(r, "#qr")).isTrue();
        assertThat(text(r, "#payment-amount")).isEqualTo("12.50 USD");
        assertThat(decodeQr(r)).isEqualTo(sale.sale().paymentLink());
        assertThat(checkout.showing).contains(sale.orderId());
    }

    @Test
    void aThirdDecimalIsRefusedAsTypedWithTheReason(FxRobot r) {
        typeAmount(r, "1.234");

        assertThat(text(r, "#amount")).isEqualTo("1.23");
        assertThat(text(r, "#refusal")).isEqualTo("USD takes at most 2 decimal places.");
    }

    @Test
    void anAmountOverTheMaximumIsRefusedAsTyped(FxRobot r) {
        typeAmount(r, "500000");

        assertThat(text(r, "#amount")).isEqualTo("50000");
        assertThat(text(r, "#refusal")).contains("largest amount");
    }

    @Test
    void commaIsADecimalPointBackspaceDeletesAndEscapeClears(FxRobot r) {
        typeAmount(r, "7,25");
        assertThat(text(r, "#amount")).isEqualTo("7,25");

        press(r, KeyCode.BACK_SPACE);
        assertThat(text(r, "#amount")).isEqualTo("7,2");

        press(r, KeyCode.ESCAPE);
        assertThat(text(r, "#amount")).isEqualTo("0");
    }

    @Test
    void enterWithoutAnAmountChargesNothingAndSaysWhy(FxRobot r) {
        press(r, KeyCode.ENTER);

        assertThat(checkout.charged).isEmpty();
        assertThat(text(r, "#refusal")).isEqualTo("Enter an amount.");
    }

    @Test
    void whileChargingTheScreenIsBusyAndKeysAreIgnored(FxRobot r) {
        typeAmount(r, "3");
        press(r, KeyCode.ENTER);

        assertThat(visible(r, "#busy")).isTrue();
        typeAmount(r, "9");
        assertThat(text(r, "#amount")).isEqualTo("3");

        checkout.completeCharge();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(r, "#busy")).isFalse();
    }

    @Test
    void aVoidSaleKeepsTheAmountAndSaysNothingWasCharged(FxRobot r) {
        typeAmount(r, "4.20");
        press(r, KeyCode.ENTER);
        checkout.voidCharge("MixPay is under maintenance");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(r, "#problem")).isEqualTo(
                "Could not create the payment link: MixPay is under maintenance. Nothing was charged. Try again.");
        assertThat(text(r, "#amount")).isEqualTo("4.20");
        assertThat(visible(r, "#amount")).isTrue();
    }

    @Test
    void touchKeysTypeTheAmountToo(FxRobot r) {
        r.clickOn("#key-9").clickOn("#key-dot").clickOn("#key-5");

        assertThat(text(r, "#amount")).isEqualTo("9.5");
    }
}
