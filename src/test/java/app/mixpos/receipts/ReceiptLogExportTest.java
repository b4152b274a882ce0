package app.mixpos.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.FailureCode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows an export streams ({@link ReceiptLog#exportSales}, {@link ReceiptLog#exportEvents}): the log's own
 * values, every sale once across read transactions, bounded by the extent taken at the start, and a till that goes on
 * writing while a stream is open.
 */
class ReceiptLogExportTest {

    private static final Instant FROM = Sales.T0.minusSeconds(1);
    private static final Instant TO = Sales.T0.plusSeconds(86_400);
    private static final List<String> SALE_COLUMNS = List.of("order_id", "created_at", "amount", "outcome", "reasons",
            "version", "expires_at");
    private static final List<String> EVENT_COLUMNS = List.of("order_id", "event_id", "at", "kind", "reasons");

    @TempDir
    Path dir;

    /** {@code n} sales, three at each instant, each with a link and for every fourth a mismatch. */
    private static void fill(ReceiptLog log, int n) {
        for (int i = 0; i < n; i++) {
            Instant at = Sales.T0.plusSeconds(i / 3);
            SaleSnapshot s = log.insert(Sales.creating((i + 1) + ".50", Sales.EUR, at, "T1"));
            s = log.update(Sales.opened(s, at.plusMillis(300)), SaleEvent.LINK_CREATED, "");
            if (i % 4 == 1) {
                log.update(s.with(new SaleState(Outcome.MISMATCH, PaymentStatus.of("success"), null, null, null, null,
                        null, SurplusStatus.NO, FailureCode.NONE, List.of(Reason.mismatch(Reason.MismatchField.AMOUNT,
                        (i + 1) + ".50", "4.0")), at.plusSeconds(20))), SaleEvent.STATUS, "{}");
            }
        }
    }

    private static List<String[]> sales(ReceiptLog log, ReceiptLog.ExportExtent extent, int chunk) {
        List<String[]> rows = new ArrayList<>();
        log.export(extent, SALE_COLUMNS, false, chunk, r -> rows.add(r.clone()));
        return rows;
    }

    private static List<String[]> events(ReceiptLog log, ReceiptLog.ExportExtent extent, int chunk) {
        List<String[]> rows = new ArrayList<>();
        log.export(extent, EVENT_COLUMNS, true, chunk, r -> rows.add(r.clone()));
        return rows;
    }

    @Test
    void theStreamedRowsAreTheLogsOwnInItsOrderAcrossReadTransactions() {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "T1")) {
            fill(log, 23);
            ReceiptLog.ExportExtent extent = log.exportExtent(FROM, TO);
            assertThat(extent.sales()).isEqualTo(23);
            List<SaleSnapshot> stored = log.between(FROM, TO);
            for (int chunk : new int[] {1, 2, 3, 4, 10_000}) {
                List<String[]> rows = sales(log, extent, chunk);
                assertThat(rows).hasSize(23);
                for (int i = 0; i < rows.size(); i++) {
                    SaleSnapshot s = stored.get(i);
                    assertThat(rows.get(i)).containsExactly(s.orderId(), Timestamps.format(s.sale().createdAt()),
                            s.sale().amount().toWire(), s.state().outcome().name(), ReasonJson.write(s.state().reasons()),
                            Long.toString(s.version()), Timestamps.format(s.sale().expiresAt()));
                }
                List<String[]> expected = new ArrayList<>();
                for (SaleSnapshot s : stored) {
                    for (SaleEvent e : log.events(s.orderId())) {
                        expected.add(new String[] {e.orderId(), Long.toString(e.id()), Timestamps.format(e.at()),
                                e.kind(), ReasonJson.write(e.reasons())});
                    }
                }
                assertThat(events(log, extent, chunk)).as("events in chunks of %d sales", chunk)
                        .usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void salesRecordedAfterTheExtentWasTakenAreLeftOutOfBothStreams() {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "T1")) {
            fill(log, 5);
            ReceiptLog.ExportExtent extent = log.exportExtent(FROM, TO);
            log.insert(Sales.creating("9.99", Sales.EUR, Sales.T0.minusMillis(500), "T1"));
            fill(log, 2);
            List<String> sold = sales(log, extent, 2).stream().map(r -> r[0]).toList();
            assertThat(sold).hasSize(5);
            List<String[]> events = events(log, extent, 2);
            assertThat(events).hasSize(5 * 2 + 1);
            assertThat(events.stream().map(r -> r[0]).distinct()).containsExactlyElementsOf(sold);
        }
    }

    @Test
    void eventsFromBeforeCodedReasonsHaveTheirReasonsRecognisedFromTheirSentence() throws SQLException {
        Path file = dir.resolve("old.sqlite");
        String sentence = "Could not create the payment link: MixPay could not be reached. Nothing was charged. Try again.";
        try (LegacyLog legacy = LegacyLog.create(file)) {
            SaleSnapshot s = Sales.creating("10", Sales.EUR, Sales.T0);
            legacy.insert(s, null);
            legacy.update(s.with(s.state().voided(Reason.stoppedBeforeLink(), Sales.T0.plusSeconds(1))), sentence,
                    "voided", "");
        }
        try (ReceiptLog log = ReceiptLog.open(file, "A1")) {
            List<String[]> rows = events(log, log.exportExtent(FROM, TO), 10);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)[4]).isEqualTo("[]");
            assertThat(rows.get(1)[4]).isEqualTo("[{\"code\":\"LINK_FAILED\",\"args\":{\"cause\":\"UNREACHABLE\"}}]")
                    .isEqualTo(ReasonJson.write(log.events(rows.get(1)[0]).get(1).reasons()));
        }
    }

    @Test
    void aColumnTheLogDoesNotHaveIsRefused() {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "T1")) {
            ReceiptLog.ExportExtent extent = log.exportExtent(FROM, TO);
            assertThatThrownBy(() -> log.exportSales(extent, List.of("order_id", "amount; DROP TABLE sales"), r -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column");
            assertThatThrownBy(() -> log.exportEvents(extent, List.of("nonsense"), r -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column");
        }
    }

    @Test
    void theTillRecordsSalesWhileAStreamIsInTheMiddleOfAReadTransaction() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "T1")) {
            fill(log, 6);
            ReceiptLog.ExportExtent extent = log.exportExtent(FROM, TO);
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);
            CompletableFuture<Integer> streamed = CompletableFuture.supplyAsync(() -> {
                int[] n = {0};
                log.exportSales(extent, SALE_COLUMNS, r -> {
                    if (n[0]++ == 0) {
                        reading.countDown();
                        await(goOn);
                    }
                });
                return n[0];
            });
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            long walBefore = Files.size(Path.of(dir.resolve("receipts.sqlite") + "-wal"));
            for (int i = 0; i < 3; i++) {
                SaleSnapshot s = log.insert(Sales.creating("1.00", Sales.EUR, Sales.T0.plusSeconds(100 + i), "T1"));
                log.update(Sales.with(Sales.opened(s, Sales.T0), Outcome.PAID, "success", SurplusStatus.NO),
                        SaleEvent.STATUS, "{}");
            }
            assertThat(log.byOrderId(log.recent(1).get(0).orderId())).isPresent();
            assertThat(Files.size(Path.of(dir.resolve("receipts.sqlite") + "-wal"))).isGreaterThan(walBefore);
            goOn.countDown();
            assertThat(streamed.get(10, TimeUnit.SECONDS)).isEqualTo(6);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
