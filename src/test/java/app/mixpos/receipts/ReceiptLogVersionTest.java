package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import org.junit.jupiter.api.Test;

/** A change is stored only over the version it was made from; a stale one fails and changes nothing. */
class ReceiptLogVersionTest extends ReceiptLogTest {

    @Test
    void insertStoresVersionOneAndEachUpdateOneMore() {
        SaleSnapshot created = log.insert(Sales.creating("5", EUR, T0));
        SaleSnapshot open = log.update(Sales.opened(created, T0.plusSeconds(1)), SaleEvent.LINK_CREATED, "");
        SaleSnapshot paid = log.update(Sales.with(open, Outcome.PAID, "success", SurplusStatus.NO), SaleEvent.STATUS,
                "{}");

        assertThat(created.version()).isEqualTo(1);
        assertThat(open.version()).isEqualTo(2);
        assertThat(paid.version()).isEqualTo(3);
        assertThat(log.byOrderId(created.orderId())).contains(paid);
    }

    @Test
    void aChangeMadeFromAnOlderVersionFailsAndChangesNothing() {
        SaleSnapshot created = log.insert(Sales.creating("5", EUR, T0));
        SaleSnapshot open = log.update(Sales.opened(created, T0.plusSeconds(1)), SaleEvent.LINK_CREATED, "");
        SaleSnapshot staleCancel = created.with(created.state().cancel(T0.plusSeconds(2)));

        assertThatThrownBy(() -> log.update(staleCancel, SaleEvent.CANCELLED, ""))
                .isInstanceOfSatisfying(ReceiptLogConflictException.class, e -> {
                    assertThat(e.orderId()).isEqualTo(created.orderId());
                    assertThat(e.storedVersion()).isEqualTo(2);
                    assertThat(e.changedFrom()).isEqualTo(1);
                })
                .hasMessageContaining("Nothing was changed");

        assertThat(log.byOrderId(created.orderId())).contains(open);
        assertThat(log.events(created.orderId())).extracting(SaleEvent::kind)
                .containsExactly(SaleEvent.CREATED, SaleEvent.LINK_CREATED);
        assertThat(log.verifyChain()).isEqualTo(new ChainCheck(2, 0, ""));
    }

    @Test
    void ofTwoChangesFromTheSameVersionOnlyTheFirstLands() {
        SaleSnapshot open = log.update(Sales.opened(log.insert(Sales.creating("5", EUR, T0)), T0.plusSeconds(1)),
                SaleEvent.LINK_CREATED, "");
        SaleSnapshot cancelled = open.with(open.state().cancel(T0.plusSeconds(2)));
        SaleSnapshot paid = Sales.with(open, Outcome.PAID, "success", SurplusStatus.NO);

        SaleSnapshot first = log.update(cancelled, SaleEvent.CANCELLED, "");

        assertThatThrownBy(() -> log.update(paid, SaleEvent.STATUS, "{}"))
                .isInstanceOf(ReceiptLogConflictException.class);
        assertThat(log.byOrderId(open.orderId())).contains(first);
        assertThat(first.state().outcome()).isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void anUnknownSaleIsNotAConflict() {
        SaleSnapshot never = Sales.creating("1", EUR, T0).atVersion(3);

        assertThatThrownBy(() -> log.update(never, SaleEvent.STATUS, ""))
                .isInstanceOf(ReceiptLogException.class)
                .isNotInstanceOf(ReceiptLogConflictException.class)
                .hasMessageContaining("is not in the receipt log");
    }
}
