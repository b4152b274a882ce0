package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store server goes away and comes back: the till sells on, and the sender resumes where the store stopped. */
class StoreOutageTest {

    @TempDir
    Path dir;

    @Test
    void theSenderResumesAfterTheServerWasStoppedAndStartedAgain() throws Exception {
        int port = freePort();
        Path data = dir.resolve("pg");
        EmbeddedPostgres pg = start(data, port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        MutableClock clock = new MutableClock(TillLogs.T0);
        try (HikariDataSource pool = StoreDataSource.open(url, "postgres", "postgres", "A1");
             ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            StoreSender sender = new StoreSender(new ReceiptLogChanges(log, "A1"), pool, clock);
            register(pool);
            for (int i = 0; i < 3; i++) {
                TillLogs.open(log, "A1", "4.0" + i, TillLogs.T0.plusSeconds(i));
            }
            assertThat(sender.deliverOnce()).isTrue();
            assertThat(sender.status().waiting()).isZero();

            pg.close();
            for (int i = 3; i < 6; i++) {
                SaleSnapshot open = TillLogs.open(log, "A1", "4.0" + i, TillLogs.T0.plusSeconds(i));
                TillLogs.pay(log, open, TillLogs.T0.plusSeconds(i).plusMillis(500));
            }
            clock.advance(Duration.ofSeconds(10));
            assertThat(sender.deliverOnce()).isFalse();
            assertThat(sender.deliverOnce()).isFalse();

            StoreStatus down = sender.status();
            assertThat(down.reachability()).isEqualTo(StoreStatus.Reachability.UNREACHABLE);
            assertThat(down.problem()).isEqualTo(StoreStatus.Problem.UNREACHABLE);
            assertThat(down.waiting()).isEqualTo(9);
            assertThat(down.lastDeliveredAt()).isEqualTo(TillLogs.T0);
            assertThat(down.lastTryAt()).isEqualTo(TillLogs.T0.plusSeconds(10));
            assertThat(log.outboxPosition("A1").acknowledgedSeq()).isEqualTo(6);

            pg = start(data, port);
            assertThat(sender.deliverOnce()).isTrue();

            assertThat(sender.status()).extracting(StoreStatus::reachability, StoreStatus::waiting,
                    StoreStatus::problem).containsExactly(StoreStatus.Reachability.REACHABLE, 0L,
                    StoreStatus.Problem.NONE);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT seq), max(seq), "
                         + "(SELECT count(*) FROM sales), (SELECT count(*) FROM sales WHERE paid), "
                         + "(SELECT broken_links FROM chain_heads) FROM received_changes")) {
                rs.next();
                assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6))).containsExactly(15L, 15L, 15L, 6L, 3L, 0L);
            }
        } finally {
            pg.close();
        }
    }

    @Test
    void onItsOwnThreadTheSenderDeliversWhatIsWrittenAndTellsItsListeners() throws Exception {
        StoreFixture store = new StoreFixture("thread").shop("S1").till("A1", "S1", null);
        MutableClock clock = new MutableClock(TillLogs.T0);
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1");
             StoreSender sender = new StoreSender(new ReceiptLogChanges(log, "A1"), store.owner(), clock,
                     new Backoff(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofSeconds(1)), 100, false)) {
            List<StoreStatus> heard = new CopyOnWriteArrayList<>();
            CountDownLatch delivered = new CountDownLatch(1);
            List<String> threads = new CopyOnWriteArrayList<>();
            sender.subscribe(s -> {
                heard.add(s);
                threads.add(Thread.currentThread().getName());
                if (s.reachable() && s.waiting() == 0 && log.outboxPosition("A1").acknowledgedSeq() == 4) {
                    delivered.countDown();
                }
            });
            sender.start();
            TillLogs.open(log, "A1", "1.00", TillLogs.T0);
            TillLogs.open(log, "A1", "2.00", TillLogs.T0.plusSeconds(1));
            sender.nudge();

            assertThat(delivered.await(30, TimeUnit.SECONDS)).as("delivered within 30 s").isTrue();
            assertThat(store.count("SELECT count(*) FROM received_changes")).isEqualTo(4);
            assertThat(heard.get(0).reachability()).isEqualTo(StoreStatus.Reachability.NOT_YET_TRIED);
            assertThat(threads.subList(1, threads.size())).allMatch(t -> t.equals("store-sender-A1"));
        }
    }

    private static void register(javax.sql.DataSource ds) throws Exception {
        StoreSchema.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO shops (shop_id, name) VALUES ('S1', 'Shop')");
            s.execute("INSERT INTO tills (till_id, shop_id, name) VALUES ('A1', 'S1', 'Till A1')");
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
