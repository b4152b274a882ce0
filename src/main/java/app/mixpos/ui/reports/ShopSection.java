package app.mixpos.ui.reports;

import app.mixpos.reports.CurrencyLine;
import app.mixpos.reports.Report;
import app.mixpos.reports.ShopClosing;
import app.mixpos.reports.TillLine;
import app.mixpos.ui.text.Texts;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Reports screen's store-mode parts: the choice "This till / Whole shop" (two toggle buttons, reached with Tab and
 * chosen with Space), and under a whole-shop X its lines per till and the shop's closing: which tills closed their Z
 * and which have not, and the Zs' sum. Standalone none of it shows.
 */
final class ShopSection {

    private final ReportsViewModel vm;
    private final Texts texts;
    private final FlowPane choice;
    private final ToggleButton till;
    private final ToggleButton shop;
    private final GridPane tills = grid("reports-tills");
    private final GridPane zSum = grid("reports-z-sum");
    private final VBox closingLines = new VBox(4);
    private final Label closingState = ReportsView.wrapped("reports-closing-state", "report-ask");
    private final VBox perTill;
    private final VBox closing;

    ShopSection(ReportsViewModel vm) {
        this.vm = vm;
        this.texts = vm.texts();
        ToggleGroup group = new ToggleGroup();
        till = toggle(texts.get("reports.scope.till"), "reports-scope-till", group);
        shop = toggle(texts.get("reports.scope.shop"), "reports-scope-shop", group);
        till.setSelected(!vm.wholeShopProperty().get());
        shop.setSelected(vm.wholeShopProperty().get());
        // one of the two is always chosen: pressing the chosen one again keeps it
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.wholeShopProperty().set(now == shop);
            }
        });
        vm.wholeShopProperty().addListener((o, was, now) -> (now ? shop : till).setSelected(true));
        choice = new FlowPane(8, 8, ReportFigures.cell(texts.get("reports.scope"), null), till, shop);
        choice.setId("reports-scope");
        choice.getStyleClass().add("report-scope");
        choice.setAlignment(Pos.CENTER_LEFT);
        choice.visibleProperty().bind(vm.shopAvailableProperty());
        choice.managedProperty().bind(vm.shopAvailableProperty());
        perTill = new VBox(8, ReportsView.wrapped(null, "report-section", texts.get("reports.shop.tills")), tills);
        perTill.setId("reports-per-till");
        closing = new VBox(8, ReportsView.wrapped(null, "report-section", texts.get("reports.shop.closing")), closingState,
                closingLines, ReportsView.wrapped(null, "report-section", texts.get("reports.shop.zSum")), zSum);
        closing.setId("reports-closing");
        show(null);
        vm.closingProperty().addListener((o, was, now) -> showClosing(now));
        // back to This till with no closing read (the store was away): the closing must still go
        vm.wholeShopProperty().addListener((o, was, now) -> showClosing(vm.closingProperty().get()));
        vm.closingUnreadProperty().addListener((o, was, now) -> showClosing(vm.closingProperty().get()));
        showClosing(null);
    }

    /** "Report of: This till / Whole shop", shown in store mode only. */
    FlowPane choice() {
        return choice;
    }

    /** A whole-shop X's lines per till. */
    VBox perTill() {
        return perTill;
    }

    /** The shop's closing of the days on screen. */
    VBox closing() {
        return closing;
    }

    void show(Report r) {
        boolean whole = r != null && r.isWholeShop();
        perTill.setVisible(whole);
        perTill.setManaged(whole);
        tills.getChildren().clear();
        if (!whole) {
            return;
        }
        tills.addRow(0, head("reports.shop.till"), head("reports.currency"), head("reports.sales"),
                head("reports.paidSales"), head("reports.paid"), head("reports.openSales"));
        int row = 1;
        for (TillLine t : r.tills()) {
            List<CurrencyLine> lines = t.totals().currencies();
            if (lines.isEmpty()) {
                tills.addRow(row++, ReportFigures.cell(t.tillId(), null),
                        ReportFigures.cell(texts.get("reports.shop.noSales"), "report-head"));
            }
            for (CurrencyLine c : lines) {
                tills.addRow(row++, ReportFigures.cell(t.tillId(), null), ReportFigures.cell(c.symbol(), null),
                        number(c.sales()), number(c.paidSales()),
                        ReportFigures.cell(ReportFigures.money(texts, c.paid(), c), "report-amount"),
                        number(c.openSales()));
            }
        }
    }

    private void showClosing(ShopClosing c) {
        boolean unread = c == null && vm.closingUnreadProperty().get();
        boolean shown = vm.wholeShopProperty().get() && vm.shopAvailableProperty().get() && (c != null || unread);
        closing.setVisible(shown);
        closing.setManaged(shown);
        closingLines.getChildren().clear();
        zSum.getChildren().clear();
        if (c == null) {
            closingState.setText(unread ? texts.get("reports.shop.closing.unread") : "");
            return;
        }
        closingState.setText(c.allClosed() ? texts.get("reports.shop.closing.all")
                : texts.get("reports.shop.closing.open", String.join(", ", c.stillOpen())));
        for (ShopClosing.TillClosing t : c.tills()) {
            String zs = t.zs().stream().map(z -> Long.toString(z.number())).collect(Collectors.joining(", "));
            String line;
            if (t.idle()) {
                line = texts.get("reports.shop.closing.idleTill", t.tillId());
            } else if (t.closed()) {
                line = texts.get("reports.shop.closing.closedTill", t.tillId(), zs);
            } else if (t.zs().isEmpty()) {
                line = texts.get("reports.shop.closing.openTill", t.tillId(), t.notClosed());
            } else {
                line = texts.get("reports.shop.closing.reopenedTill", t.tillId(), zs, t.notClosed());
            }
            Label l = ReportsView.wrapped(null, null, line);
            l.setId("closing-" + t.tillId());
            closingLines.getChildren().add(l);
        }
        ReportFigures.currencies(zSum, c.zTotals(), texts);
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Label head(String key) {
        return ReportFigures.cell(texts.get(key), "report-head");
    }

    private static Label number(long n) {
        return ReportFigures.cell(Long.toString(n), "report-number");
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.getStyleClass().add("report-grid");
        return g;
    }
}
