package app.mixpos.ui.keypad;

import app.mixpos.ui.Bars;
import app.mixpos.ui.shell.ScreenView;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import app.mixpos.ui.Labels;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The cashier's screen: amount, currency, remark, the touch keys and Charge. Only what the first frame shows is
 * built with it: the remark's editor and the busy overlay come just after ({@link #completeLater()}) and the
 * currency chooser when first opened, which keeps launch → keypad usable short.
 */
public final class KeypadView implements ScreenView {

    public static final String STYLE = "keypad";
    public static final String AMOUNT = "keypad-amount";
    public static final String REFUSAL = "keypad-refusal";
    public static final String PROBLEM = "keypad-problem";

    private final KeypadViewModel vm;
    private final Runnable openRecent;
    private final Runnable openSettings;
    private final Runnable openReports;
    private final BorderPane root = new BorderPane();
    private final Button charge;
    private final RemarkField remark;
    private final Button currency = new Button();
    private final StackPane center;
    private StackPane busy;
    private CurrencyChooser chooser;

    public KeypadView(KeypadViewModel vm, String footer, Runnable openRecent, Runnable openSettings) {
        this(vm, footer, openRecent, openSettings, null);
    }

    /** @param openReports opens the reports (F4 and a key in the top bar); null for a till without them */
    public KeypadView(KeypadViewModel vm, String footer, Runnable openRecent, Runnable openSettings,
                      Runnable openReports) {
        this.vm = vm;
        this.openReports = openReports;
        this.charge = new Button(vm.texts().get("keypad.charge"));
        this.openRecent = openRecent;
        this.openSettings = openSettings;
        this.remark = new RemarkField(vm.remarkProperty(), vm.texts().get("keypad.remark"));
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(KeypadView.class.getResource("keypad.css").toExternalForm());
        root.setTop(topBar());
        HBox body = new HBox(left(footer), pad());
        body.getStyleClass().add("keypad-body");
        HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
        center = new StackPane(body);
        root.setCenter(center);
        vm.busyProperty().addListener((obs, was, now) -> {
            if (now) {
                busyOverlay();
            } else if (root.isVisible()) {
                // Charge was disabled while busy, which moved the focus on to "Recent sales"; bring it back
                charge.requestFocus();
            }
        });
    }

    private HBox topBar() {
        HBox bar = Bars.titled(vm.texts().get("keypad.title"), "screen-title", "top-bar",
                Bars.button(vm.texts().get("keypad.openRecent"), "open-recent", openRecent),
                Bars.button(vm.texts().get("keypad.openSettings"), "open-settings", openSettings));
        if (openReports != null) {
            bar.getChildren().add(bar.getChildren().size() - 1,
                    Bars.button(vm.texts().get("reports.open"), "open-reports", openReports));
        }
        return bar;
    }

    private VBox left(String footer) {
        Label amount = new Label();
        amount.setId("amount");
        amount.getStyleClass().add(AMOUNT);
        amount.textProperty().bind(vm.inputProperty().map(vm::shown));
        currency.setId("currency");
        currency.getStyleClass().add("keypad-currency");
        currency.textProperty().bind(vm.currencyProperty().map(asset -> asset.symbol() + "  \u25BE"));
        Label caption = new Label(vm.texts().get("keypad.currencyCaption"));
        caption.getStyleClass().add("keypad-currency-caption");
        currency.setGraphic(caption);
        currency.setContentDisplay(ContentDisplay.TOP);
        currency.setMinWidth(Region.USE_PREF_SIZE);
        currency.setOnAction(e -> openChooser());
        AmountFit.keep(amount);
        amount.setMaxWidth(Double.MAX_VALUE);
        // the currency above the amount, not beside it: the amount gets the column's whole width (at 1024 px with
        // the training panel open, beside the currency it had 165 px and 0.00012345 could not fit at any size)
        VBox amountRow = new VBox(currency, amount);
        amountRow.getStyleClass().add("keypad-amount-row");
        Label refusal = Labels.wrapped("refusal", REFUSAL, vm.refusalProperty().get());
        refusal.textProperty().bind(Bindings.when(vm.refusalProperty().isEmpty())
                .then(vm.limitsProperty()).otherwise(vm.refusalProperty()));
        Label problem = Labels.wrapped("problem", PROBLEM, "");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().map(p -> !p.isEmpty()));
        problem.managedProperty().bind(problem.visibleProperty());
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Label foot = Labels.wrapped("footer", "keypad-footer", footer);
        for (Label message : new Label[] {refusal, problem, foot}) {
            // a message wraps in the column's width and never asks for more: a long one squeezed the pad
            message.setMinWidth(0);
            message.setPrefWidth(0);
            message.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(amountRow, refusal, problem, remark, gap, foot);
        box.getStyleClass().add("keypad-left");
        return box;
    }

    private VBox pad() {
        charge.setId("charge");
        charge.getStyleClass().add("charge-button");
        charge.setMaxWidth(Double.MAX_VALUE);
        charge.setMinWidth(Region.USE_PREF_SIZE);
        charge.setOnAction(e -> vm.charge());
        charge.disableProperty().bind(vm.busyProperty());
        KeypadPad pad = new KeypadPad(vm);
        VBox.setVgrow(pad, Priority.ALWAYS);
        VBox box = new VBox(pad, charge);
        box.getStyleClass().add("keypad-right");
        return box;
    }

    /**
     * Builds the remark's editor and the busy overlay, which the first frame does without; the shell calls this
     * just after the first frame. The currency chooser is built the first time it is opened.
     */
    @Override
    public void completeLater() {
        remark.complete();
        busyOverlay();
    }

    private void busyOverlay() {
        if (busy != null) {
            return;
        }
        ProgressIndicator spinner = new ProgressIndicator();
        Label text = new Label(vm.texts().get("keypad.busy"));
        text.getStyleClass().add("busy-text");
        VBox box = new VBox(spinner, text);
        box.setAlignment(Pos.CENTER);
        StackPane overlay = new StackPane(box);
        overlay.setId("busy");
        overlay.getStyleClass().add("busy-overlay");
        overlay.visibleProperty().bind(vm.busyProperty());
        busy = overlay;
        center.getChildren().add(overlay);
    }

    private CurrencyChooser chooser() {
        if (chooser == null) {
            chooser = new CurrencyChooser(vm, this::closeChooser);
            chooser.setVisible(false);
            center.getChildren().add(chooser);
        }
        return chooser;
    }

    private boolean choosing() {
        return chooser != null && chooser.isVisible();
    }

    private void openChooser() {
        if (!vm.busyProperty().get()) {
            chooser().open();
        }
    }

    private void closeChooser() {
        if (chooser != null) {
            chooser.setVisible(false);
        }
        charge.requestFocus();
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public void shown() {
        if (choosing()) {
            chooser.setVisible(false);
        }
        vm.loadCurrencies();
        charge.requestFocus();
    }

    @Override
    public boolean onKeyPressed(KeyEvent e) {
        if (choosing()) {
            return chooser.onKeyPressed(e);
        }
        boolean inText = e.getTarget() instanceof TextInputControl;
        KeyCode code = e.getCode();
        switch (code) {
            case ENTER -> vm.charge();
            case F3 -> openChooser();
            case F2 -> openRecent.run();
            case F10 -> openSettings.run();
            case F4 -> {
                if (openReports == null) {
                    return false;
                }
                openReports.run();
            }
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
        if (choosing() || e.getTarget() instanceof TextInputControl || e.getCharacter().isEmpty()) {
            return false;
        }
        char c = e.getCharacter().charAt(0);
        if (Character.isISOControl(c) || Character.isWhitespace(c) || e.isControlDown() || e.isAltDown()) {
            return false;
        }
        // every other character goes to the amount: one that is not part of it is refused with the reason
        vm.type(c);
        return true;
    }
}
