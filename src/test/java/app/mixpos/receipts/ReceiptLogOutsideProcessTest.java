package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.testing.OutsideSqlite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receipt log open in this process while another program reads and writes it, as README invites an accountant
 * to do. The till must keep SQLite's locks on the file the whole time; otherwise the other program checkpoints and
 * deletes the -wal the till is still writing into, and the next crash loses every sale since.
 */
class ReceiptLogOutsideProcessTest {

    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @BeforeEach
    void needsSqlite3() {
        OutsideSqlite.requireCommand();
    }

    @Test
    void theChainCheckBesideTheOpenLogKeepsItsLocksSoAnOutsideReaderDeletesNothing() {
        Path file = dir.resolve("receipts.sqlite");
        try (ReceiptLog log = ReceiptLog.open(file)) {
            log.insert(Sales.sale("2.75", EUR, T0, Outcome.PAID));
            assertThat(OutsideSqlite.locksOf(PID, file)).as("SQLite's locks after opening").isNotEmpty();

            assertThat(ReceiptLog.verifyFile(file).isIntact()).isTrue();

            assertTheTillStillHoldsTheFile(file, "the chain check", "1");

            log.insert(Sales.sale("3.10", EUR, T0.plusSeconds(60), Outcome.OPEN));
            assertThat(OutsideSqlite.run(file, "select count(*) from sales")).containsExactly("2");
        }
        assertThat(OutsideSqlite.run(file, "select group_concat(amount, ' ') from sales order by id"))
                .containsExactly("2.75 3.10");
    }

    /**
     * The log's other connections in this process (the reports' read-only one, and each export's two, opened and
     * closed per export) open and close beside the till's: closing one must not drop the locks the till holds, and
     * an export runs while an outside program sits in a read transaction.
     */
    @Test
    void reportsAndExportsBesideTheOpenLogKeepItsLocksWhileAnOutsideProgramReads() throws Exception {
        Path file = dir.resolve("receipts.sqlite");
        try (ReceiptLog log = ReceiptLog.open(file);
             OutsideSqlite.Session reader = OutsideSqlite.session(file)) {
            for (int i = 0; i < 5; i++) {
                log.insert(Sales.sale("4." + (10 + i), EUR, T0.plusSeconds(i), Outcome.PAID));
            }
            reader.exec("begin; select count(*) from sales;");
            assertThat(log.outcomesPer(List.of(T0, T0.plusSeconds(3600))).get(0))
                    .extracting(OutcomeTally::count).containsExactly(5L);
            ReceiptLog.ExportExtent extent = log.exportExtent(T0, T0.plusSeconds(3600));
            List<String> orderIds = new ArrayList<>();
            log.exportSales(extent, List.of("order_id"), row -> orderIds.add(row[0]));
            List<String> events = new ArrayList<>();
            log.exportEvents(extent, List.of("order_id", "event_id"), row -> events.add(row[1]));
            reader.exec("commit;");

            assertThat(orderIds).hasSize(5).doesNotHaveDuplicates();
            assertThat(events).hasSize(5);
            assertTheTillStillHoldsTheFile(file, "the exports closed", "5");

            log.insert(Sales.sale("9.99", EUR, T0.plusSeconds(60), Outcome.OPEN));
            assertThat(OutsideSqlite.run(file, "select count(*) from sales")).containsExactly("6");
        }
        assertThat(OutsideSqlite.run(file, "pragma integrity_check")).containsExactly("ok");
        assertThat(OutsideSqlite.run(file, "select count(*) from sales")).containsExactly("6");
    }

    @Test
    void anOutsideWriterAndAnOutsideReaderLeaveEveryWriteOfTheTillInTheFile() {
        Path file = dir.resolve("receipts.sqlite");
        try (ReceiptLog log = ReceiptLog.open(file)) {
            for (int i = 0; i < 20; i++) {
                log.insert(Sales.sale("1." + (10 + i), EUR, T0.plusSeconds(i), Outcome.PAID));
                if (i % 5 == 0) {
                    OutsideSqlite.run(file, "create table if not exists accountant_notes(note text);"
                            + " insert into accountant_notes values ('checked " + i + "');");
                    OutsideSqlite.run(file, "select count(*) from sales");
                    ReceiptLog.verifyFile(file);
                }
            }
            assertThat(OutsideSqlite.descriptorsOf(PID, file)).noneMatch(fd -> fd.endsWith("(deleted)"));
        }
        assertThat(OutsideSqlite.run(file, "pragma integrity_check")).containsExactly("ok");
        assertThat(OutsideSqlite.run(file, "select count(*) from sales")).containsExactly("20");
        try (ReceiptLog reopened = ReceiptLog.open(file)) {
            assertThat(reopened.verifyChain().isIntact()).isTrue();
            assertThat(reopened.recent(50)).hasSize(20);
        }
    }

    @Test
    void aLongOutsideReadTransactionDoesNotHoldUpTheTill() throws Exception {
        Path file = dir.resolve("receipts.sqlite");
        try (ReceiptLog log = ReceiptLog.open(file);
             OutsideSqlite.Session reader = OutsideSqlite.session(file)) {
            log.insert(Sales.sale("5.00", EUR, T0, Outcome.PAID));
            reader.exec("begin; select count(*) from sales;");
            for (int i = 0; i < 10; i++) {
                log.insert(Sales.sale("6." + (10 + i), EUR, T0.plusSeconds(i + 1), Outcome.OPEN));
            }
            assertThat(log.recent(50)).hasSize(11);
            reader.exec("commit;");
        }
        assertThat(OutsideSqlite.run(file, "select count(*) from sales")).containsExactly("11");
    }

    @Test
    void aWriteLockHeldLongerThanTheTillWaitsIsAClearBusyFailureAndTheSameWriteWorksOnceReleased() throws Exception {
        Path file = dir.resolve("receipts.sqlite");
        try (ReceiptLog log = ReceiptLog.open(file);
             OutsideSqlite.Session writer = OutsideSqlite.session(file)) {
            writer.exec("begin immediate; create table if not exists accountant_notes(note text);");
            var sale = Sales.sale("9.99", EUR, T0, Outcome.OPEN);

            assertThatThrownBy(() -> log.insert(sale))
                    .isInstanceOf(ReceiptLogBusyException.class)
                    .hasMessageContaining("held by another program")
                    .hasMessageContaining("Nothing was lost");
            assertThat(log.byOrderId(sale.orderId())).isEmpty();

            CompletableFuture<Void> retried = CompletableFuture.runAsync(() -> log.insert(sale));
            writer.exec("commit;");
            retried.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(log.byOrderId(sale.orderId())).isPresent();
        }
    }

    /**
     * After {@code what}, this process still holds SQLite's locks on the file, an outside reader finds {@code sales}
     * sales and, once it has closed, leaves the -wal in place, and no descriptor here points to a deleted file.
     */
    private static void assertTheTillStillHoldsTheFile(Path file, String what, String sales) {
        assertThat(OutsideSqlite.locksOf(PID, file)).as("SQLite's locks after " + what).isNotEmpty();
        assertThat(OutsideSqlite.run(file, "select count(*) from sales")).containsExactly(sales);
        assertThat(Path.of(file + "-wal")).as("the -wal after an outside reader closed").exists();
        assertThat(OutsideSqlite.descriptorsOf(PID, file)).noneMatch(fd -> fd.endsWith("(deleted)"));
    }
}
