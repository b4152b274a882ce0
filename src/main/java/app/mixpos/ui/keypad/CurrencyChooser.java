package app.mixpos.ui.keypad;

import app.mixpos.ui.Bars;
import app.mixpos.sale.QuoteAsset;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Choosing the sale's currency: every currency MixPay lists as a big touch key, fiat first, with a filter the
 * cashier can type into (Enter takes the best match, Esc closes). Built the first time it is needed, not for the
 * first frame.
 */
final class CurrencyChooser extends StackPane {

    static final String STYLE = "currency-chooser";
    static final String CHOICE = "currency-choice";

    private final KeypadViewModel vm;
    private final Runnable close;
    private final TextField filter = new TextField();
    private final FlowPane fiat = new FlowPane();
    private final FlowPane crypto = new FlowPane();
    private final Label fiatTitle;
    private final Label cryptoTitle;
    private final Label none = new Label();

    CurrencyChooser(KeypadViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
        fiatTitle = section(vm.texts().get("keypad.chooser.fiat"));
        cryptoTitle = section(vm.texts().get("keypad.chooser.crypto"));
        setId("currency-chooser");
        getStyleClass().add(STYLE);
        HBox head = Bars.titled(vm.texts().get("keypad.chooser.title"), "chooser-title", "chooser-head",
                Bars.button(vm.texts().get("keypad.chooser.cancel"), "currency-cancel", close));
        filter.setId("currency-filter");
        filter.setPromptText(vm.texts().get("keypad.chooser.filter"));
        filter.textProperty().addListener((obs, old, now) -> refill());
        none.setId("currency-none");
        none.getStyleClass().add("chooser-none");
        fiat.getStyleClass().add("chooser-keys");
        crypto.getStyleClass().add("chooser-keys");
        VBox lists = new VBox(fiatTitle, fiat, cryptoTitle, crypto, none);
        lists.getStyleClass().add("chooser-lists");
        ScrollPane scroll = new ScrollPane(lists);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("chooser-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox card = new VBox(head, filter, scroll);
        card.getStyleClass().add("chooser-card");
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        vm.currencies().addListener((ListChangeListener<QuoteAsset>) c -> refill());
        vm.currencyProperty().addListener((obs, old, now) -> refill());
        refill();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("chooser-section");
        return l;
    }

    /**
     * Opens with an empty filter, ready to type into, and asks for the list again: on a till's first day the list
     * MixPay sends arrives a moment after the keypad first asked.
     */
    void open() {
        vm.loadCurrencies();
        filter.clear();
        refill();
        setVisible(true);
        filter.requestFocus();
    }

    /** Esc closes; Enter takes the best match. Other keys go to the filter. */
    boolean onKeyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close.run();
            return true;
        }
        if (e.getCode() == KeyCode.ENTER) {
            List<QuoteAsset> found = vm.matching(filter.getText());
            if (!found.isEmpty()) {
                choose(found.get(0));
            }
            return true;
        }
        return false;
    }

    private void choose(QuoteAsset asset) {
        vm.currencyProperty().set(asset);
        close.run();
    }

    private void refill() {
        List<QuoteAsset> found = vm.matching(filter.getText());
        fiat.getChildren().clear();
        crypto.getChildren().clear();
        for (QuoteAsset a : found) {
            (a.fiat() ? fiat : crypto).getChildren().add(key(a));
        }
        show(fiatTitle, fiat, !fiat.getChildren().isEmpty());
        show(cryptoTitle, crypto, !crypto.getChildren().isEmpty());
        none.setText(found.isEmpty() ? vm.texts().get("keypad.chooser.none", filter.getText().strip(),
                vm.currencyProperty().get().symbol()) : "");
        none.setVisible(found.isEmpty());
        none.setManaged(found.isEmpty());
    }

    private static void show(Label title, FlowPane keys, boolean any) {
        title.setVisible(any);
        title.setManaged(any);
        keys.setVisible(any);
        keys.setManaged(any);
    }

    private Button key(QuoteAsset a) {
        Button b = new Button(a.symbol());
        b.setId("currency-" + a.assetId().toLowerCase(Locale.ROOT));
        b.getStyleClass().add(CHOICE);
        if (a.equals(vm.currencyProperty().get())) {
            b.getStyleClass().add("primary-button");
        }
        b.setFocusTraversable(false);
        b.setOnAction(e -> choose(a));
        return b;
    }
}
