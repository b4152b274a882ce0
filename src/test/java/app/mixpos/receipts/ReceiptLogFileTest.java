package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptLogFileTest {

    @TempDir
    Path dir;

    @Test
    void openCreatesMissingFoldersAndTheLatestSchema() {
        Path file = dir.resolve("data/shop/receipts.db");

        try (ReceiptLog log = ReceiptLog.open(file)) {
            assertThat(log.schemaVersion()).isEqualTo(Migrations.latest()).isEqualTo(7);
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void aTillIdThatIsNotOneIsRefusedBeforeAnythingIsCreated() {
        Path file = dir.resolve("data/receipts.db");

        assertThatThrownBy(() -> ReceiptLog.open(file, "till 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A-Z 0-9");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void anOpenedLogUsesWalAndFullSync() {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.db"))) {
            assertThat(pragma(log, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(log, "synchronous")).isEqualTo("2");
            assertThat(pragma(log, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(log, "busy_timeout"))).isPositive();
        }
    }

    @Test
    void aVersionTwoLogGainsTheExpiryColumnEmptyForItsOldSales() throws SQLException {
        Path file = dir.resolve("receipts.db");
        SaleSnapshot old = Sales.sale("4.00", EUR, T0, Outcome.OPEN);
        try (LegacyLog legacy = LegacyLog.create(file)) {
            legacy.insert(old, null);
        }
        execute(file, "ALTER TABLE sales DROP COLUMN expires_at");
        execute(file, "PRAGMA user_version = 2");

        try (ReceiptLog log = ReceiptLog.open(file)) {
            assertThat(log.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(log.byOrderId(old.orderId()).orElseThrow().sale().expiresAt()).isNull();
            SaleSnapshot fresh = log.insert(Sales.sale("5.00", EUR, T0, Outcome.OPEN));
            assertThat(log.byOrderId(fresh.orderId())).contains(fresh);
            assertThat(log.verifyChain().isIntact()).isTrue();
        }
    }

    @Test
    void reopeningKeepsEverythingAndDoesNotMigrateAgain() {
        Path file = dir.resolve("receipts.db");
        SaleSnapshot sale = Sales.sale("12.50", EUR, T0, Outcome.PAID);
        try (ReceiptLog log = ReceiptLog.open(file)) {
            log.insert(sale);
            log.saveQuoteAssets(List.of(QuoteAsset.USD));
        }

        try (ReceiptLog log = ReceiptLog.open(file)) {
            assertThat(log.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(log.byOrderId(sale.orderId())).contains(sale.atVersion(1));
            assertThat(log.events(sale.orderId())).hasSize(1);
            assertThat(log.quoteAssets()).containsExactly(QuoteAsset.USD);
        }
    }

    @Test
    void aFileOfRandomBytesIsRefusedAndLeftUntouched() throws IOException {
        Path file = dir.resolve("receipts.db");
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(file, garbage);

        assertDamagedAndUntouched(file);
    }

    @Test
    void aTextFileIsRefusedAndLeftUntouched() throws IOException {
        Path file = dir.resolve("receipts.db");
        Files.writeString(file, "order,amount\n1,12.50\n");

        assertDamagedAndUntouched(file);
    }

    @Test
    void aLogCutShortAtAPageBoundaryIsRefusedAndLeftUntouched() throws IOException {
        Path file = logWithSales(20);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2 / 4096 * 4096));

        assertDamagedAndUntouched(file);
    }

    @Test
    void aLogCutShortMidPageIsRefusedAndLeftUntouched() throws IOException {
        Path file = logWithSales(20);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2 + 123));

        assertDamagedAndUntouched(file);
    }

    @Test
    void aLogCutShortInsideTheHeaderIsRefusedAndLeftUntouched() throws IOException {
        Path file = logWithSales(1);
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 60));

        assertDamagedAndUntouched(file);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        execute(file, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> ReceiptLog.open(file)).isInstanceOf(ReceiptLogException.class)
                .hasMessageContaining("not a receipt log");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aLogFromANewerAppIsRefused() throws Exception {
        Path file = dir.resolve("receipts.db");
        ReceiptLog.open(file).close();
        execute(file, "PRAGMA user_version = 99");

        assertThatThrownBy(() -> ReceiptLog.open(file)).isInstanceOf(ReceiptLogException.class)
                .hasMessageContaining("newer");
    }

    @Test
    void aFailedWriteThrowsReceiptLogExceptionNamingTheFile() {
        Path file = dir.resolve("receipts.db");
        try (ReceiptLog log = ReceiptLog.open(file)) {
            SaleSnapshot sale = Sales.creating("1", EUR, T0);
            log.insert(sale);

            assertThatThrownBy(() -> log.insert(sale)).isInstanceOf(ReceiptLogException.class)
                    .hasMessageContaining(file.toString());
        }
    }

    private Path logWithSales(int count) {
        Path file = dir.resolve("receipts.db");
        try (ReceiptLog log = ReceiptLog.open(file)) {
            for (int i = 0; i < count; i++) {
                log.update(insertOpen(log, i), "status", "{\"padding\":\"" + "x".repeat(2000) + "\"}");
            }
        }
        return file;
    }

    private static SaleSnapshot insertOpen(ReceiptLog log, int i) {
        SaleSnapshot s = log.insert(Sales.creating(String.valueOf(i + 1), EUR, T0.plusSeconds(i)));
        return Sales.opened(s, T0.plusSeconds(i));
    }

    private static void assertDamagedAndUntouched(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> ReceiptLog.open(file)).isInstanceOf(ReceiptLogException.class)
                .hasMessageContaining("receipt log at " + file)
                .hasMessageContaining("damaged or unreadable");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static String pragma(ReceiptLog log, String name) {
        return log.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
