package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The long reads (reports, an export's extent) run on a connection of their own: while the till's connection is busy
 * (here held by a test thread, as a sale's durable write holds it during its sync) they still answer, and what they
 * read is what the till committed. Before, a month's X report held the till's one connection for a few hundred
 * milliseconds and a 1 M-sale export's count for about 100 ms, and the next sale waited behind them.
 */
class ReceiptLogLongReadsTest extends ReceiptLogTest {

    private static final Instant FROM = T0.minus(Duration.ofHours(1));
    private static final Instant TO = T0.plus(Duration.ofHours(1));

    @Test
    void reportsAndTheExportsExtentAnswerWhileTheTillsConnectionIsBusy() throws Exception {
        log.insert(Sales.sale("12.50", EUR, T0, Outcome.PAID));
        log.insert(Sales.sale("2.00", EUR, T0.plusSeconds(60), Outcome.FAILED));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> log.database().read(c -> {
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            CompletableFuture<List<List<OutcomeTally>>> outcomes = CompletableFuture.supplyAsync(
                    () -> log.outcomesPer(List.of(FROM, TO)));
            CompletableFuture<ReceiptLog.ExportExtent> extent = CompletableFuture.supplyAsync(
                    () -> log.exportExtent(FROM, TO));
            CompletableFuture<ReceiptLog.CalendarSums> calendar = CompletableFuture.supplyAsync(
                    () -> log.calendar(List.of(FROM, T0.plusSeconds(30), TO)));
            CompletableFuture<?> open = CompletableFuture.supplyAsync(
                    () -> log.openPeriod(Sales.sale("1", EUR, T0, Outcome.PAID).sale().tillId(), ZoneOffset.UTC,
                            TO));

            assertThat(outcomes.get(10, TimeUnit.SECONDS).get(0)).containsExactlyInAnyOrder(
                    new OutcomeTally("eur", "EUR", 2, Outcome.PAID, 1, new BigDecimal("12.50")),
                    new OutcomeTally("eur", "EUR", 2, Outcome.FAILED, 1, new BigDecimal("2.00")));
            assertThat(extent.get(10, TimeUnit.SECONDS).sales()).isEqualTo(2);
            assertThat(calendar.get(10, TimeUnit.SECONDS).outcomes()).hasSize(2);
            assertThat(calendar.get().outcomes().get(1)).extracting(OutcomeTally::outcome)
                    .containsExactly(Outcome.FAILED);
            assertThat(open.get(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(holder).isNotDone();
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLongReadSeesWhatTheTillCommittedJustBefore() {
        assertThat(log.exportExtent(FROM, TO).sales()).isZero();

        log.insert(Sales.sale("3.00", EUR, T0, Outcome.PAID));

        assertThat(log.exportExtent(FROM, TO).sales()).isEqualTo(1);
        assertThat(log.outcomesPer(List.of(FROM, TO)).get(0)).extracting(OutcomeTally::amount)
                .containsExactly(new BigDecimal("3.00"));
    }

    @Test
    void closingTheLogClosesItsLongReadsConnectionToo() {
        log.insert(Sales.sale("3.00", EUR, T0, Outcome.PAID));
        log.outcomesPer(List.of(FROM, TO));

        log.close();

        assertThat(OpenFiles.isOpen(dir.resolve("receipts.db"))).isFalse();
        ReceiptLog closed = log;
        assertThatThrownBy(() -> closed.outcomesPer(List.of(FROM, TO))).isInstanceOf(ReceiptLogException.class)
                .hasMessageContaining("is closed");
        assertThat(OpenFiles.isOpen(dir.resolve("receipts.db"))).as("no connection opened after the close").isFalse();
        log = ReceiptLog.open(dir.resolve("receipts.db"));
    }
}
