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
import app.mixpos.ui.reports.ReportChartProbe;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Reports screen on the real window over a real receipt log: F4, today's X, closing a Z, opening a sale. */
class ReportsScreenTest extends PosWindowHarness {

    static final String TILL = "R1";
    static final QuoteAsset EUR = new QuoteAsset("eur", "EUR", 2, null, null, true);
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));
    final ExecutorService io = Executors.newSingleThreadExecutor();
    ReceiptLog log;
    String mismatch;

    @Override
    CompletableFuture<Reports> reports() {
        try {
            Path dir = Files.createTempDirectory("reports-screen");
            log = ReceiptLog.open(dir.resolve("receipts.sqlite"), TILL);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        record(sale("12.50", "2026-12-02T09:10:00Z"), Outcome.PAID);
        record(sale("10.00", "2026-12-02T11:20:00Z"), Outcome.PAID);
        mismatch = record(sale("40.00", "2026-12-02T11:40:00Z"), Outcome.MISMATCH).orderId();
        record(sale("99.00", "2026-12-01T11:40:00Z"), Outcome.PAID);
        LogReports ports = new LogReports(log);
        return CompletableFuture.completedFuture(new Reports(ports, ports, io, clock, ZoneOffset.UTC, TILL));
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @AfterEach
    void close() {
        io.shutdownNow();
        log.close();
    }

    @Test
    void f4ShowsTodaysXWithItsTotalsOutcomesChartAndTheSalesToLookAt(FxRobot r) throws Exception {
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#reports-heading").equals("X report · Wed 2 Dec 2026"));

        GridPane currencies = r.lookup("#reports-currencies").queryAs(GridPane.class);
        assertThat(labels(currencies)).contains("EUR", "3", "2", "22.50 EUR", "0.00 EUR");
        assertThat(text(r, "#outcome-PAID")).isEqualTo("paid: 2");
        assertThat(text(r, "#outcome-MISMATCH")).isEqualTo("mismatch: 1");
        assertThat(text(r, "#reports-attention-title")).isEqualTo("Sales to look at (1)");
        ListView<?> attention = r.lookup("#reports-attention").queryAs(ListView.class);
        assertThat(attention.getItems()).hasSize(1);
        assertThat(r.lookup("#report-chart").queryAs(ReportChartProbe.TYPE).isVisible()).isTrue();
        assertThat(ReportChartProbe.bars(r)).hasSize(24);
        assertThat(ReportChartProbe.sales(r, 11)).isEqualTo(2);
        assertThat(r.lookup("#report-exports").tryQuery()).isPresent();
    }

    @Test
    void closingTheDayAsksFirstThenKeepsOneZAndShowsItInTheList(FxRobot r) throws Exception {
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#close-z").equals("Close the day (Z 1)"));

        fire(r, "#close-z");
        waitUntil(() -> visible(r, "#close-confirm"));
        assertThat(log.zReports(TILL)).isEmpty();
        press(r, KeyCode.ESCAPE);
        assertThat(visible(r, "#close-z")).as("still on the reports").isTrue();
        assertThat(visible(r, "#close-confirm")).isFalse();
        assertThat(log.zReports(TILL)).isEmpty();

        r.clickOn("#close-z");
        waitUntil(() -> visible(r, "#close-confirm"));
        r.clickOn("#close-z-yes");
        waitUntil(() -> text(r, "#reports-message").equals("Z report 1 is closed and kept in the receipt log."));

        assertThat(log.zReports(TILL)).hasSize(1);
        assertThat(log.zReports(TILL).get(0).sales().outcomes()).isNotEmpty();
        assertThat(text(r, "#reports-heading")).startsWith("Z report 1 · ");
        waitUntil(() -> text(r, "#close-z").equals("Close the day (Z 2)"));
        assertThat(r.lookup("#z-list").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(labels(r.lookup("#reports-currencies").queryAs(GridPane.class))).contains("121.50 EUR");
    }

    @Test
    void standaloneTheScreenOffersNoWholeShop(FxRobot r) throws Exception {
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#reports-heading").equals("X report · Wed 2 Dec 2026"));

        assertThat(visible(r, "#reports-scope")).isFalse();
        assertThat(visible(r, "#reports-closing")).isFalse();
    }

    @Test
    void aSaleToLookAtOpensItsDetail(FxRobot r) throws Exception {
        press(r, KeyCode.F4);
        waitUntil(() -> r.lookup("#reports-attention").queryAs(ListView.class).getItems().size() == 1);

        ListView<?> attention = r.lookup("#reports-attention").queryAs(ListView.class);
        WaitForAsyncUtils.asyncFx(() -> {
            attention.requestFocus();
            attention.getSelectionModel().select(0);
        }).get(5, TimeUnit.SECONDS);
        press(r, KeyCode.ENTER);

        waitUntil(() -> visible(r, "#detail-title") && text(r, "#detail-title").contains(mismatch));
    }

    private SaleSnapshot record(SaleSnapshot s, Outcome outcome) {
        SaleSnapshot stored = log.insert(s);
        Instant at = s.sale().createdAt().plusSeconds(30);
        SaleSnapshot opened = log.update(stored.with(s.sale().withPaymentLink("https://mixpay.me/code/" + s.orderId()))
                .with(stored.state().opened(at)), "link_created", "");
        SaleSnapshot done = log.update(opened.with(new SaleState(outcome, PaymentStatus.of("success"), null,
                new BigDecimal("1"), new BigDecimal("1"), "USDT", null, SurplusStatus.NO, FailureCode.NONE, List.of(),
                at.plusSeconds(30))), "status", "{}");
        checkout.sales.put(done.orderId(), done);
        return done;
    }

    private static SaleSnapshot sale(String amount, String at) {
        Instant t = Instant.parse(at);
        Sale sale = new Sale("R1-" + UUID.randomUUID().toString().substring(0, 12), UUID.randomUUID(),
                new Amount(new BigDecimal(amount), EUR), "4d8c508b-91c5-375b-92b0-ee702ed2dac5", Sales.PAYEE, null,
                LinkMode.ONE_TIME, null, t, t.plusSeconds(900), TILL);
        return new SaleSnapshot(sale, SaleState.creating(t));
    }

    /** Presses a button as a click or the space bar would (it may be scrolled out of the viewport). */
    private static void fire(FxRobot r, String id) throws Exception {
        javafx.scene.control.Button b = r.lookup(id).queryButton();
        assertThat(b.isDisabled()).as(id + " enabled").isFalse();
        WaitForAsyncUtils.asyncFx(b::fire).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<String> labels(GridPane grid) {
        return grid.getChildren().stream().filter(javafx.scene.control.Label.class::isInstance)
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
