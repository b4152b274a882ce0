package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.records.SaleRecords;
import app.mixpos.sale.Amount;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.InMemorySaleStore;
import app.mixpos.ui.history.HistoryViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The recent sales in store mode: this till or the whole shop, the till of each sale, and a look-up in the store. */
class StoreHistoryViewModelTest {

    private static final Executor NOW = Runnable::run;
    private final FakeCheckout checkout = new FakeCheckout();
    private final InMemorySaleStore shop = new InMemorySaleStore();
    private final List<SaleSnapshot> shown = new ArrayList<>();
    private final HistoryViewModel history = new HistoryViewModel(checkout, checkout.records(), NOW, shown::add);

    private static SaleSnapshot at(String till, String amount) {
        Sale s = Sales.sale(new Amount(new BigDecimal(amount), QuoteAsset.USD), null);
        Sale ofTill = new Sale(s.orderId(), s.traceId(), s.amount(), s.settlementAssetId(), s.payeeId(), s.remark(),
                s.linkMode(), s.paymentLink(), s.createdAt(), s.expiresAt(), till);
        return Sales.open(ofTill);
    }

    @Test
    void standaloneOffersNoShopAndEverySaleIsThisTills() {
        assertThat(history.storeModeProperty().get()).isFalse();
        assertThat(history.isOwn(at("T2", "1"))).isTrue();
    }

    @Test
    void theWholeShopListsEveryTillsSalesAndThisTillOnlyItsOwn() {
        SaleSnapshot mine = at("T1", "10");
        SaleSnapshot theirs = at("T2", "20");
        checkout.sales.put(mine.orderId(), mine);
        shop.insert(mine);
        shop.insert(theirs);
        history.storeMode(new SaleRecords(shop, NOW), "T1");
        assertThat(history.storeModeProperty().get()).isTrue();

        history.refresh();
        assertThat(history.sales()).extracting(SaleSnapshot::orderId).containsExactly(mine.orderId());

        history.wholeShopProperty().set(true);
        assertThat(history.sales()).extracting(s -> s.sale().tillId()).containsExactly("T2", "T1");

        history.wholeShopProperty().set(false);
        assertThat(history.sales()).extracting(SaleSnapshot::orderId).containsExactly(mine.orderId());
    }

    @Test
    void aLookUpFindsASaleOfAnotherTillInTheStoreAndSaysWhere() {
        SaleSnapshot theirs = at("T2", "20");
        shop.insert(theirs);
        history.storeMode(new SaleRecords(shop, NOW), "T1");
        history.refresh();

        history.find(" " + theirs.orderId() + " ");

        assertThat(history.selectedProperty().get().orderId()).isEqualTo(theirs.orderId());
        assertThat(history.messageProperty().get())
                .isEqualTo("Found order " + theirs.orderId() + ", made at till T2.");

        history.find(theirs.sale().traceId().toString());
        assertThat(history.selectedProperty().get().orderId()).isEqualTo(theirs.orderId());
        assertThat(history.sales()).hasSize(1);
    }

    @Test
    void aLookUpSaysWhenNoTillHasTheSale() {
        history.storeMode(new SaleRecords(shop, NOW), "T1");
        history.find("POS-NOPE-1");
        assertThat(history.messageProperty().get())
                .isEqualTo("No sale POS-NOPE-1 at any till of this shop. Check the number on the receipt.");
        history.find("  ");
        assertThat(history.messageProperty().get()).isEqualTo("Type an order id or a trace id, then press Find.");
    }

    @Test
    void anotherTillsSaleIsNotCheckedNorShownAgainHere() {
        SaleSnapshot theirs = at("T2", "20");
        shop.insert(theirs);
        history.storeMode(new SaleRecords(shop, NOW), "T1");
        history.wholeShopProperty().set(true);
        history.selectedProperty().set(theirs);

        history.checkNow();
        assertThat(checkout.checked).isEmpty();
        assertThat(history.messageProperty().get())
                .isEqualTo("Order " + theirs.orderId() + " was made at till T2: check it or show it again there.");

        history.showAgain();
        assertThat(shown).isEmpty();
    }
}
