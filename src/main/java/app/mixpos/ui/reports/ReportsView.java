package app.mixpos.ui.reports;

import app.mixpos.reports.Attention;
import app.mixpos.reports.Chart;
import app.mixpos.reports.Report;
import app.mixpos.ui.Bars;
import app.mixpos.ui.Format;
import app.mixpos.ui.settings.PinGateViewModel;
import app.mixpos.ui.settings.PinPad;
import app.mixpos.ui.shell.ScreenView;
import app.mixpos.ui.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Reports screen (F4): today's X at a glance, a day or a range, the open period since the last Z; per-currency
 * totals, outcome counts, what customers paid with, adjustments, a chart, the sales to look at (a row opens the sale),
 * closing the day as a Z after a confirmation, and the past Zs as stored. Behind the manager PIN outside training.
 * {@link #exports()} is the place for the export and PDF buttons.
 */
public final class ReportsView implements ScreenView {

    public static final String STYLE = "reports";

    private final ReportsViewModel vm;
    private final PinGateViewModel gate;
    private final Runnable back;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final PinPad pinPad;
    private final Button today;
    private final GridPane currencies = grid("reports-currencies");
    private final GridPane payments = grid("reports-payments");
    private final GridPane settled = grid("reports-settled");
    private final Label settleNote = wrapped("reports-settle-note", null);
    private final GridPane adjustments = grid("reports-adjustments");
    private final FlowPane outcomes = flow("reports-outcomes");
    private final FlowPane adjustedOutcomes = flow("reports-adjusted-outcomes");
    private final VBox adjustmentBox;
    private final Label note = wrapped("reports-note", null);
    private final Label chartTitle = wrapped("reports-chart-title", "report-section");
    private final ReportChart chart = new ReportChart();
    private final Label attentionTitle = wrapped("reports-attention-title", "report-section");
    private final Label attentionMore = wrapped("reports-attention-more", null);
    private final ListView<Attention> attention = new ListView<>();
    private final ListView<Report> zList = new ListView<>();
    private final HBox exports = new HBox(12);
    private final ShopSection shop;

    /**
     * @param gate the manager PIN in front; null for none
     */
    public ReportsView(ReportsViewModel vm, PinGateViewModel gate, Runnable back) {
        this.vm = vm;
        this.gate = gate;
        this.back = back;
        this.texts = vm.texts();
        this.shop = new ShopSection(vm);
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(ReportsView.class.getResource("reports.css").toExternalForm());
        root.setTop(Bars.titled(texts.get("reports.title"), "screen-title", "top-bar",
                Bars.button(texts.get("common.back"), "reports-back", back)));
        today = Bars.button(texts.get("reports.today"), "reports-today", vm::showToday);
        adjustmentBox = new VBox(8, wrapped(null, "report-section", texts.get("reports.adjustments")),
                adjustedOutcomes, adjustments);
        VBox body = new VBox(shop.choice(), controls(), closing(),
                wrapped("reports-heading", "report-heading", vm.headingProperty()), note,
                message(), currencies, shop.perTill(),
                wrapped(null, "report-section", texts.get("reports.payments")), payments,
                wrapped(null, "report-section", texts.get("reports.settled")), settled, settleNote,
                wrapped(null, "report-section", texts.get("reports.outcomes")), outcomes, adjustmentBox,
                chartTitle, chart, attentionTitle, attentionList(), attentionMore, shop.closing(), pastZs());
        body.getStyleClass().add("reports-body");
        // no blank line under the settled figures when MixPay has settled every paid sale
        settleNote.managedProperty().bind(settleNote.textProperty().isNotEmpty());
        settleNote.visibleProperty().bind(settleNote.managedProperty());
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("reports-scroll");
        vm.reportProperty().addListener((obs, old, now) -> show(now));
        if (gate == null) {
            pinPad = null;
            root.setCenter(scroll);
        } else {
            pinPad = new PinPad(gate, texts.get("reports.pin"));
            scroll.visibleProperty().bind(gate.lockedProperty().not());
            pinPad.visibleProperty().bind(gate.lockedProperty());
            gate.lockedProperty().addListener((o, was, now) -> {
                if (now) {
                    pinPad.focus();
                } else {
                    vm.opened();
                    today.requestFocus();
                }
            });
            StackPane stack = new StackPane(scroll, pinPad);
            StackPane.setAlignment(pinPad, Pos.TOP_CENTER);
            root.setCenter(stack);
        }
    }

    /** Where the export buttons go ("Export CSV", "PDF"): they act on {@link ReportsViewModel#reportProperty()}. */
    public HBox exports() {
        return exports;
    }

    /** What went wrong or what just happened; takes no room while there is nothing to say. */
    private Label message() {
        Label message = wrapped("reports-message", "report-message", vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        return message;
    }

    private FlowPane controls() {
        DatePicker from = new DatePicker();
        from.setId("reports-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("reports-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        // wide enough for a whole date in any locale's short form (12/31/2026, 31.12.2026)
        from.setPrefWidth(200);
        to.setPrefWidth(200);
        FlowPane row = new FlowPane(12, 8, today,
                sinceZ(),
                ReportFigures.cell(texts.get("reports.from"), null), from,
                ReportFigures.cell(texts.get("reports.to"), null), to,
                Bars.button(texts.get("reports.show"), "reports-show", vm::showRange));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("report-controls");
        return row;
    }

    /** The till's open period: a Z is closed per till, so there is none for the whole shop. */
    private Button sinceZ() {
        Button b = Bars.button(texts.get("reports.sinceZ"), "reports-since-z", vm::showSinceLastZ);
        b.disableProperty().bind(vm.wholeShopProperty());
        return b;
    }

    private ListView<Attention> attentionList() {
        attention.setId("reports-attention");
        attention.setPrefHeight(180);
        attention.setMinHeight(120);
        attention.setCellFactory(l -> new AttentionCell(texts));
        attention.setPlaceholder(ReportFigures.cell(texts.get("reports.attention.none"), null));
        attention.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && attention.getSelectionModel().getSelectedItem() != null) {
                vm.openSale(attention.getSelectionModel().getSelectedItem().orderId());
            }
        });
        attention.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && attention.getSelectionModel().getSelectedItem() != null) {
                vm.openSale(attention.getSelectionModel().getSelectedItem().orderId());
                e.consume();
            }
        });
        return attention;
    }

    private VBox closing() {
        Button close = new Button();
        close.setId("close-z");
        close.getStyleClass().add("primary-button");
        close.textProperty().bind(vm.nextZProperty().map(n -> texts.get("reports.close", n.longValue())));
        close.disableProperty().bind(vm.busyProperty().or(vm.nextZProperty().isEqualTo(0))
                .or(vm.confirmingProperty()).or(vm.wholeShopProperty()));
        close.setOnAction(e -> vm.askClose());
        close.setMinWidth(Region.USE_PREF_SIZE);
        exports.setId("report-exports");
        exports.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(12, 8, close, exports);
        Label ask = wrapped("close-ask", "report-ask", vm.nextZProperty()
                .map(n -> texts.get("reports.close.ask", n.longValue())));
        Button yes = new Button();
        yes.setId("close-z-yes");
        yes.getStyleClass().add("danger-button");
        yes.textProperty().bind(vm.nextZProperty().map(n -> texts.get("reports.close.yes", n.longValue())));
        Button no = Bars.button(texts.get("reports.close.no"), "close-z-no", vm::cancelClose);
        yes.setMinWidth(Region.USE_PREF_SIZE);
        no.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane answers = new FlowPane(12, 8, no, yes);
        VBox confirm = new VBox(8, ask, answers);
        confirm.setId("close-confirm");
        confirm.getStyleClass().add("close-confirm");
        confirm.visibleProperty().bind(vm.confirmingProperty());
        confirm.managedProperty().bind(vm.confirmingProperty());
        // the question's buttons vanish with it: give the focus back to "Close the day", or it moves on down the
        // page and the scroll follows it
        vm.confirmingProperty().addListener((o, was, now) -> (now ? no : close).requestFocus());
        boolean[] closing = {false};
        yes.setOnAction(e -> {
            closing[0] = true;
            vm.confirmClose();
        });
        vm.busyProperty().addListener((o, was, now) -> {
            if (!now && closing[0]) {
                closing[0] = false;
                close.requestFocus();
            }
        });
        return new VBox(8, actions, confirm);
    }

    private VBox pastZs() {
        zList.setId("z-list");
        zList.setItems(vm.zReports());
        zList.setPrefHeight(150);
        zList.setMinHeight(100);
        zList.setPlaceholder(ReportFigures.cell(texts.get("reports.zList.none"), null));
        zList.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Report z, boolean empty) {
                super.updateItem(z, empty);
                setText(empty || z == null ? null : vm.zRow(z));
            }
        });
        zList.setOnMouseClicked(e -> vm.showZ(zList.getSelectionModel().getSelectedItem()));
        zList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.showZ(zList.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Button show = Bars.button(texts.get("reports.zShow"), "z-show",
                () -> vm.showZ(zList.getSelectionModel().getSelectedItem()));
        show.disableProperty().bind(zList.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(8, wrapped(null, "report-section", texts.get("reports.zList")), zList, show);
    }

    private void show(Report r) {
        if (r == null) {
            return;
        }
        note.setText(texts.get(r.isZ() ? "reports.zNote" : r.isWholeShop() ? "reports.shop.note" : "reports.xNote"));
        shop.show(r);
        ReportFigures.currencies(currencies, r.totals(), texts);
        ReportFigures.payments(payments, r.totals(), texts);
        ReportFigures.settled(settled, r.totals(), texts);
        settleNote.setText(ReportFigures.settleNote(r.totals(), texts));
        ReportFigures.outcomes(outcomes, r.totals(), texts, false);
        boolean adjusted = r.hasAdjustments();
        adjustmentBox.setVisible(adjusted);
        adjustmentBox.setManaged(adjusted);
        ReportFigures.outcomes(adjustedOutcomes, r.adjustments(), texts, true);
        ReportFigures.currencies(adjustments, r.adjustments(), texts);
        chartTitle.setText(texts.get(r.chart().unit() == Chart.Unit.HOUR ? "reports.chart.hour" : "reports.chart.day"));
        chart.show(r.chart());
        attentionTitle.setText(texts.get("reports.attention", r.attentionTotal()));
        attention.getItems().setAll(r.attention());
        attentionMore.setText(r.attentionTotal() > r.attention().size()
                ? texts.get("reports.attention.more", r.attention().size(), r.attentionTotal())
                : r.attention().isEmpty() ? "" : texts.get("reports.attention.open"));
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public void shown() {
        if (gate != null) {
            gate.opened();
        }
        if (locked()) {
            pinPad.focus();
        } else {
            vm.opened();
            today.requestFocus();
        }
    }

    private boolean locked() {
        return gate != null && gate.lockedProperty().get();
    }

    @Override
    public boolean onKeyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (vm.confirmingProperty().get()) {
                vm.cancelClose();
            } else {
                back.run();
            }
            return true;
        }
        return false;
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.getStyleClass().add("report-grid");
        return g;
    }

    private static FlowPane flow(String id) {
        FlowPane f = new FlowPane(16, 6);
        f.setId(id);
        return f;
    }

    /** A label that wraps rather than cuts, with its id and style class (either may be null). */
    static Label wrapped(String id, String style) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        if (style != null) {
            l.getStyleClass().add(style);
        }
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static Label wrapped(String id, String style, String text) {
        Label l = wrapped(id, style);
        l.setText(text);
        return l;
    }

    private static Label wrapped(String id, String style, javafx.beans.value.ObservableValue<String> text) {
        Label l = wrapped(id, style);
        l.textProperty().bind(text);
        return l;
    }

    /** One sale to look at: when, its order id, its price and why, wrapped rather than cut. */
    private static final class AttentionCell extends ListCell<Attention> {

        private final Texts texts;

        AttentionCell(Texts texts) {
            this.texts = texts;
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Attention a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                return;
            }
            setText(Format.dayClock(texts, a.createdAt()) + "  " + a.orderId() + "  " + Format.money(texts, a.amount(), a.symbol())
                    + "  " + why(texts, a.why()));
        }
    }

    static String why(Texts texts, Attention.Why why) {
        return switch (why) {
            case MISMATCH -> texts.get("reports.why.MISMATCH");
            case PAID_AFTER_CANCEL -> texts.get("reports.why.PAID_AFTER_CANCEL");
            case STILL_OPEN -> texts.get("reports.why.STILL_OPEN");
            case REFUND_NOT_FINAL -> texts.get("reports.why.REFUND_NOT_FINAL");
            case VOID -> texts.get("reports.why.VOID");
        };
    }
}
