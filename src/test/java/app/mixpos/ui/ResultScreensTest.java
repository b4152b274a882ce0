package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ResultScreensTest extends PosWindowHarness {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static boolean tone(FxRobot r, String tone) {
        return r.lookup("#result").queryAs(Parent.class).getStyleClass().contains("tone-" + tone);
    }

    @Test
    void paidIsGreenWithTheAmountPlaysTheCueAndStaysUntilEnter(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "12.5");
        push(Sales.outcome(s, Outcome.PAID, "success"));

        assertThat(visible(r, "#result")).isTrue();
        assertThat(tone(r, "paid")).isTrue();
        assertThat(text(r, "#result-title")).isEqualTo("PAID");
        assertThat(text(r, "#result-amount")).isEqualTo("12.50 USD");
        assertThat(sounds).containsExactly("paid");

        press(r, KeyCode.ENTER);
        assertThat(visible(r, "#amount")).isTrue();
        assertThat(text(r, "#amount")).isEqualTo("0");
    }

    @Test
    void paidWithSurplusFollowsTheRefundLive(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.surplus(s, "0.5", SurplusStatus.PENDING));

        assertThat(tone(r, "paid")).isTrue();
        assertThat(text(r, "#result-title")).isEqualTo("PAID — with surplus");
        assertThat(text(r, "#result-line-0")).isEqualTo("The customer paid 0.5 USDT too much: refund not started yet.");

        push(Sales.surplus(s, "0.5", SurplusStatus.SUCCESS));
        assertThat(text(r, "#result-line-0")).isEqualTo("The customer paid 0.5 USDT too much: refunded.");
    }

    @Test
    void failedGivesTheReasonInCashierWordsWithTheCode(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.failed(s, "40020"));

        assertThat(tone(r, "failed")).isTrue();
        assertThat(text(r, "#result-title")).isEqualTo("PAYMENT FAILED");
        assertThat(text(r, "#result-line-0"))
                .isEqualTo("The customer paid with the wrong asset; it is being refunded. Start a new sale.");
        assertThat(text(r, "#result-line-1")).contains("40020");
        assertThat(sounds).containsExactly("failed");

        press(r, KeyCode.ESCAPE);
        assertThat(visible(r, "#amount")).isTrue();
    }

    @Test
    void mismatchSaysDoNotHandOverGoodsWithWhatDiffered(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.mismatch(s, Reason.mismatch(Reason.MismatchField.AMOUNT, "10.00", "1.00")));

        assertThat(tone(r, "mismatch")).isTrue();
        assertThat(text(r, "#result-title")).isEqualTo("DO NOT HAND OVER GOODS");
        assertThat(text(r, "#result-line-1")).isEqualTo("for another amount (1.00 instead of 10.00)");
    }

    @Test
    void aCancelledSalePaidLaterRaisesANoticeThatOpensItsResult(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        press(r, KeyCode.ESCAPE, KeyCode.DELETE);
        typeAmount(r, "5");

        push(Sales.outcome(s, Outcome.PAID_AFTER_CANCEL, "success"));

        String notice = "#notice-" + s.orderId();
        assertThat(visible(r, notice)).isTrue();
        assertThat(r.lookup(notice + " .notice-text").queryLabeled().getText())
                .contains("PAID AFTER CANCEL", s.orderId(), "10.00 USD");
        assertThat(text(r, "#amount")).isEqualTo("5");
        assertThat(sounds).containsExactly("paid");

        r.clickOn(r.lookup(notice + " .button").queryButton());
        assertThat(text(r, "#result-title")).isEqualTo("PAID AFTER CANCEL");
        assertThat(r.lookup(notice).tryQuery()).isEmpty();
    }
}
