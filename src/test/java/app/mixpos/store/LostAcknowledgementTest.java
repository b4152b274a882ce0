package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commits a batch and its answer never reaches the till: the resend must add nothing. */
class LostAcknowledgementTest {

    @TempDir
    Path dir;

    @Test
    void aBatchCommittedAtTheStoreWhoseAnswerIsLostIsSentAgainWithoutADuplicate() throws Exception {
        StoreFixture store = new StoreFixture("lostack").shop("S1").till("A1", "S1", null);
        MutableClock clock = new MutableClock(TillLogs.T0);
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            for (int i = 0; i < 5; i++) {
                SaleSnapshot open = TillLogs.open(log, "A1", "2.0" + i, TillLogs.T0.plusSeconds(i));
                if (i % 2 == 0) {
                    TillLogs.pay(log, open, TillLogs.T0.plusSeconds(i).plusMillis(900));
                }
            }
            long written = log.outboxPosition("A1").lastSeq();
            assertThat(written).isEqualTo(13);
            AtomicInteger commits = new AtomicInteger();
            // the second batch's commit reaches the server, then the connection drops before the answer arrives
            DataSource losing = commitThenLoseAnswer(store.owner(), () -> commits.incrementAndGet() == 2);
            StoreSender sender = new StoreSender(new ReceiptLogChanges(log, "A1"), losing, clock, Backoff.DEFAULT,
                    4, false);

            assertThat(sender.deliverOnce()).isFalse();

            assertThat(store.count("SELECT count(*) FROM received_changes")).as("committed at the store").isEqualTo(8);
            assertThat(log.outboxPosition("A1").acknowledgedSeq()).as("the till only knows of the first batch")
                    .isEqualTo(4);
            assertThat(sender.status().reachability()).isEqualTo(StoreStatus.Reachability.UNREACHABLE);
            assertThat(sender.status().waiting()).isEqualTo(9);
            String salesBefore = store.rows("SELECT string_agg(order_id || ':' || version || ':' || last_seq, ',' "
                    + "ORDER BY order_id) FROM sales").get(0);

            assertThat(sender.deliverOnce()).isTrue();

            assertThat(log.outboxPosition("A1").acknowledgedSeq()).isEqualTo(written);
            assertThat(store.rows("SELECT seq FROM received_changes ORDER BY seq"))
                    .containsExactly(StoreDeliveryTest.seqs(13));
            assertThat(store.count("SELECT count(*) FROM events")).isEqualTo(13);
            assertThat(store.count("SELECT count(*) FROM events WHERE NOT chain_ok")).isZero();
            assertThat(store.count("SELECT count(*) FROM sales")).isEqualTo(5);
            assertThat(store.count("SELECT count(*) FROM sales WHERE paid")).isEqualTo(3);
            assertThat(store.count("SELECT count(*) FROM conflicts")).isZero();
            assertThat(store.rows("SELECT events, broken_links FROM chain_heads")).containsExactly("13 0");
            assertThat(store.rows("SELECT string_agg(order_id || ':' || version || ':' || last_seq, ',' "
                    + "ORDER BY order_id) FROM sales WHERE last_seq <= 8").get(0))
                    .as("what the store took before the answer was lost is as it was")
                    .isEqualTo(salesBefore);
            assertThat(sender.status()).extracting(StoreStatus::waiting, StoreStatus::conflicts, StoreStatus::problem)
                    .containsExactly(0L, 0L, StoreStatus.Problem.NONE);
        }
    }

    /** Connections whose commit goes through and then fails as a dropped connection would, when {@code lose} says. */
    static DataSource commitThenLoseAnswer(DataSource real, java.util.function.BooleanSupplier lose) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (method.getName().equals("getConnection")) {
                        Connection c = (Connection) result;
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    Object r = invoke(c, m, a);
                                    if (m.getName().equals("commit") && lose.getAsBoolean()) {
                                        c.close();
                                        throw new SQLException("An I/O error occurred while sending to the backend.",
                                                "08006");
                                    }
                                    return r;
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
