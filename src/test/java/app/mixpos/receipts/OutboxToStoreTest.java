package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.store.Backoff;
import app.mixpos.store.StoreFixture;
import app.mixpos.store.StoreSender;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A till's whole history reaches the store and its chain verifies there, however old its first events are. */
class OutboxToStoreTest {

    @TempDir
    Path dir;

    @Test
    void aLogStartedBeforeTillsAndTheOutboxVerifiesAtTheStoreFromItsFirstEvent() throws Exception {
        Path file = dir.resolve("receipts.sqlite");
        try (LegacyLog legacy = LegacyLog.create(file)) {
            for (int i = 0; i < 3; i++) {
                SaleSnapshot s = Sales.creating("3.0" + i, EUR, T0.plusSeconds(10L * i));
                legacy.insert(s, null);
                legacy.update(s.with(s.state().voided(Reason.stoppedBeforeLink(), T0.plusSeconds(10L * i + 1))),
                        "The app stopped before the payment link was shown, so nothing can have been paid.",
                        "voided", "");
            }
        }
        StoreFixture store = new StoreFixture("legacy").shop("S1").till("OLD1", "S1", null);
        try (ReceiptLog log = ReceiptLog.open(file, "OLD1")) {
            SaleSnapshot fresh = log.insert(Sales.creating("9.99", EUR, T0.plusSeconds(100), "OLD1"));
            SaleSnapshot open = log.update(Sales.opened(fresh, T0.plusSeconds(101)), "link_created", "");
            log.update(Sales.with(open, Outcome.PAID, "success", SurplusStatus.NO), "status", "{}");

            StoreSender sender = new StoreSender(new ReceiptLogChanges(log, "OLD1"), store.owner(),
                    new MutableClock(T0), Backoff.DEFAULT, 4, false);
            assertThat(sender.deliverOnce()).isTrue();
        }

        assertThat(store.rows("SELECT chain_format, count(*), bool_and(chain_ok) FROM events GROUP BY chain_format "
                + "ORDER BY chain_format")).containsExactly("1 6 t", "2 3 t");
        assertThat(store.rows("SELECT events, broken_links FROM chain_heads")).containsExactly("9 0");
        assertThat(store.rows("SELECT outcome, count(*) FROM sales GROUP BY outcome ORDER BY outcome"))
                .containsExactly("PAID 1", "VOID 3");
        assertThat(store.rows("SELECT count(*) FROM sales WHERE detail LIKE 'The app stopped%'")).containsExactly("3");
    }
}
