package app.mixpos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.FakeCheckout;
import app.mixpos.ui.Sales;
import app.mixpos.ui.SoundCue;
import org.junit.jupiter.api.Test;

/** Navigation follows the sale facing the customer, and leaving a sale leaves nobody facing the customer. */
class NavigatorTest {

    private final FakeCheckout checkout = new FakeCheckout();
    private final ShellFixture shell = new ShellFixture(checkout, Runnable::run, SoundCue.SILENT);

    @Test
    void aSaleCancelledElsewhereWhileItsQrShowsGoesBackToTheKeypadAndNobodyFacesTheCustomer() {
        SaleSnapshot s = Sales.open("10");
        shell.showSale(s);

        checkout.push(Sales.outcome(s, Outcome.CANCELLED, "unpaid"));

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.KEYPAD);
        assertThat(shell.model.current().facing()).isNull();
        assertThat(shell.currentProperty().get()).isNull();
        assertThat(checkout.showing).containsExactly(s.orderId(), "null");
    }

    @Test
    void openingAnotherScreenLeavesNobodyFacingTheCustomer() {
        SaleSnapshot paid = Sales.outcome(Sales.open("10"), Outcome.PAID, "success");
        shell.showSale(paid);
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.RESULT);
        assertThat(shell.model.current().facing()).isEqualTo(paid);

        shell.open(Screen.SETTINGS);

        assertThat(shell.model.current().facing()).isNull();
        assertThat(shell.returnToProperty().get()).isEqualTo(Screen.KEYPAD);
    }

    @Test
    void aResultOpenedFromRecentSalesReturnsThere() {
        SaleSnapshot failed = Sales.failed(Sales.open("10"), "40000");
        shell.open(Screen.HISTORY);
        shell.showSale(failed);

        shell.leaveResult();

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.HISTORY);
        assertThat(shell.model.current().facing()).isNull();
    }
}
