package app.mixpos.ui.customerdisplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.testing.MutableClock;
import app.mixpos.till.TillModel;
import app.mixpos.ui.FakeCheckout;
import app.mixpos.ui.Sales;
import app.mixpos.ui.customerdisplay.CustomerDisplayModel.Phase;
import app.mixpos.ui.text.Texts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The customer display's words and phases, following the till model the cashier's window drives. */
class CustomerDisplayModelTest {

    private final FakeCheckout checkout = new FakeCheckout();
    private final TillModel till = new TillModel(checkout);
    private final ManualScheduler timer = new ManualScheduler(new MutableClock(Instant.parse("2026-12-02T08:00:00Z")));
    private final CustomerDisplayModel display = new CustomerDisplayModel(till, Texts.english(), "Corner Café",
            Runnable::run, timer, Duration.ofSeconds(8));

    @Test
    void idleItShowsTheShopsNameAndAWelcome() {
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(display.title()).isEqualTo("Corner Café");
        assertThat(display.welcome()).isEqualTo("Welcome");
        CustomerDisplayModel untitled = new CustomerDisplayModel(till, Texts.english(), " ", Runnable::run, timer,
                Duration.ofSeconds(8));
        assertThat(untitled.title()).isEqualTo("Welcome");
        assertThat(untitled.welcome()).isEqualTo("Pay with your crypto wallet");
    }

    @Test
    void aSaleFacingTheCustomerShowsItsAmountQrAndStatusInTheCustomersWords() {
        SaleSnapshot s = Sales.open("12.50");
        till.face(s);

        assertThat(display.phaseProperty().get()).isEqualTo(Phase.PAYING);
        assertThat(display.amountProperty().get()).isEqualTo("12.50 USD");
        assertThat(display.linkProperty().get()).isEqualTo(s.sale().paymentLink());
        assertThat(display.orderIdProperty().get()).isEqualTo(s.orderId());
        assertThat(display.statusProperty().get()).isEqualTo("Scan with your wallet");

        checkout.push(Sales.status(s, "pending", null, "12.5", "12.5", "USDT"));
        assertThat(display.statusProperty().get()).isEqualTo("Payment seen — confirming");
        assertThat(display.toneProperty().get()).isEqualTo("progress");

        checkout.push(Sales.status(s, "paid_less", null, "10", "12.5", "USDT"));
        assertThat(display.statusProperty().get())
                .isEqualTo("Underpaid: 2.5 USDT still due, pay the rest with the same code");
        assertThat(display.toneProperty().get()).isEqualTo("warn");
        assertThat(display.linkProperty().get()).isEqualTo(s.sale().paymentLink());
    }

    @Test
    void paidItThanksTheCustomerThenGoesBackToIdleAfterAFewSeconds() {
        SaleSnapshot s = Sales.open("5");
        till.face(s);
        checkout.push(Sales.outcome(s, Outcome.PAID, "success"));

        assertThat(display.phaseProperty().get()).isEqualTo(Phase.PAID);
        assertThat(display.statusProperty().get()).isEqualTo("Paid — thank you");
        assertThat(display.linkProperty().get()).isEmpty();
        assertThat(display.amountProperty().get()).isEqualTo("5.00 USD");

        till.face(null); // the cashier pressed Enter: the thanks stay their few seconds
        timer.advance(Duration.ofSeconds(7));
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.PAID);
        timer.advance(Duration.ofSeconds(1));
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(display.amountProperty().get()).isEmpty();
    }

    @Test
    void theNextSaleReplacesTheThanksAtOnceAndTheOldTimerDoesNotEndIt() {
        SaleSnapshot first = Sales.open("5");
        till.face(first);
        checkout.push(Sales.outcome(first, Outcome.PAID, "success"));
        timer.advance(Duration.ofSeconds(5));

        SaleSnapshot next = Sales.open("7");
        till.face(next);
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.PAYING);
        timer.advance(Duration.ofSeconds(5));
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.PAYING);
        assertThat(display.orderIdProperty().get()).isEqualTo(next.orderId());
    }

    @Test
    void failedOrMismatchedTheCustomerIsToldItIsNotPaidAndToAskTheCashier() {
        SaleSnapshot s = Sales.open("5");
        till.face(s);
        checkout.push(Sales.failed(s, "40000"));
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.NOT_PAID);
        assertThat(display.statusProperty().get()).isEqualTo("Not paid — please ask the cashier");

        SaleSnapshot other = Sales.open("6");
        till.face(other);
        checkout.push(Sales.mismatch(other));
        assertThat(display.statusProperty().get()).isEqualTo("Not paid — please ask the cashier");
        timer.advance(Duration.ofSeconds(8));
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.IDLE);
    }

    @Test
    void aSurplusIsSaidToBeRefunded() {
        SaleSnapshot s = Sales.open("5");
        till.face(s);
        checkout.push(Sales.surplus(s, "0.5", SurplusStatus.PENDING));
        assertThat(display.statusProperty().get()).isEqualTo("Paid — thank you");
        assertThat(display.detailProperty().get()).isEqualTo("You paid 0.5 USDT more: MixPay refunds it to you.");
    }

    @Test
    void theCashierLeavingAnOpenSaleTakesItsQrOffAtOnce() {
        till.face(Sales.open("5"));
        till.face(null);
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(display.linkProperty().get()).isEmpty();
    }

    @Test
    void anOldResultTheCashierOpensIsNotShownToTheCustomer() {
        SaleSnapshot old = Sales.outcome(Sales.open("5"), Outcome.PAID, "success");
        till.face(old);
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.IDLE);
    }

    @Test
    void theThanksGoAtOnceWhenTheCashierOpensAnotherSalesResult() {
        SaleSnapshot s = Sales.open("5");
        till.face(s);
        checkout.push(Sales.outcome(s, Outcome.PAID, "success"));
        till.face(null);
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.PAID);

        till.face(Sales.failed(Sales.open("6"), "40000"));
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(display.statusProperty().get()).isEmpty();
    }

    @Test
    void disposedItFollowsNoMore() {
        display.dispose();
        till.face(Sales.open("5"));
        assertThat(display.phaseProperty().get()).isEqualTo(Phase.IDLE);
    }

    @Test
    void itSpeaksTheLanguageItIsGivenNotTheCashiers() {
        assertThat(display.texts()).isSameAs(Texts.english());
        CustomerDisplayModel other = new CustomerDisplayModel(till, Texts.of(java.util.Locale.GERMAN), "",
                Runnable::run, timer, Duration.ofSeconds(8));
        assertThat(other.texts().locale()).isEqualTo(java.util.Locale.GERMAN);
    }
}
