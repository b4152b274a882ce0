package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.records.ShopReportQueries;
import app.mixpos.reports.Reports;
import app.mixpos.reports.ShopReports;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports screen in store mode: "This till / Whole shop" chosen from the keyboard, the whole shop's X with its
 * lines per till and the shop's closing; with the store unreachable a sentence says so and this till's report still
 * works. The store is a fake of the read port here (the PostgreSQL reads are ShopReportsTest's).
 */
class ShopReportsScreenTest extends ReportsScreenTest {

    private final FakeShop store = new FakeShop();

    @Override
    CompletableFuture<Reports> reports() {
        return super.reports().thenApply(r -> r.withShop(new ShopReports(store, io, clock, r.zone())));
    }

    @Override
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    void standaloneTheScreenOffersNoWholeShop(FxRobot r) {
        // in store mode the screen offers the whole shop: see the tests below
    }

    @Test
    void theWholeShopIsChosenWithTheKeyboardAndShowsItsTillsAndWhichHaveClosed(FxRobot r) throws Exception {
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#reports-heading").equals("X report · Wed 2 Dec 2026"));
        assertThat(visible(r, "#reports-scope")).isTrue();
        assertThat(r.lookup("#reports-scope-till").queryAs(ToggleButton.class).isSelected()).isTrue();

        chooseWithSpace(r, "#reports-scope-shop");

        waitUntil(() -> text(r, "#reports-heading").equals("Whole shop · X report · Wed 2 Dec 2026"));
        assertThat(labels(r.lookup("#reports-currencies").queryAs(GridPane.class))).contains("EUR", "5", "4",
                "70.00 EUR");
        assertThat(labels(r.lookup("#reports-tills").queryAs(GridPane.class)))
                .contains("R1", "T2", "T3", "no sales", "50.00 EUR");
        waitUntil(() -> visible(r, "#reports-closing"));
        assertThat(text(r, "#reports-closing-state"))
                .isEqualTo("Not closed yet: T2. Close the day at each of these tills (Reports, F4, at that till).");
        assertThat(text(r, "#closing-R1")).isEqualTo("R1: closed (Z 4)");
        assertThat(text(r, "#closing-T2")).isEqualTo("T2: 3 sales not in a Z yet");
        assertThat(text(r, "#closing-T3")).isEqualTo("T3: no sales");
        keep(r, "reports-whole-shop.png");
        javafx.scene.control.ScrollPane scroll = r.lookup(".reports-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        WaitForAsyncUtils.asyncFx(() -> scroll.setVvalue(0.75)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        keep(r, "reports-whole-shop-closing.png");
        assertThat(r.lookup("#close-z").queryButton().isDisabled()).as("a Z is closed at each till").isTrue();
        assertThat(r.lookup("#reports-since-z").queryButton().isDisabled()).isTrue();

        chooseWithSpace(r, "#reports-scope-till");

        waitUntil(() -> text(r, "#reports-heading").equals("X report · Wed 2 Dec 2026"));
        assertThat(visible(r, "#reports-tills")).isFalse();
        assertThat(visible(r, "#reports-closing")).isFalse();
        assertThat(labels(r.lookup("#reports-currencies").queryAs(GridPane.class))).contains("22.50 EUR");
    }

    @Test
    void anUnreachableStoreIsASentenceAndThisTillsReportStillWorks(FxRobot r) throws Exception {
        store.down = true;
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#reports-heading").equals("X report · Wed 2 Dec 2026"));

        chooseWithSpace(r, "#reports-scope-shop");

        waitUntil(() -> text(r, "#reports-message").startsWith("Could not read the whole shop's report from the "
                + "store"));
        assertThat(text(r, "#reports-message")).contains("This till");

        chooseWithSpace(r, "#reports-scope-till");

        waitUntil(() -> text(r, "#reports-message").isEmpty());
        assertThat(labels(r.lookup("#reports-currencies").queryAs(GridPane.class))).contains("22.50 EUR");
    }

    @Test
    void aClosingThatCannotBeReadIsASentenceThatGoesWithTheWholeShop(FxRobot r) throws Exception {
        store.zsDown = true;
        press(r, KeyCode.F4);
        waitUntil(() -> text(r, "#reports-heading").equals("X report · Wed 2 Dec 2026"));

        chooseWithSpace(r, "#reports-scope-shop");

        waitUntil(() -> visible(r, "#reports-closing"));
        assertThat(text(r, "#reports-heading")).isEqualTo("Whole shop · X report · Wed 2 Dec 2026");
        assertThat(text(r, "#reports-closing-state")).startsWith("The closing of the tills could not be read");

        chooseWithSpace(r, "#reports-scope-till");

        waitUntil(() -> text(r, "#reports-heading").equals("X report · Wed 2 Dec 2026"));
        assertThat(visible(r, "#reports-closing")).isFalse();
    }

    /** The window as drawn, to look at: target/screens/{name}. */
    private static void keep(FxRobot r, String name) throws Exception {
        javafx.scene.Scene scene = r.lookup("#reports-scope").query().getScene();
        javafx.scene.image.WritableImage img = WaitForAsyncUtils.asyncFx(() -> scene.getRoot().snapshot(null, null))
                .get(5, TimeUnit.SECONDS);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader px = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screens");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(out, "png", dir.resolve(name).toFile());
    }

    /** Focus on the toggle, then Space: as a cashier reaches it with Tab. */
    private void chooseWithSpace(FxRobot r, String id) throws Exception {
        ToggleButton b = r.lookup(id).queryAs(ToggleButton.class);
        WaitForAsyncUtils.asyncFx(b::requestFocus).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(b.isFocused()).as(id + " takes the focus").isTrue();
        press(r, KeyCode.SPACE);
    }

    /** Two tills with sales (R1 closed its Z 4, T2 has not), a third that sold nothing; or a store that is down. */
    private static final class FakeShop implements ShopReportQueries {

        volatile boolean down;
        volatile boolean zsDown;

        private static OutcomeTally eur(Outcome o, long count, String amount) {
            return new OutcomeTally("eur", "EUR", 2, o, count, new BigDecimal(amount));
        }

        private void reach() {
            if (down) {
                throw new IllegalStateException("connection refused (test)");
            }
        }

        @Override
        public List<List<TillTally>> outcomesPerTill(List<Instant> bounds) {
            reach();
            List<List<TillTally>> per = new ArrayList<>();
            for (int i = 0; i < bounds.size() - 1; i++) {
                per.add(i == 10 ? List.of(new TillTally("R1", eur(Outcome.PAID, 2, "20.00")),
                        new TillTally("T2", eur(Outcome.PAID, 2, "50.00")),
                        new TillTally("T2", eur(Outcome.FAILED, 1, "5.00"))) : List.of());
            }
            return per;
        }

        @Override
        public List<PaymentTally> payments(Instant from, Instant to) {
            reach();
            return List.of();
        }

        @Override
        public FlaggedSales flagged(Instant from, Instant to, int limit) {
            reach();
            return FlaggedSales.NONE;
        }

        @Override
        public List<String> tills() {
            reach();
            return List.of("R1", "T2", "T3");
        }

        @Override
        public List<StoredZ> zReports(Instant from, Instant to) {
            reach();
            if (zsDown) {
                throw new IllegalStateException("store_z_reports cannot be read (test)");
            }
            PeriodTally sales = new PeriodTally(List.of(eur(Outcome.PAID, 2, "20.00")), List.of());
            return List.of(new StoredZ("R1", 4, from, from.plusSeconds(36_000), "ab".repeat(32), sales,
                    PeriodTally.EMPTY));
        }

        @Override
        public List<TillCount> salesNotClosed(Instant from, Instant to) {
            reach();
            return List.of(new TillCount("T2", 3));
        }
    }
}
