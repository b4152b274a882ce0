package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.SaleSnapshot;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class PaymentScreenTest extends PosWindowHarness {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void unpaidSaysWaitingForPayment(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.status(s, "unpaid", -1, null, null, null));

        assertThat(text(r, "#payment-status")).isEqualTo("Waiting for payment");
    }

    @Test
    void confirmingCountsTheConfirmations(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.status(s, "confirming", 3, null, null, null));

        assertThat(text(r, "#payment-status")).isEqualTo("Payment seen\n3\u00A0confirmations");
    }

    @Test
    void underpaidShowsWhatIsStillDueAndKeepsTheSameQr(FxRobot r) throws Exception {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.status(s, "paid_less", -1, "8.5", "10", "USDT"));

        assertThat(text(r, "#payment-status"))
                .isEqualTo("Underpaid — 1.5 USDT still due. Top up with the same QR code.");
        assertThat(decodeQr(r)).isEqualTo(s.sale().paymentLink());
    }

    @Test
    void pendingIsProcessingNotPaid(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.status(s, "pending", -1, null, null, null));

        assertThat(text(r, "#payment-status")).isEqualTo("Processing (pending) — not paid yet, please wait");
    }

    @Test
    void auditingIsUnderReview(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.status(s, "auditing", -1, null, null, null));

        assertThat(text(r, "#payment-status")).isEqualTo("Under review at MixPay (auditing) — please wait");
    }

    @Test
    void anUnknownStatusIsShownVerbatim(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");
        push(Sales.status(s, "processing_v2", -1, null, null, null));

        assertThat(text(r, "#payment-status")).isEqualTo("MixPay says: processing_v2");
    }

    @Test
    void connectionTroubleSaysStillCheckingWithTheTimeOfTheLastAnswer(FxRobot r) {
        chargeOpen(r, "10");
        Instant last = Instant.parse("2026-03-02T09:15:30Z");
        checkout.setHealth(new ConnectionHealth(true, last, ConnectionHealth.Problem.UNREACHABLE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visible(r, "#payment-connection")).isTrue();
        assertThat(text(r, "#payment-connection"))
                .isEqualTo("Connection trouble — still checking (last answer at " + Format.clock(app.mixpos.ui.text.Texts.english(), last) + ")");

        checkout.setHealth(new ConnectionHealth(false, Instant.now(), null, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(r, "#payment-connection")).isFalse();
    }

    @Test
    void escapeAsksBeforeCancellingAndEscapeAgainKeepsWaiting(FxRobot r) {
        chargeOpen(r, "10");

        press(r, KeyCode.ESCAPE);
        assertThat(visible(r, "#cancel-confirm")).isTrue();
        assertThat(checkout.cancelled).isEmpty();

        press(r, KeyCode.ESCAPE);
        assertThat(visible(r, "#cancel-confirm")).isFalse();
        assertThat(visible(r, "#qr")).isTrue();
        assertThat(checkout.cancelled).isEmpty();
    }

    @Test
    void confirmedCancelCancelsAndReturnsToTheKeypad(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");

        press(r, KeyCode.ESCAPE, KeyCode.DELETE);

        assertThat(checkout.cancelled).containsExactly(s.orderId());
        assertThat(visible(r, "#amount")).isTrue();
        assertThat(visible(r, "#qr")).isFalse();
        assertThat(checkout.showing).last().isEqualTo("null");
    }

    @Test
    void theLinkUnderTheQrShowsThePaymentIdWholeOnItsOwnLine(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "10");

        String link = s.sale().paymentLink();
        String uuid = link.substring(link.lastIndexOf('/') + 1);
        assertThat(text(r, "#payment-link")).isEqualTo(link.substring(0, link.lastIndexOf('/') + 1) + "\n" + uuid);
        javafx.scene.control.Label shown = r.lookup("#payment-link").queryAs(javafx.scene.control.Label.class);
        assertThat(TextCuts.shown(shown)).isEqualTo(shown.getText());
        javafx.scene.text.Text id = new javafx.scene.text.Text(uuid);
        id.setFont(shown.getFont());
        assertThat(id.getLayoutBounds().getWidth()).as("the id fits on its line")
                .isLessThanOrEqualTo(shown.getWidth() - shown.snappedLeftInset() - shown.snappedRightInset());
    }
}
