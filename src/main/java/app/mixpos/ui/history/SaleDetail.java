package app.mixpos.ui.history;

import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import app.mixpos.ui.text.ReasonWords;
import app.mixpos.ui.text.Texts;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected sale: what it is, its status history, and what can be done with it. */
final class SaleDetail extends VBox {

    private final Texts texts;

    SaleDetail(HistoryViewModel vm) {
        texts = vm.texts();
        getStyleClass().add("sale-detail");
        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label outcome = new Label();
        outcome.setId("detail-outcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ListView<SaleEvent> events = new ListView<>(vm.events());
        events.setId("events");
        events.setFocusTraversable(false);
        events.setCellFactory(l -> new EventCell(texts));
        events.setPlaceholder(new Label(texts.get("history.noEvents")));
        VBox.setVgrow(events, Priority.ALWAYS);
        Button check = new Button(texts.get("history.checkNow"));
        check.setId("check-now");
        check.setOnAction(e -> vm.checkNow());
        Button show = new Button(texts.get("history.showQr"));
        show.setId("show-again");
        show.setOnAction(e -> vm.showAgain());
        Label message = new Label();
        message.setId("history-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        vm.selectedProperty().addListener((obs, old, now) -> fill(now, title, outcome, show));
        fill(vm.selectedProperty().get(), title, outcome, show);
        check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        show.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title, outcome, events, new HBox(12, check, show), message);
    }

    private void fill(SaleSnapshot s, Label title, Label outcome, Button show) {
        check(s != null, show);
        if (s == null) {
            title.setText(texts.get("history.noSelection"));
            outcome.setText("");
            return;
        }
        // the order id is one word, so a wrapped title breaks before it, never inside it
        title.setText(texts.get("history.saleTitle", Format.money(texts, s.sale().amount()), s.orderId()));
        outcome.setText(OutcomeWords.of(texts, s.state())
                + (s.sale().remark() == null ? "" : " · " + s.sale().remark()));
        show.setText(texts.get(s.state().outcome() == app.mixpos.sale.Outcome.OPEN
                ? "history.showQr" : "history.openResult"));
    }

    private static void check(boolean enabled, Button b) {
        b.setDisable(!enabled);
    }

    private static final class EventCell extends ListCell<SaleEvent> {

        private final Texts texts;
        private final ReasonWords reasons;

        EventCell(Texts texts) {
            this.texts = texts;
            this.reasons = new ReasonWords(texts);
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SaleEvent e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                return;
            }
            String detail = e.reasons().isEmpty() ? "" : " — " + reasons.all(e.reasons());
            // the stored kind and outcome as they are: in words ("link created") the cells wrapped otherwise, which
            // moved the list and let the recent sales cut an amount for two steps (CashierHourTest, 1024x768)
            setText(Format.clock(texts, e.at()) + "  " + e.kind() + "  " + e.outcome().name().toLowerCase(Locale.ROOT)
                    + (e.status() == null || e.status().isBlank() ? "" : " (" + e.status() + ")") + detail);
        }
    }
}
