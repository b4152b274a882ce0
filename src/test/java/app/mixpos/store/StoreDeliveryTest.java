package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDeliveryTest {

    @TempDir
    Path dir;

    @Test
    void deliversEveryChangeInOrderInBatchesAndMovesTheHighWaterMarkOnlyAfterTheCommit() throws Exception {
        StoreFixture store = new StoreFixture("delivery").shop("S1").till("A1", "S1", null);
        MutableClock clock = new MutableClock(TillLogs.T0);
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            List<SaleSnapshot> sales = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                SaleSnapshot open = TillLogs.open(log, "A1", (i + 1) + ".25", TillLogs.T0.plusSeconds(60L * i));
                sales.add(i % 2 == 0 ? TillLogs.pay(log, open, TillLogs.T0.plusSeconds(60L * i + 30)) : open);
            }
            assertThat(log.outboxPosition("A1").lastSeq()).isEqualTo(7 * 2 + 4);
            StoreSender sender = new StoreSender(new ReceiptLogChanges(log, "A1"), store.owner(), clock,
                    Backoff.DEFAULT, 4, false);

            assertThat(sender.deliverOnce()).isTrue();

            assertThat(log.outboxPosition("A1").acknowledgedSeq()).isEqualTo(18);
            assertThat(sender.status().waiting()).isZero();
            assertThat(sender.status().reachable()).isTrue();
            assertThat(store.rows("SELECT seq FROM received_changes WHERE till_id = 'A1' ORDER BY seq"))
                    .containsExactly(seqs(18));
            assertThat(store.count("SELECT count(*) FROM events WHERE chain_ok")).isEqualTo(18);
            assertThat(store.rows("SELECT events, broken_links FROM chain_heads WHERE till_id = 'A1'"))
                    .containsExactly("18 0");
            for (SaleSnapshot s : sales) {
                assertThat(store.rows("SELECT shop_id, outcome, amount::text, version FROM sales WHERE order_id = ?",
                        s.orderId())).containsExactly("S1 " + s.state().outcome() + " " + s.sale().amount().toWire()
                        + " " + s.version());
            }
            assertThat(store.rows("SELECT sum(amount)::text FROM sales WHERE paid")).containsExactly("17.00");
        }
    }

    @Test
    void theOwnersSetUpCommandMigratesOnceAndThenFindsNothingToDo() throws java.io.IOException {
        app.mixpos.testing.TestPostgres server = app.mixpos.testing.TestPostgres.server();
        String url = server.freshDatabase("setup");
        // every migration file in db/store (they are added in parallel: V1, V100, V101, V102 ...)
        java.util.List<Integer> versions;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/store"))) {
            versions = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.valueOf(n.substring(1, n.indexOf("__")))).sorted().toList();
        }
        int newest = versions.get(versions.size() - 1);

        assertThat(StoreSchema.setUp(url, server.user(), server.password()))
                .isEqualTo("The store schema is at version " + newest + " (" + versions.size()
                        + " migrations applied now).");
        assertThat(StoreSchema.setUp(url, server.user(), server.password()))
                .isEqualTo("The store schema is at version " + newest + " (0 migrations applied now).");
    }

    static String[] seqs(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = Integer.toString(i + 1);
        }
        return s;
    }
}
