package app.mixpos.ui.settings;

import app.mixpos.config.Language;
import app.mixpos.ui.Bars;
import app.mixpos.ui.Labels;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SettlementAsset;
import app.mixpos.ui.shell.ScreenView;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Payee id, settlement asset, default currency, link mode and languages, behind the manager PIN when one is required. */
public final class SettingsView implements ScreenView {

    public static final String STYLE = "settings";

    private final SettingsViewModel vm;
    private final Runnable back;
    private final BorderPane root = new BorderPane();
    private final TextField payee = new TextField();
    private final PinGateViewModel gate;
    private final PinPad pinPad;
    private final VBox formBox;

    /** Settings with no lock in front. */
    public SettingsView(SettingsViewModel vm, Runnable back) {
        this(vm, null, back);
    }

    /** Settings behind {@code gate}; null for none. */
    public SettingsView(SettingsViewModel vm, PinGateViewModel gate, Runnable back) {
        this.vm = vm;
        this.gate = gate;
        this.back = back;
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(SettingsView.class.getResource("settings.css").toExternalForm());
        root.setTop(Bars.titled(vm.texts().get("settings.title"), "screen-title", "top-bar",
                Bars.button(vm.texts().get("common.back"), null, back)));
        VBox form = form();
        formBox = form;
        if (gate == null) {
            pinPad = null;
            root.setCenter(scrolling(form));
            return;
        }
        form.getChildren().add(new ChoosePinForm(gate));
        pinPad = new PinPad(gate);
        form.visibleProperty().bind(gate.lockedProperty().not());
        pinPad.visibleProperty().bind(gate.lockedProperty());
        gate.lockedProperty().addListener((obs, was, now) -> {
            if (now) {
                pinPad.focus();
            } else {
                payee.requestFocus();
            }
        });
        StackPane stack = new StackPane(form, pinPad);
        stack.setAlignment(Pos.TOP_LEFT);
        StackPane.setAlignment(pinPad, Pos.TOP_CENTER);
        root.setCenter(scrolling(stack));
    }

    /**
     * Adds a section of settings of another part of the till (the customer display) under the form, behind the
     * same PIN; call before the screen is first shown.
     */
    public void addSection(Node section) {
        formBox.getChildren().add(section);
    }

    /** A grid's field names keep their whole width; the fields beside them give way (1024 px, training panel open). */
    static void labelsWhole(GridPane grid) {
        grid.getChildren().stream().filter(Label.class::isInstance)
                .forEach(l -> ((Label) l).setMinWidth(Region.USE_PREF_SIZE));
    }

    /**
     * The settings scroll when the window is shorter than they are, instead of making the window's screens all
     * taller than the window (the shell's stack sizes to its tallest child).
     */
    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("settings-scroll");
        return scroll;
    }

    private boolean locked() {
        return gate != null && gate.lockedProperty().get();
    }

    private VBox form() {
        payee.setId("payee");
        payee.setPromptText(vm.texts().get("settings.payee.prompt"));
        payee.textProperty().bindBidirectional(vm.payeeIdProperty());
        Label payeeProblem = new Label();
        payeeProblem.setId("payee-problem");
        payeeProblem.getStyleClass().add("field-problem");
        payeeProblem.textProperty().bind(vm.payeeProblemProperty());
        ComboBox<SettlementAsset> settle = combo("settlement", vm.settlements(),
                a -> a.symbol() + (a.network() == null ? "" : " (" + a.network() + ")")
                        + (a.name() == null ? "" : " — " + a.name()));
        settle.valueProperty().bindBidirectional(vm.settlementProperty());
        ComboBox<QuoteAsset> currency = combo("default-currency", vm.currencies(), QuoteAsset::symbol);
        currency.valueProperty().bindBidirectional(vm.currencyProperty());
        ComboBox<LinkMode> mode = combo("link-mode", FXCollections.observableArrayList(LinkMode.values()),
                m -> vm.texts().get("settings.linkMode." + m.name()));
        mode.valueProperty().bindBidirectional(vm.linkModeProperty());
        ComboBox<Language> language = combo("language", FXCollections.observableArrayList(Language.values()),
                l -> vm.texts().get("settings.language." + l.name()));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<Language> customerLanguage = combo("customer-language",
                FXCollections.observableArrayList(Language.values()),
                l -> vm.texts().get("settings.language." + l.name()));
        customerLanguage.valueProperty().bindBidirectional(vm.customerLanguageProperty());
        // under the grid, not in it: a label in the grid keeps its whole width (labelsWhole), and this sentence is
        // longer than the form is wide at 1024 px with the training panel open
        Label languageHint = Labels.wrapped("language-hint", "settings-message",
                vm.texts().get("settings.language.hint"));
        languageHint.setMinWidth(0);
        languageHint.setPrefWidth(0);
        languageHint.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.addRow(0, new Label(vm.texts().get("settings.payee")), payee);
        grid.add(payeeProblem, 1, 1);
        grid.addRow(2, new Label(vm.texts().get("settings.settlement")), settle);
        grid.addRow(3, new Label(vm.texts().get("settings.currency")), currency);
        grid.addRow(4, new Label(vm.texts().get("settings.linkMode")), mode);
        grid.addRow(5, new Label(vm.texts().get("settings.language")), language);
        grid.addRow(6, new Label(vm.texts().get("settings.customerLanguage")), customerLanguage);
        labelsWhole(grid);
        Button save = new Button(vm.texts().get("settings.save"));
        save.setId("save-settings");
        save.getStyleClass().add("primary-button");
        save.disableProperty().bind(vm.canSave().not());
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("settings-message");
        message.getStyleClass().add("settings-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(grid, languageHint, save, message);
        box.getStyleClass().add("settings-form");
        return box;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items,
                                         Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setCellFactory(l -> cell(text));
        c.setButtonCell(cell(text));
        return c;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public void shown() {
        vm.load();
        if (gate != null) {
            gate.opened();
        }
        if (locked()) {
            pinPad.focus();
        } else {
            payee.requestFocus();
        }
    }

    @Override
    public boolean onKeyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            back.run();
            return true;
        }
        if (e.getCode() == KeyCode.S && e.isShortcutDown()) {
            if (!locked()) {
                vm.save();
            }
            return true;
        }
        return false;
    }
}
