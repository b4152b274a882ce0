package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class HistoryAndSettingsTest extends PosWindowHarness {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void f2ListsRecentSalesWithTheirHistoryAndChecksOneNow(FxRobot r) {
        SaleSnapshot paid = Sales.outcome(Sales.open("3.00"), Outcome.PAID, "success");
        SaleSnapshot open = Sales.open("7.00");
        checkout.sales.put(paid.orderId(), paid);
        checkout.sales.put(open.orderId(), open);
        checkout.events.put(open.orderId(), List.of(new SaleEvent(1, open.orderId(), Sales.next(),
                SaleEvent.LINK_CREATED, Outcome.OPEN, "unpaid", null, "", Sale.UNNAMED_TILL)));

        press(r, KeyCode.F2);

        TableView<?> table = r.lookup("#sales").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(text(r, "#detail-title")).isEqualTo("7.00 USD · order " + open.orderId());
        assertThat(r.lookup("#events").queryListView().getItems()).hasSize(1);

        press(r, KeyCode.F5);
        assertThat(checkout.checked).containsExactly(open.orderId());
    }

    @Test
    void enterOnAnOpenSaleShowsItsQrAgain(FxRobot r) throws Exception {
        SaleSnapshot open = Sales.open("7.00");
        checkout.sales.put(open.orderId(), open);
        press(r, KeyCode.F2);

        press(r, KeyCode.ENTER);

        assertThat(visible(r, "#qr")).isTrue();
        assertThat(decodeQr(r)).isEqualTo(open.sale().paymentLink());
        assertThat(checkout.showing).last().isEqualTo(open.orderId());
    }

    @Test
    void aResultOpenedFromRecentSalesGoesBackToTheList(FxRobot r) {
        SaleSnapshot paid = Sales.outcome(Sales.open("3.00"), Outcome.PAID, "success");
        checkout.sales.put(paid.orderId(), paid);
        press(r, KeyCode.F2);

        press(r, KeyCode.ENTER);
        assertThat(visible(r, "#result")).isTrue();
        assertThat(text(r, "#next-sale")).isEqualTo("Back to recent sales (Enter)");

        press(r, KeyCode.ESCAPE);
        assertThat(visible(r, "#sales")).isTrue();
        assertThat(visible(r, "#result")).isFalse();

        press(r, KeyCode.ESCAPE);
        assertThat(visible(r, "#amount")).isTrue();
        chargeOpen(r, "2");
        checkout.push(Sales.outcome(checkout.lastCharged(), Outcome.PAID, "success"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(r, "#next-sale")).as("a sale charged on the keypad goes on to the next sale")
                .isEqualTo("Next sale (Enter)");
    }

    @Test
    void settingsCheckThePayeeIdAsTypedAndSaveThroughTheEditor(FxRobot r) throws Exception {
        press(r, KeyCode.F10);
        TextField payee = r.lookup("#payee").queryAs(TextField.class);
        assertThat(payee.getText()).isEqualTo(Sales.PAYEE);

        r.interact(() -> payee.setText("1b2c3d4e-00"));
        assertThat(text(r, "#payee-problem")).startsWith("Not complete");
        assertThat(r.lookup("#save-settings").queryButton().isDisabled()).isTrue();

        r.interact(() -> payee.setText("1b2c3d4e-zz"));
        assertThat(text(r, "#payee-problem")).contains("only 0–9, a–f and dashes");

        String next = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
        r.interact(() -> payee.setText(next));
        assertThat(text(r, "#payee-problem")).isEmpty();
        r.clickOn("#save-settings");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !settings.saved.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(settings.saved.get(0).payeeId()).isEqualTo(next);
        assertThat(settings.saved.get(0).currency()).isEqualTo("usd");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> text(r, "#settings-message").startsWith("Saved to "));

        press(r, KeyCode.ESCAPE);
        assertThat(visible(r, "#amount")).isTrue();
    }
}
