package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import java.math.BigDecimal;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class KeypadScreenTest extends PosWindowHarness {

    /** A currency with 8 decimals and no largest amount, so an amount can be as long as the keypad allows. */
    private static final QuoteAsset WIDE = new QuoteAsset("0ff3f325-4f34-334d-b6c0-a3bd8850fc06", "WIDE", 8,
            null, null, false);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        checkout.quoteAssets = java.util.List.of(QuoteAsset.USD, Sales.BTC, WIDE);
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
    void inEnglishACommaGroupsThousandsSoItIsRefusedBackspaceDeletesAndEscapeClears(FxRobot r) {
        typeAmount(r, "7,25");
        assertThat(text(r, "#amount")).isEqualTo("725");
        assertThat(text(r, "#refusal")).isEqualTo("\",\" separates thousands and is not typed: type the amount "
                + "without it, and . for decimals.");

        press(r, KeyCode.BACK_SPACE);
        press(r, KeyCode.BACK_SPACE);
        typeAmount(r, ".25");
        assertThat(text(r, "#amount")).isEqualTo("7.25");

        press(r, KeyCode.BACK_SPACE);
        assertThat(text(r, "#amount")).isEqualTo("7.2");

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
        checkout.voidCharge(Reason.linkFailed(Reason.LinkFailure.MAINTENANCE));
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

    @Test
    void theCurrencyKeyOpensTheChooserAndATouchPicksOne(FxRobot r) {
        assertThat(text(r, "#currency")).startsWith("USD");

        r.clickOn("#currency");
        assertThat(visible(r, "#currency-chooser")).isTrue();
        assertThat(r.lookup("#currency-usd").queryButton().getStyleClass()).contains("primary-button");
        r.clickOn("#currency-" + Sales.BTC.assetId());

        assertThat(visible(r, "#currency-chooser")).isFalse();
        assertThat(text(r, "#currency")).startsWith("BTC");
        typeAmount(r, "0.00012345");
        assertThat(text(r, "#amount")).isEqualTo("0.00012345");
        assertThat(text(r, "#refusal")).isEmpty();
    }

    @Test
    void f3TypeToFindAndEnterTakesTheBestMatch(FxRobot r) {
        press(r, KeyCode.F3);
        assertThat(visible(r, "#currency-chooser")).isTrue();

        r.write("bt");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.lookup("#currency-usd").tryQuery()).isEmpty();
        press(r, KeyCode.ENTER);

        assertThat(text(r, "#currency")).startsWith("BTC");
        assertThat(visible(r, "#currency-chooser")).isFalse();
        assertThat(checkout.charged).as("Enter picked a currency; it did not charge").isEmpty();
    }

    @Test
    void escapeLeavesTheCurrencyAsItWasAndANonMatchSaysWhatToDo(FxRobot r) {
        press(r, KeyCode.F3);
        r.write("zz");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(r, "#currency-none")).isEqualTo(
                "No currency matches \u201czz\u201d. Delete a letter, or press Esc to keep USD.");

        press(r, KeyCode.ESCAPE);

        assertThat(visible(r, "#currency-chooser")).isFalse();
        assertThat(text(r, "#currency")).startsWith("USD");
        typeAmount(r, "5");
        assertThat(text(r, "#amount")).as("keys reach the keypad again").isEqualTo("5");
    }

    @Test
    void aRemarkTypedOnTheKeypadGoesWithTheSale(FxRobot r) {
        typeAmount(r, "8");
        r.clickOn("#remark");
        r.write("table 4");
        press(r, KeyCode.ENTER);

        var sale = checkout.completeCharge();
        assertThat(sale.sale().remark()).isEqualTo("table 4");
        assertThat(checkout.charged.get(0).value()).isEqualByComparingTo("8");
    }

    @Test
    void aLongAmountIsShownWholeNeverCutShort(FxRobot r) {
        r.interact(() -> stage.setWidth(1024));
        r.clickOn("#currency").clickOn("#currency-" + WIDE.assetId());
        typeAmount(r, "123456789.12345678");

        assertThat(text(r, "#amount")).isEqualTo("123456789.12345678");
        assertThat(r.lookup("#amount .text").queryAs(javafx.scene.text.Text.class).getText())
                .as("what the label draws").isEqualTo("123456789.12345678");
        assertThat(r.lookup("#amount").queryAs(javafx.scene.control.Label.class).getStyleClass())
                .anyMatch(c -> c.startsWith("amount-"));
    }

    @Test
    void theTouchKeysAreBigAndApart(FxRobot r) {
        javafx.geometry.Bounds seven = r.lookup("#key-7").query().getBoundsInParent();
        javafx.geometry.Bounds eight = r.lookup("#key-8").query().getBoundsInParent();
        javafx.geometry.Bounds four = r.lookup("#key-4").query().getBoundsInParent();

        assertThat(seven.getHeight()).as("at least 2 em of 18 px type").isGreaterThanOrEqualTo(72);
        assertThat(seven.getWidth()).isGreaterThanOrEqualTo(72);
        assertThat(eight.getMinX() - seven.getMaxX()).as("gap between keys").isGreaterThan(5);
        assertThat(four.getMinY() - seven.getMaxY()).as("gap between rows").isGreaterThan(5);
    }
}
