package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever goes wrong between the till and the store, and whenever, every change ends up in the store once. */
class ExactlyOncePropertiesTest {

    /** What happens to one delivery attempt's first commit. */
    enum Fault { NONE, ANSWER_LOST_AFTER_COMMIT, FAILED_BEFORE_COMMIT }

    @Property(tries = 8)
    void everyChangeReachesTheStoreExactlyOnceWhateverAnswersAreLost(
            @ForAll @IntRange(min = 1, max = 5) int batchSize,
            @ForAll @Size(min = 1, max = 5) List<Fault> faults,
            @ForAll @IntRange(min = 1, max = 4) int salesBetweenTries) throws Exception {
        StoreFixture store = new StoreFixture("exactlyonce").shop("S1").till("A1", "S1", null);
        Path dir = Files.createTempDirectory("exactly-once");
        MutableClock clock = new MutableClock(TillLogs.T0);
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            List<SaleSnapshot> sales = new ArrayList<>();
            int n = 0;
            for (Fault fault : faults) {
                for (int i = 0; i < salesBetweenTries; i++, n++) {
                    SaleSnapshot open = TillLogs.open(log, "A1", "1." + (10 + n), TillLogs.T0.plusSeconds(n));
                    sales.add(n % 2 == 0 ? TillLogs.pay(log, open, TillLogs.T0.plusSeconds(n).plusMillis(500)) : open);
                }
                new StoreSender(new ReceiptLogChanges(log, "A1"), faulty(store.owner(), fault), clock,
                        Backoff.DEFAULT, batchSize, false).deliverOnce();
            }
            StoreSender clean = new StoreSender(new ReceiptLogChanges(log, "A1"), store.owner(), clock,
                    Backoff.DEFAULT, batchSize, false);

            assertThat(clean.deliverOnce()).isTrue();

            long written = log.outboxPosition("A1").lastSeq();
            assertThat(log.outboxPosition("A1").acknowledgedSeq()).isEqualTo(written);
            assertThat(store.rows("SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM received_changes"))
                    .containsExactly(written + " " + written + " 1 " + written);
            assertThat(store.rows("SELECT count(*), bool_and(chain_ok) FROM events")).containsExactly(written + " t");
            assertThat(store.rows("SELECT events, broken_links FROM chain_heads")).containsExactly(written + " 0");
            assertThat(store.count("SELECT count(*) FROM conflicts")).isZero();
            for (SaleSnapshot s : sales) {
                assertThat(store.rows("SELECT outcome, version FROM sales WHERE order_id = ?", s.orderId()))
                        .containsExactly(s.state().outcome() + " " + s.version());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The data source, with the first commit of the attempt lost or failed as {@code fault} says. */
    static DataSource faulty(DataSource real, Fault fault) {
        if (fault == Fault.NONE) {
            return real;
        }
        AtomicBoolean done = new AtomicBoolean();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection c = (Connection) result;
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                boolean commit = m.getName().equals("commit") && done.compareAndSet(false, true);
                                if (commit && fault == Fault.FAILED_BEFORE_COMMIT) {
                                    c.rollback();
                                    c.close();
                                    throw new SQLException("connection reset before the commit", "08006");
                                }
                                Object r = invoke(c, m, a);
                                if (commit) {
                                    c.close();
                                    throw new SQLException("connection reset after the commit", "08006");
                                }
                                return r;
                            });
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
