package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each till logs in as a role of its own that writes only its own rows and reads only its own shop. */
class StoreRolesTest {

    private static final AtomicInteger ROLES = new AtomicInteger();

    @TempDir
    Path dir;

    StoreFixture store;
    String roleA1;
    String roleA2;
    String roleB1;

    @BeforeEach
    void twoShopsThreeTills() throws Exception {
        store = new StoreFixture("roles").shop("S1").shop("S2");
        roleA1 = role("a1");
        roleA2 = role("a2");
        roleB1 = role("b1");
        store.till("A1", "S1", roleA1).till("A2", "S1", roleA2).till("B1", "S2", roleB1);
        for (String[] till : new String[][] {{"A1", roleA1}, {"A2", roleA2}, {"B1", roleB1}}) {
            try (ReceiptLog log = ReceiptLog.open(dir.resolve(till[0] + ".sqlite"), till[0])) {
                TillLogs.pay(log, TillLogs.open(log, till[0], "3.00", TillLogs.T0), TillLogs.T0.plusSeconds(9));
                StoreSender sender = new StoreSender(new ReceiptLogChanges(log, till[0]), as(till[1]),
                        new MutableClock(TillLogs.T0), Backoff.DEFAULT, 100, true);
                assertThat(sender.deliverOnce()).as("till %s delivers as its own role", till[0]).isTrue();
            }
        }
    }

    @Test
    void aTillDeliversAsItsOwnRoleAndItsMigrateFindsNothingToDo() throws Exception {
        assertThat(store.rows("SELECT till_id, shop_id, version FROM sales ORDER BY till_id"))
                .containsExactly("A1 S1 3", "A2 S1 3", "B1 S2 3");
        assertThat(store.rows("SELECT till_id, events, broken_links FROM chain_heads ORDER BY till_id"))
                .containsExactly("A1 3 0", "A2 3 0", "B1 3 0");
    }

    @Test
    void aTillReadsItsOwnShopOnly() throws Exception {
        try (Connection c = as(roleA1).getConnection()) {
            assertThat(strings(c, "SELECT till_id FROM sales ORDER BY till_id")).isEqualTo("A1,A2");
            assertThat(strings(c, "SELECT DISTINCT till_id FROM events ORDER BY till_id")).isEqualTo("A1,A2");
            assertThat(strings(c, "SELECT till_id FROM tills ORDER BY till_id")).isEqualTo("A1,A2");
            assertThat(strings(c, "SELECT shop_id FROM shops")).isEqualTo("S1");
            assertThat(strings(c, "SELECT DISTINCT till_id FROM received_changes ORDER BY till_id")).isEqualTo("A1,A2");
            assertThat(strings(c, "SELECT till_id FROM chain_heads ORDER BY till_id")).isEqualTo("A1,A2");
            assertThat(strings(c, "SELECT count(*) FROM sales WHERE shop_id = 'S2'")).isEqualTo("0");
        }
        try (Connection c = as(roleB1).getConnection()) {
            assertThat(strings(c, "SELECT till_id FROM sales")).isEqualTo("B1");
        }
    }

    @Test
    void aTillCannotWriteAnotherTillsRows() throws Exception {
        try (Connection c = as(roleA1).getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO received_changes (till_id, seq, kind, payload, "
                    + "content_hash) VALUES ('A2', 4, 'sale_event', '{}', '')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> s.execute("INSERT INTO received_changes (till_id, seq, kind, payload, "
                    + "content_hash) VALUES ('B1', 1, 'sale_event', '{}', '')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThat(s.executeUpdate("UPDATE sales SET outcome = 'VOID' WHERE till_id = 'A2'"))
                    .as("another till's sale, though readable, is not its to change").isZero();
            assertThat(s.executeUpdate("UPDATE sales SET outcome = 'VOID' WHERE till_id = 'B1'")).isZero();
            assertThatThrownBy(() -> s.execute("UPDATE sales SET till_id = 'A2' WHERE till_id = 'A1'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> s.execute("INSERT INTO conflicts (till_id, seq, kind, offered_hash, detail) "
                    + "VALUES ('A2', 1, 'CHAIN_BROKEN', 'x', 'forged')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        assertThat(store.rows("SELECT till_id, outcome FROM sales ORDER BY till_id"))
                .containsExactly("A1 PAID", "A2 PAID", "B1 PAID");
        assertThat(store.count("SELECT count(*) FROM conflicts")).isZero();
    }

    @Test
    void aTillCannotChangeOrDeleteWhatTheStoreReceivedNorMoveItsChainHead() throws Exception {
        try (Connection c = as(roleA1).getConnection(); Statement s = c.createStatement()) {
            for (String sql : new String[] {
                "UPDATE events SET outcome = 'VOID' WHERE till_id = 'A1'",
                "DELETE FROM events WHERE till_id = 'A1'",
                "DELETE FROM received_changes WHERE till_id = 'A1'",
                "UPDATE received_changes SET payload = '{}' WHERE till_id = 'A1'",
                "DELETE FROM sales WHERE till_id = 'A1'",
                "UPDATE chain_heads SET last_hash = 'x' WHERE till_id = 'A1'",
                "DELETE FROM conflicts",
                "INSERT INTO tills (till_id, shop_id, name) VALUES ('X1', 'S1', 'sneaky')",
                "CREATE TABLE sneaky (n int)"}) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
        assertThat(store.rows("SELECT count(*), bool_and(chain_ok) FROM events WHERE till_id = 'A1'"))
                .containsExactly("3 t");
    }

    private String role(String name) throws SQLException {
        String role = "till_" + name + "_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        store.sql("CREATE ROLE " + role + " LOGIN PASSWORD 'pw-" + role + "' IN ROLE " + StoreSchema.TILL_GROUP);
        return role;
    }

    private DataSource as(String role) {
        return store.dataSource(role, "pw-" + role);
    }

    private static String strings(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(out.isEmpty() ? "" : ",").append(rs.getString(1));
            }
            return out.toString();
        }
    }
}
