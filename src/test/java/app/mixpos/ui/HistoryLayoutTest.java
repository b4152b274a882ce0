package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Amount;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SettlementAsset;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Recent sales stay readable at 1024 px with the training panel open: no amount, id or outcome cut short. */
class HistoryLayoutTest extends PosWindowHarness {

    private Stage stage;

    @Override
    boolean training() {
        return true;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void everySaleIsWholeAt1024WithTheTrainingPanelAndAt1920(FxRobot r) {
        SaleSnapshot btc = Sales.surplus(Sales.open(sale("P261201-234712-8F3K", "0.00012345", Sales.BTC)),
                "0.00000100", SurplusStatus.EXPIRED);
        SaleSnapshot usd = Sales.outcome(Sales.open(sale("P261201-234801-QW7Z", "12.50", app.mixpos.sale.QuoteAsset.USD)),
                Outcome.PAID, "success");
        SaleSnapshot big = Sales.open(sale("P261201-234855-ZZ9Y", "49999.99", app.mixpos.sale.QuoteAsset.USD));
        SaleSnapshot mismatch = Sales.outcome(Sales.open(sale("P261201-234901-MM4X", "9.90",
                app.mixpos.sale.QuoteAsset.USD)), Outcome.MISMATCH, "success");
        for (SaleSnapshot s : new SaleSnapshot[] {btc, usd, big, mismatch}) {
            checkout.sales.put(s.orderId(), s);
        }
        for (double[] size : new double[][] {{1024, 768}, {1280, 800}, {1920, 1080}}) {
            String at = (int) size[0] + "x" + (int) size[1];
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            press(r, KeyCode.F2);
            TableView<?> table = r.lookup("#sales").queryTableView();
            for (int i = 0; i < table.getItems().size(); i++) {
                int row = i;
                WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(row));
                WaitForAsyncUtils.waitForFxEvents(3);
                assertThat(TextCuts.in(stage.getScene())).as(at + " row " + row).isEmpty();
                assertThat(ScreenSizesTest.outside(stage.getScene())).as(at + " row " + row).isEmpty();
            }
            press(r, KeyCode.ESCAPE);
        }
    }

    private static Sale sale(String orderId, String amount, app.mixpos.sale.QuoteAsset asset) {
        return new Sale(orderId, UUID.randomUUID(), new Amount(new BigDecimal(amount), asset),
                SettlementAsset.USDT_ERC20.assetId(), Sales.PAYEE, null, LinkMode.ONE_TIME,
                "https://mixpay.me/code/" + UUID.randomUUID(), Sales.next());
    }
}
