package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.reports.Reports;
import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.testing.LogReports;
import app.mixpos.testing.MutableClock;
import app.mixpos.ui.export.ExportDesk;
import app.mixpos.wiring.FileExports;
import app.mixpos.wiring.LogPages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Reports screen's export buttons on the real window over a real receipt log. */
class ExportButtonsTest extends PosWindowHarness {

    static final String TILL = "R1";
    static final QuoteAsset EUR = new QuoteAsset("eur", "EUR", 2, null, null, true);
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));
    final ExecutorService io = Executors.newSingleThreadExecutor();
    final ExecutorService exporting = Executors.newSingleThreadExecutor();
    final CountDownLatch firstPageWritten = new CountDownLatch(1);
    final CountDownLatch mayGoOn = new CountDownLatch(1);
    volatile boolean holdAfterFirstPage;
    Path dir;
    ReceiptLog log;

    @Override
    CompletableFuture<Reports> reports() {
        try {
            dir = Files.createTempDirectory("export-buttons");
            log = ReceiptLog.open(dir.resolve("receipts.sqlite"), TILL);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < 25; i++) {
            record(sale("12.50", Instant.parse("2026-12-02T09:00:00Z").plusSeconds(i * 600L)), Outcome.PAID);
        }
        LogReports ports = new LogReports(log);
        return CompletableFuture.completedFuture(new Reports(ports, ports, io, clock, ZoneOffset.UTC, TILL));
    }

    @Override
    ExportDesk exportDesk() {
        FileExports files = new FileExports(CompletableFuture.completedFuture(LogPages.of(log)), dir.resolve("exports"),
                ZoneOffset.UTC, exporting, 10);
        return new ExportDesk() {
            @Override
            public Running exportCsv(Instant from, Instant to, String name, Progress progress) {
                return files.exportCsv(from, to, name, (done, total) -> {
                    progress.update(done, total);
                    if (done > 0 && holdAfterFirstPage) {
                        firstPageWritten.countDown();
                        try {
                            mayGoOn.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            }

            @Override
            public CompletableFuture<Path> savePdf(app.mixpos.reports.Report report, app.mixpos.export.Words words) {
                return files.savePdf(report, words);
            }
        };
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @AfterEach
    void close() {
        mayGoOn.countDown();
        io.shutdownNow();
        exporting.shutdownNow();
        log.close();
    }

    @Test
    void exportCsvWritesTheDaysSalesAndSaysWhere(FxRobot r) throws Exception {
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#reports-heading").startsWith("X report"));
        fire(r, "#export-csv");
        waitUntil(() -> text(r, "#export-message").startsWith("Saved 25 sales to "));
        Path sales = dir.resolve("exports/mixpay-all-2026-12-02_2026-12-02-sales.csv");
        assertThat(text(r, "#export-message")).contains(sales.toString())
                .contains("mixpay-all-2026-12-02_2026-12-02-events.csv");
        assertThat(Files.readAllLines(sales)).hasSize(26);
        assertThat(visible(r, "#export-progress")).isFalse();
    }

    @Test
    void aRunningExportShowsItsProgressAndCancelLeavesNoFile(FxRobot r) throws Exception {
        holdAfterFirstPage = true;
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#reports-heading").startsWith("X report"));
        fire(r, "#export-csv");
        assertThat(firstPageWritten.await(10, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> text(r, "#export-message").equals("Exported 10 of 25 sales…"));
        assertThat(visible(r, "#export-progress")).isTrue();
        assertThat(r.lookup("#export-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress())
                .isEqualTo(0.4);
        assertThat(r.lookup("#export-csv").queryButton().isDisabled()).isTrue();

        fire(r, "#export-cancel");
        mayGoOn.countDown();
        waitUntil(() -> text(r, "#export-message").equals("Export cancelled: no file was left behind."));
        try (Stream<Path> left = Files.list(dir.resolve("exports"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void saveAsPdfSavesTheReportShown(FxRobot r) throws Exception {
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#reports-heading").startsWith("X report"));
        fire(r, "#export-pdf");
        Path pdf = dir.resolve("exports/x-report-all-2026-12-02_2026-12-02.pdf");
        waitUntil(() -> text(r, "#export-message").equals("Saved the report as " + pdf + "."));
        assertThat(Files.size(pdf)).isGreaterThan(1000);
    }

    private void record(SaleSnapshot s, Outcome outcome) {
        SaleSnapshot stored = log.insert(s);
        Instant at = s.sale().createdAt().plusSeconds(3);
        SaleSnapshot opened = log.update(stored.with(s.sale().withPaymentLink("https://mixpay.me/code/" + s.orderId()))
                .with(stored.state().opened(at)), "link_created", "");
        log.update(opened.with(new SaleState(outcome, PaymentStatus.of("success"), null, new BigDecimal("1"),
                new BigDecimal("1"), "USDT", null, SurplusStatus.NO, FailureCode.NONE, List.of(), at.plusSeconds(3))),
                "status", "{}");
    }

    private static SaleSnapshot sale(String amount, Instant t) {
        Sale sale = new Sale("R1-" + UUID.randomUUID().toString().substring(0, 12), UUID.randomUUID(),
                new Amount(new BigDecimal(amount), EUR), "4d8c508b-91c5-375b-92b0-ee702ed2dac5", Sales.PAYEE, null,
                LinkMode.ONE_TIME, null, t, t.plusSeconds(900), TILL);
        return new SaleSnapshot(sale, SaleState.creating(t));
    }

    private static void fire(FxRobot r, String id) throws Exception {
        javafx.scene.control.Button b = r.lookup(id).queryButton();
        assertThat(b.isDisabled()).as(id + " enabled").isFalse();
        WaitForAsyncUtils.asyncFx(b::fire).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
