package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A till delivers as its own role, under the row-level policies. The store must find the till's newest change without
 * reading the till's whole history (V102): before, each arriving change read every change the till had delivered, so
 * a till's deliveries slowed down with its age until a batch ran past the socket timeout. Counted in the work the
 * store does (function calls in the delivering transaction), never in time.
 */
class TillRoleHistoryTest {

    private static final AtomicInteger ROLES = new AtomicInteger();
    private static final int BATCH = 150;

    @TempDir
    Path dir;

    StoreFixture store;
    String roleA1;
    String roleA2;
    String roleB1;

    @BeforeEach
    void twoShopsThreeTills() throws Exception {
        store = new StoreFixture("rolehistory").shop("S1").shop("S2");
        roleA1 = role("a1");
        roleA2 = role("a2");
        roleB1 = role("b1");
        store.till("A1", "S1", roleA1).till("A2", "S1", roleA2).till("B1", "S2", roleB1);
        String database = store.url.substring(store.url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        store.sql("ALTER DATABASE " + database + " SET track_functions = 'all'");
    }

    @Test
    void theWorkOfABatchDoesNotGrowWithTheTillsHistory() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("A1.sqlite"), "A1")) {
            for (int i = 0; i < 4 * BATCH / 3; i++) {
                TillLogs.pay(log, TillLogs.open(log, "A1", "4.20", TillLogs.T0), TillLogs.T0.plusSeconds(3));
            }
            ReceiptLogChanges changes = new ReceiptLogChanges(log, "A1");
            assertThat(changes.lastSeq()).isEqualTo(4 * BATCH);

            long early = policyCallsDelivering(changes, 0);       // changes 1-150, nothing held before
            deliver(changes, BATCH, 2 * BATCH);                   // 151-450
            long late = policyCallsDelivering(changes, 3 * BATCH); // 451-600, 450 held before

            assertThat(late).as("row-policy function calls for 150 changes after 450, against after none")
                    .isEqualTo(early);
            assertThat(late).as("at most a few calls per change, not per change held").isLessThan(5L * BATCH);
            assertThat(store.rows("SELECT max(seq), count(*) FROM received_changes WHERE till_id = 'A1'"))
                    .containsExactly("600 600");
            assertThat(store.count("SELECT count(*) FROM events WHERE till_id = 'A1' AND NOT chain_ok")).isZero();
        }
    }

    @Test
    void theStoreItselfRefusesChangesThatLeaveAGapWhateverTheTillSends() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("A1.sqlite"), "A1")) {
            TillLogs.pay(log, TillLogs.open(log, "A1", "1.00", TillLogs.T0), TillLogs.T0.plusSeconds(3));
            StoreSender sender = new StoreSender(new ReceiptLogChanges(log, "A1"), as(roleA1),
                    new MutableClock(TillLogs.T0), Backoff.DEFAULT, 100, false);
            assertThat(sender.deliverOnce()).isTrue();
        }
        try (Connection c = as(roleA1).getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(insert("A1", 5)))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"))
                    .hasMessageContaining("changes 5 to 5 of till A1 do not follow the last change the store holds (3)");
            assertThatThrownBy(() -> s.execute(insert("A1", 4) + ", ('A1', 6, 'note', '{}', '')"))
                    .as("a hole inside one statement").isInstanceOf(SQLException.class)
                    .hasMessageContaining("do not follow");
            s.execute(insert("A1", 4) + ", ('A1', 5, 'note', '{}', '')");
        }
        assertThat(store.rows("SELECT seq FROM received_changes WHERE till_id = 'A1' ORDER BY seq"))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void aTillsRoleLearnsItsOwnHeadOnlyAndAnotherTillsRowsAreRefusedByThePolicy() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("A2.sqlite"), "A2")) {
            TillLogs.pay(log, TillLogs.open(log, "A2", "2.00", TillLogs.T0), TillLogs.T0.plusSeconds(3));
            assertThat(new StoreSender(new ReceiptLogChanges(log, "A2"), as(roleA2), new MutableClock(TillLogs.T0),
                    Backoff.DEFAULT, 100, false).deliverOnce()).isTrue();
        }
        try (Connection c = as(roleA1).getConnection()) {
            assertThat(head(c, "A1")).isEqualTo("0");
            assertThat(head(c, "A2")).as("another till's head, even in the same shop").isNull();
            assertThat(head(c, "B1")).isNull();
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(insert("A2", 4))).isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security").hasMessageNotContaining("(3)");
            }
        }
        try (Connection c = as(roleA2).getConnection()) {
            assertThat(head(c, "A2")).isEqualTo("3");
        }
        try (Connection c = store.ownerConnection()) {
            assertThat(head(c, "A2")).as("the owner reads any till's head").isEqualTo("3");
        }
    }

    private long policyCallsDelivering(ReceiptLogChanges changes, long after) throws SQLException {
        List<ChangeSource.Change> batch = changes.after(after, BATCH);
        try (Connection c = as(roleA1).getConnection()) {
            c.setAutoCommit(false);
            StoreReceiver.Received received = StoreReceiver.receive(c, "A1", batch);
            assertThat(received.added()).isEqualTo(BATCH);
            long calls;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(sum(calls), 0) "
                    + "FROM pg_stat_xact_user_functions WHERE funcname IN ('shop_of_till', 'shop_of_role', "
                    + "'till_of_role')")) {
                rs.next();
                calls = rs.getLong(1);
            }
            c.commit();
            return calls;
        }
    }

    private void deliver(ReceiptLogChanges changes, long after, int count) throws SQLException {
        try (Connection c = as(roleA1).getConnection()) {
            c.setAutoCommit(false);
            StoreReceiver.receive(c, "A1", changes.after(after, count));
            c.commit();
        }
    }

    private static String insert(String till, long seq) {
        return "INSERT INTO received_changes (till_id, seq, kind, payload, content_hash) VALUES ('" + till + "', "
                + seq + ", 'note', '{}', '')";
    }

    private static String head(Connection c, String till) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT received_head(?)")) {
            ps.setString(1, till);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private String role(String name) throws SQLException {
        String role = "history_" + name + "_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        store.sql("CREATE ROLE " + role + " LOGIN PASSWORD 'pw-" + role + "' IN ROLE " + StoreSchema.TILL_GROUP);
        return role;
    }

    private DataSource as(String role) {
        return store.dataSource(role, "pw-" + role);
    }
}
