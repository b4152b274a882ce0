package app.mixpos.ui.keypad;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.ui.shell.ScreenView;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import app.mixpos.ui.Labels;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The cashier's screen: amount, currency, remark, the touch keys and Charge. */
public final class KeypadView implements ScreenView {

    public static final String STYLE = "keypad";
    public static final String AMOUNT = "keypad-amount";
    public static final String REFUSAL = "keypad-refusal";
    public static final String PROBLEM = "keypad-problem";

    private final KeypadViewModel vm;
    private final Runnable openRecent;
    private final Runnable openSettings;
    private final BorderPane root = new BorderPane();
    private final Button charge = new Button("Charge  (Enter)");
    private final TextField remark = new TextField();

    public KeypadView(KeypadViewModel vm, String footer, Runnable openRecent, Runnable openSettings) {
        this.vm = vm;
        this.openRecent = openRecent;
        this.openSettings = openSettings;
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(KeypadView.class.getResource("keypad.css").toExternalForm());
        root.setTop(topBar());
        HBox body = new HBox(left(footer), pad());
        body.getStyleClass().add("keypad-body");
        HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
        StackPane center = new StackPane(body, busyOverlay());
        root.setCenter(center);
    }

    private HBox topBar() {
        Label title = new Label("New sale");
        title.getStyleClass().add("screen-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button recent = new Button("Recent sales (F2)");
        recent.setId("open-recent");
        recent.setOnAction(e -> openRecent.run());
        Button settings = new Button("Settings (F10)");
        settings.setId("open-settings");
        settings.setOnAction(e -> openSettings.run());
        HBox bar = new HBox(title, gap, recent, settings);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private VBox left(String footer) {
        Label amount = new Label();
        amount.setId("amount");
        amount.getStyleClass().add(AMOUNT);
        amount.textProperty().bind(Bindings.createStringBinding(
                () -> vm.inputProperty().get().isEmpty() ? "0" : vm.inputProperty().get(), vm.inputProperty()));
        ComboBox<QuoteAsset> currency = new ComboBox<>(vm.currencies());
        currency.setId("currency");
        currency.getStyleClass().add("keypad-currency");
        currency.valueProperty().bindBidirectional(vm.currencyProperty());
        currency.setButtonCell(new SymbolCell());
        currency.setCellFactory(l -> new SymbolCell());
        HBox amountRow = new HBox(amount, currency);
        amountRow.getStyleClass().add("keypad-amount-row");
        Label refusal = Labels.wrapped("refusal", REFUSAL, vm.refusalProperty().get());
        refusal.textProperty().bind(vm.refusalProperty());
        Label problem = Labels.wrapped("problem", PROBLEM, "");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        remark.setId("remark");
        remark.setPromptText("Remark for the receipt (optional, up to " + Sale.MAX_REMARK + " characters)");
        remark.textProperty().bindBidirectional(vm.remarkProperty());
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Label foot = Labels.wrapped("footer", "keypad-footer", footer);
        VBox box = new VBox(amountRow, refusal, problem, remark, gap, foot);
        box.getStyleClass().add("keypad-left");
        return box;
    }

    private VBox pad() {
        charge.setId("charge");
        charge.getStyleClass().add("charge-button");
        charge.setMaxWidth(Double.MAX_VALUE);
        charge.setOnAction(e -> vm.charge());
        charge.disableProperty().bind(vm.busyProperty());
        KeypadPad pad = new KeypadPad(vm);
        VBox.setVgrow(pad, Priority.ALWAYS);
        VBox box = new VBox(pad, charge);
        box.getStyleClass().add("keypad-right");
        return box;
    }

    private StackPane busyOverlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label text = new Label("Creating the payment link…");
        text.getStyleClass().add("busy-text");
        VBox box = new VBox(spinner, text);
        box.setAlignment(Pos.CENTER);
        StackPane overlay = new StackPane(box);
        overlay.setId("busy");
        overlay.getStyleClass().add("busy-overlay");
        overlay.visibleProperty().bind(vm.busyProperty());
        return overlay;
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public void shown() {
        charge.requestFocus();
    }

    @Override
    public boolean onKeyPressed(KeyEvent e) {
        boolean inText = e.getTarget() instanceof TextInputControl;
        KeyCode code = e.getCode();
        switch (code) {
            case ENTER -> vm.charge();
            case F2 -> openRecent.run();
            case F10 -> openSettings.run();
            case ESCAPE -> {
                if (inText) {
                    charge.requestFocus();
                } else {
                    vm.clear();
                }
            }
            case BACK_SPACE -> {
                if (inText) {
                    return false;
                }
                vm.backspace();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean onKeyTyped(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.getCharacter().isEmpty()) {
            return false;
        }
        char c = e.getCharacter().charAt(0);
        if (Character.isDigit(c) || c == '.' || c == ',') {
            vm.type(c);
            return true;
        }
        return false;
    }

    private static final class SymbolCell extends ListCell<QuoteAsset> {
        @Override
        protected void updateItem(QuoteAsset item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.symbol());
        }
    }
}
