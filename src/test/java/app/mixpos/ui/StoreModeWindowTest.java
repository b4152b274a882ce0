package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.records.SaleRecords;
import app.mixpos.records.StoreState;
import app.mixpos.records.StoreStates;
import app.mixpos.sale.Amount;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.InMemorySaleStore;
import app.mixpos.ui.window.PosWindow;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window in store mode: the store line follows the sender, and recent sales offer the whole shop. */
@ExtendWith(ApplicationExtension.class)
class StoreModeWindowTest {

    private final FakeCheckout checkout = new FakeCheckout();
    private final InMemorySaleStore shop = new InMemorySaleStore();
    private final List<Consumer<StoreState>> listeners = new CopyOnWriteArrayList<>();
    private volatile StoreState state = StoreState.STARTING;
    private final SaleSnapshot mine = at("TILL1", "12.50");
    private final SaleSnapshot theirs = at("TILL2", "7.25");

    private static SaleSnapshot at(String till, String amount) {
        Sale s = Sales.sale(new Amount(new BigDecimal(amount), QuoteAsset.USD), null);
        return Sales.open(new Sale(s.orderId(), s.traceId(), s.amount(), s.settlementAssetId(), s.payeeId(),
                s.remark(), s.linkMode(), s.paymentLink(), s.createdAt(), s.expiresAt(), till));
    }

    @Start
    void start(Stage stage) {
        checkout.sales.put(mine.orderId(), mine);
        shop.insert(mine);
        shop.insert(theirs);
        PosWindow window = new PosWindow(stage, checkout, checkout.records(),
                new UiOptions(false, QuoteAsset.USD, Sales.PAYEE, "one-time", null), new FakeSettings(), null,
                SoundCue.SILENT);
        window.storeMode(new StoreStates() {
            @Override
            public StoreState current() {
                return state;
            }

            @Override
            public AutoCloseable follow(Consumer<StoreState> listener) {
                listeners.add(listener);
                return () -> listeners.remove(listener);
            }
        }, new SaleRecords(shop, Runnable::run), "TILL1");
        window.show();
        stage.requestFocus();
    }

    private void publish(StoreState s) {
        state = s;
        listeners.forEach(l -> l.accept(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStoreLineFollowsTheSenderWithoutEverBlockingTheKeypad(FxRobot r) {
        assertThat(r.lookup("#store-line").queryAs(Labeled.class).getText()).startsWith("Store: connecting");

        publish(new StoreState(StoreState.Link.UNREACHABLE, 4, 0));
        assertThat(r.lookup("#store-line").queryAs(Labeled.class).getText())
                .startsWith("Store not reachable · 4 changes waiting");

        r.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.lookup("#amount").queryAs(Labeled.class).getText()).isEqualTo("5");

        publish(new StoreState(StoreState.Link.REACHABLE, 0, 0));
        assertThat(r.lookup("#store-line").queryAs(Labeled.class).getText())
                .isEqualTo("Store connected · all sales sent");
    }

    @Test
    void recentSalesOfferTheWholeShopWithATillColumnAndFindASaleOfAnotherTill(FxRobot r) {
        r.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = r.lookup("#sales").queryTableView();
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Time", "Till", "Amount",
                "Outcome");
        assertThat(orders(table)).containsExactly(mine.orderId());

        r.clickOn("#scope-whole-shop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(orders(table)).containsExactly(theirs.orderId(), mine.orderId());

        r.clickOn("#scope-this-till");
        r.clickOn("#find-key").write(theirs.orderId()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.lookup("#history-message").queryAs(Labeled.class).getText())
                .isEqualTo("Found order " + theirs.orderId() + ", made at till TILL2.");
        assertThat(r.lookup("#detail-title").queryAs(Labeled.class).getText()).endsWith(theirs.orderId());
        assertThat(checkout.showing).as("Enter in the look-up field finds; it does not show a sale")
                .doesNotContain(theirs.orderId(), mine.orderId());
        assertThat(r.lookup("#sales").query().isVisible()).isTrue();
    }

    private static List<String> orders(TableView<?> table) {
        return table.getItems().stream().map(i -> ((SaleSnapshot) i).orderId()).toList();
    }
}
