package app.mixpos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.checkout.ConnectionHealth.Problem;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.ui.Sales;
import app.mixpos.ui.text.Texts;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lines above the screens come from the bundle, in the words they had when they were written in the code. */
class ShellWordsTest {

    private static final Texts EN = Texts.english();

    @Test
    void aNoticeSaysWhatHappenedToWhichSaleAndWhatToDo() {
        SaleSnapshot open = Sales.open("12.5");
        String sale = "order " + open.orderId() + ", 12.50 USD";

        assertThat(Banners.words(EN, Sales.outcome(open, Outcome.PAID, "success")))
                .isEqualTo("PAID: " + sale + " — paid while it was not on screen. Open it to see the result.");
        assertThat(Banners.words(EN, Sales.outcome(open, Outcome.PAID_AFTER_CANCEL, "success")))
                .isEqualTo("PAID AFTER CANCEL: " + sale + " — the customer paid a sale you cancelled.");
        assertThat(Banners.words(EN, Sales.surplus(open, "0.5", SurplusStatus.PENDING)))
                .isEqualTo("PAID WITH SURPLUS: " + sale
                        + " — paid (too much) while it was not on screen. Open it to see the refund.");
        assertThat(Banners.words(EN, Sales.failed(open, "40000")))
                .isEqualTo("PAYMENT FAILED: " + sale + " — do not hand over goods for it. Open it for the reason.");
        assertThat(Banners.words(EN, Sales.outcome(open, Outcome.MISMATCH, "success"))).isEqualTo(
                "DO NOT HAND OVER GOODS: " + sale + " — a payment did not match the sale. Open it for the detail.");
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeHasANoticeNamingItsOrderWithNoPlaceholderLeft(Outcome outcome) {
        SaleSnapshot s = Sales.outcome(Sales.open("3"), outcome, "success");

        assertThat(Banners.words(EN, s)).contains(s.orderId()).doesNotContain("{").doesNotContain("shell.");
    }

    @Test
    void anOutcomeWithoutItsOwnNoticeIsNamedInLowerCaseWords() {
        SaleSnapshot cancelled = Sales.outcome(Sales.open("3"), Outcome.CANCELLED, "unpaid");
        SaleSnapshot paidAfter = Sales.outcome(Sales.open("3"), Outcome.PAID_SURPLUS, "success");

        assertThat(Banners.words(EN, cancelled)).isEqualTo("Order " + cancelled.orderId() + ": cancelled.");
        assertThat(EN.get("shell.notice.other", paidAfter.orderId(), EN.get("common.outcome.PAID_SURPLUS")))
                .isEqualTo("Order " + paidAfter.orderId() + ": paid surplus.");
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyConnectionProblemHasWordsThatSayWhatToDo(Problem problem) {
        String line = Reachability.sentence(EN, new ConnectionHealth(true, null, problem, 10003));

        assertThat(line).startsWith("MixPay ").contains(" — ").doesNotContain("{").doesNotContain("shell.");
    }

    @Test
    void theReachabilityLinesAreTheWordsTheDomainUsedToHold() {
        assertThat(Reachability.sentence(EN, new ConnectionHealth(true, null, Problem.UNREACHABLE))).isEqualTo(
                "MixPay cannot be reached — check the internet connection; sales can't be taken until it is back.");
        assertThat(Reachability.sentence(EN, new ConnectionHealth(true, null, Problem.RATE_LIMITED)))
                .isEqualTo("MixPay asks us to slow down — a new sale may wait a few seconds for its QR.");
        assertThat(Reachability.sentence(EN, new ConnectionHealth(true, null, Problem.MAINTENANCE, 10008)))
                .isEqualTo("MixPay is under maintenance — sales can't be taken until MixPay answers again; try again"
                        + " in a few minutes.");
        assertThat(Reachability.sentence(EN, new ConnectionHealth(true, null, Problem.REFUSED, 10003)))
                .isEqualTo("MixPay refused the request (code 10003) — sales can't be taken until MixPay answers"
                        + " again; try again in a few minutes.");
    }

    @Test
    void noTroubleIsNoLine() {
        assertThat(Reachability.sentence(EN, null)).isEmpty();
        assertThat(Reachability.sentence(EN, ConnectionHealth.UNKNOWN)).isEmpty();
        assertThat(Reachability.sentence(EN, new ConnectionHealth(false, Instant.EPOCH, null, 0))).isEmpty();
    }

    @Test
    void theLogHeldLineSaysWhatToCloseAndNotToHandOverGoods() {
        assertThat(Banners.logHeld(EN)).startsWith("Another program is holding the receipt log")
                .endsWith("Do not hand over goods until the sale shows Paid.");
    }

    @Test
    void theCountOfFurtherNoticesSaysSaleOrSales() {
        assertThat(EN.get("shell.notices.more", 1)).isEqualTo(
                "… and 1 more sale to look at: each shows here when you open or dismiss one above.");
        assertThat(EN.get("shell.notices.more", 3)).startsWith("… and 3 more sales to look at");
    }
}
