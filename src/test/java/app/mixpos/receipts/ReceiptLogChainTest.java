package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.SaleSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptLogChainTest {

    private static final String NO_UPDATE = "CREATE TRIGGER sale_events_no_update BEFORE UPDATE ON sale_events "
            + "BEGIN SELECT RAISE(ABORT, 'append-only'); END";
    private static final String NO_DELETE = "CREATE TRIGGER sale_events_no_delete BEFORE DELETE ON sale_events "
            + "BEGIN SELECT RAISE(ABORT, 'append-only'); END";

    @TempDir
    Path dir;

    @Test
    void anIntactLogVerifiesWithItsEventCount() {
        Path file = logWithSales(5);

        try (ReceiptLog log = ReceiptLog.open(file)) {
            assertThat(log.verifyChain()).isEqualTo(new ChainCheck(10, 0, ""));
            assertThat(log.verifyChain().isIntact()).isTrue();
        }
    }

    @Test
    void anEmptyLogIsIntact() {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.db"))) {
            assertThat(log.verifyChain()).isEqualTo(new ChainCheck(0, 0, ""));
        }
    }

    @Test
    void eachEventChainsFromTheOneBeforeStartingAtGenesis() throws SQLException {
        Path file = logWithSales(2);

        List<String[]> rows = rows(file, "SELECT prev_hash, hash FROM sale_events ORDER BY id");
        assertThat(rows.get(0)[0]).isEqualTo(HashChain.GENESIS);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i)[0]).isEqualTo(rows.get(i - 1)[1]);
            assertThat(rows.get(i)[1]).hasSize(64).matches("[0-9a-f]+");
        }
    }

    @Test
    void anAlteredRawBodyIsReportedAtThatEvent() throws SQLException {
        Path file = logWithSales(4);
        long target = eventId(file, 5);
        behindTheTriggers(file, "UPDATE sale_events SET raw_body = '{\"status\":\"success\"}' WHERE id = " + target);

        try (ReceiptLog log = ReceiptLog.open(file)) {
            ChainCheck check = log.verifyChain();
            assertThat(check.isIntact()).isFalse();
            assertThat(check.firstBadEvent()).isEqualTo(target);
            assertThat(check.events()).isEqualTo(8);
            assertThat(check.problem()).contains("contents were changed");
        }
    }

    @Test
    void aDeletedEventIsReportedAtTheEventAfterIt() throws SQLException {
        Path file = logWithSales(4);
        long deleted = eventId(file, 3);
        behindTheTriggers(file, "DELETE FROM sale_events WHERE id = " + deleted);

        ChainCheck check = ReceiptLog.verifyFile(file);
        assertThat(check.firstBadEvent()).isEqualTo(eventId(file, 3));
        assertThat(check.firstBadEvent()).isGreaterThan(deleted);
        assertThat(check.problem()).contains("removed or changed");
    }

    @Test
    void aDeletedLastEventIsReported() throws SQLException {
        Path file = logWithSales(3);
        long last = eventId(file, 6);
        behindTheTriggers(file, "DELETE FROM sale_events WHERE id = " + last);

        ChainCheck check = ReceiptLog.verifyFile(file);
        assertThat(check.firstBadEvent()).isEqualTo(last);
        assertThat(check.problem()).contains("missing");
    }

    @Test
    void eventsStayAppendOnlyAfterTheChainWasAdded() {
        Path file = logWithSales(1);

        assertThatThrownBy(() -> execute(file, "UPDATE sale_events SET raw_body = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute(file, "DELETE FROM sale_events")).hasMessageContaining("append-only");
    }

    @Test
    void aVersionOneLogIsChainedInOrderWhenOpened() throws SQLException {
        Path file = legacyLogWithSales(3);
        List<String[]> chained = rows(file, "SELECT prev_hash, hash FROM sale_events ORDER BY id");
        downgradeToVersionOne(file);

        try (ReceiptLog log = ReceiptLog.open(file)) {
            assertThat(log.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(log.verifyChain()).isEqualTo(new ChainCheck(6, 0, ""));
        }
        List<String[]> backfilled = rows(file, "SELECT prev_hash, hash FROM sale_events ORDER BY id");
        assertThat(backfilled).usingRecursiveFieldByFieldElementComparator().isEqualTo(chained);
        assertThatThrownBy(() -> execute(file, "DELETE FROM sale_events")).hasMessageContaining("append-only");
    }

    @Test
    void checkingAFileLeavesItAsItWas() throws IOException {
        Path file = logWithSales(3, dir.resolve("Owner's shop #1/receipts.db"));
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore = list(file.getParent());

        assertThat(ReceiptLog.verifyFile(file)).isEqualTo(new ChainCheck(6, 0, ""));

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(list(file.getParent())).isEqualTo(filesBefore);
    }

    @Test
    void checkingAVersionOneFileSaysSoAndDoesNotMigrateIt() throws Exception {
        Path file = legacyLogWithSales(1);
        downgradeToVersionOne(file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> ReceiptLog.verifyFile(file)).isInstanceOf(ReceiptLogException.class)
                .hasMessageContaining("schema version 1");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void checkingAMissingFileSaysThereIsNone() {
        Path file = dir.resolve("nothing.db");

        assertThatThrownBy(() -> ReceiptLog.verifyFile(file)).hasMessageContaining("no receipt log");
        assertThat(file).doesNotExist();
    }

    private Path logWithSales(int count) {
        return logWithSales(count, dir.resolve("receipts.db"));
    }

    private static Path logWithSales(int count, Path file) {
        try (ReceiptLog log = ReceiptLog.open(file)) {
            for (int i = 0; i < count; i++) {
                SaleSnapshot s = log.insert(Sales.creating(String.valueOf(i + 1), EUR, T0.plusSeconds(i)));
                log.update(Sales.opened(s, T0.plusSeconds(i)), "link_created", "{\"code\":" + i + "}");
            }
        }
        return file;
    }

    /** A log as the release before schema 4 wrote it: {@code count} sales, each created and linked. */
    private Path legacyLogWithSales(int count) throws SQLException {
        Path file = dir.resolve("receipts.db");
        try (LegacyLog legacy = LegacyLog.create(file)) {
            for (int i = 0; i < count; i++) {
                SaleSnapshot s = Sales.creating(String.valueOf(i + 1), EUR, T0.plusSeconds(i));
                legacy.insert(s, null);
                legacy.update(Sales.opened(s, T0.plusSeconds(i)), null, "link_created", "{\"code\":" + i + "}");
            }
        }
        return file;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** The id of the {@code n}th event (1-based). */
    private static long eventId(Path file, int n) throws SQLException {
        return Long.parseLong(rows(file, "SELECT id FROM sale_events ORDER BY id LIMIT 1 OFFSET " + (n - 1)).get(0)[0]);
    }

    private static void behindTheTriggers(Path file, String sql) throws SQLException {
        execute(file, "DROP TRIGGER sale_events_no_update", "DROP TRIGGER sale_events_no_delete", sql, NO_UPDATE,
                NO_DELETE);
    }

    private static void downgradeToVersionOne(Path file) throws SQLException {
        execute(file, "DROP TRIGGER sale_events_no_update", "DROP TRIGGER sale_events_no_delete",
                "ALTER TABLE sale_events DROP COLUMN hash", "ALTER TABLE sale_events DROP COLUMN prev_hash",
                "ALTER TABLE sales DROP COLUMN expires_at",
                NO_UPDATE, NO_DELETE, "PRAGMA user_version = 1");
    }

    private static void execute(Path file, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }

    private static List<String[]> rows(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String[]> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
