package app.mixpos.ui.reports;

import app.mixpos.reports.CurrencyLine;
import app.mixpos.reports.OutcomeCount;
import app.mixpos.reports.PaymentLine;
import app.mixpos.reports.SettledLine;
import app.mixpos.reports.Totals;
import app.mixpos.ui.Format;
import app.mixpos.ui.text.Texts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** A report's figures as grids: per currency, per payment asset, and the outcome counts. */
final class ReportFigures {

    private ReportFigures() {
    }

    static void currencies(GridPane grid, Totals totals, Texts texts) {
        grid.getChildren().clear();
        List<CurrencyLine> lines = totals.currencies();
        if (lines.isEmpty()) {
            grid.addRow(0, cell(texts.get("reports.none"), "report-none"));
            return;
        }
        grid.addRow(0, head(texts.get("reports.currency")), head(texts.get("reports.sales")),
                head(texts.get("reports.paidSales")), head(texts.get("reports.paid")),
                head(texts.get("reports.openSales")), head(texts.get("reports.open.amount")));
        int row = 1;
        for (CurrencyLine c : lines) {
            grid.addRow(row++, cell(c.symbol(), null), number(c.sales()), number(c.paidSales()),
                    cell(money(texts, c.paid(), c), "report-amount"), number(c.openSales()),
                    cell(money(texts, c.open(), c), "report-amount"));
        }
    }

    static void payments(GridPane grid, Totals totals, Texts texts) {
        grid.getChildren().clear();
        if (totals.payments().isEmpty()) {
            return;
        }
        grid.addRow(0, head(texts.get("reports.asset")), head(texts.get("reports.paidSales")),
                head(texts.get("reports.received")), head(texts.get("reports.refunded")),
                head(texts.get("reports.pending")));
        int row = 1;
        for (PaymentLine p : totals.payments()) {
            grid.addRow(row++, cell(p.symbol(), null), number(p.paidSales()),
                    cell(Format.money(texts, p.received(), p.symbol()), "report-amount"),
                    cell(Format.money(texts, p.surplusRefunded(), p.symbol()), "report-amount"),
                    cell(Format.money(texts, p.surplusPending(), p.symbol()), "report-amount"));
        }
    }

    /** What MixPay settled to the shop, per asset: paid sales and the exact sum. */
    static void settled(GridPane grid, Totals totals, Texts texts) {
        grid.getChildren().clear();
        if (totals.settled().isEmpty()) {
            grid.addRow(0, cell(texts.get("reports.settled.none"), "report-none"));
            return;
        }
        grid.addRow(0, head(texts.get("reports.asset")), head(texts.get("reports.paidSales")),
                head(texts.get("reports.settledSum")));
        int row = 1;
        for (SettledLine s : totals.settled()) {
            grid.addRow(row++, cell(s.symbol(), null), number(s.paidSales()),
                    cell(Format.money(texts, s.settled(), s.symbol()), "report-amount"));
        }
    }

    /** How many paid sales MixPay has not settled yet, and how many it said nothing about; empty when none. */
    static String settleNote(Totals totals, Texts texts) {
        String pending = totals.settlePending() == 0 ? "" : texts.get("reports.settlePending", totals.settlePending());
        String unknown = totals.settleUnknown() == 0 ? "" : texts.get("reports.settleUnknown", totals.settleUnknown());
        return (pending + " " + unknown).strip();
    }

    static void outcomes(FlowPane pane, Totals totals, Texts texts, boolean changesOnly) {
        pane.getChildren().clear();
        for (OutcomeCount o : totals.outcomes()) {
            if (changesOnly && o.count() == 0) {
                continue;
            }
            Label l = cell(texts.get("reports.outcomeCount", texts.get("common.outcome." + o.outcome().name()),
                    o.count()), "report-outcome");
            l.setId("outcome-" + o.outcome().name());
            pane.getChildren().add(l);
        }
    }

    /** At least the currency's decimals ({@code 22.50 EUR}, {@code 0.00 EUR}), more when a sum has them. */
    static String money(Texts texts, java.math.BigDecimal value, CurrencyLine c) {
        int scale = Math.max(c.decimals(), value.stripTrailingZeros().scale());
        return texts.number(value.setScale(scale, java.math.RoundingMode.UNNECESSARY)) + " " + c.symbol();
    }

    private static Label head(String text) {
        return cell(text, "report-head");
    }

    private static Node number(long n) {
        return cell(Long.toString(n), "report-number");
    }

    static Label cell(String text, String style) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
