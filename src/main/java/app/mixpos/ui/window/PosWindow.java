package app.mixpos.ui.window;

import app.mixpos.checkout.CheckoutService;
import app.mixpos.records.SaleRecords;
import app.mixpos.reports.Reports;
import app.mixpos.records.StoreStates;
import app.mixpos.till.TillModel;
import app.mixpos.ui.FxThread;
import app.mixpos.ui.OwnerLock;
import app.mixpos.ui.SettingsEditor;
import app.mixpos.ui.SoundCue;
import app.mixpos.ui.TrainingCustomer;
import app.mixpos.ui.UiOptions;
import app.mixpos.ui.history.HistoryView;
import app.mixpos.ui.history.HistoryViewModel;
import app.mixpos.ui.export.ExportBar;
import app.mixpos.ui.export.ExportDesk;
import app.mixpos.ui.export.ExportsViewModel;
import app.mixpos.ui.receipt.ReceiptDesk;
import app.mixpos.ui.receipt.ReceiptKey;
import app.mixpos.ui.keypad.KeypadView;
import app.mixpos.ui.keypad.KeypadViewModel;
import app.mixpos.ui.payment.PaymentView;
import app.mixpos.ui.payment.PaymentViewModel;
import app.mixpos.ui.reports.ReportsView;
import app.mixpos.ui.reports.ReportsViewModel;
import app.mixpos.ui.result.ResultView;
import app.mixpos.ui.settings.PinGateViewModel;
import app.mixpos.ui.settings.SettingsView;
import app.mixpos.ui.settings.SettingsViewModel;
import app.mixpos.ui.shell.Screen;
import app.mixpos.ui.shell.ShellView;
import app.mixpos.ui.shell.Navigator;
import app.mixpos.ui.shell.Warnings;
import app.mixpos.ui.text.Texts;
import app.mixpos.ui.till.TillFx;
import app.mixpos.ui.customer.TrainingPanel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import app.mixpos.config.WindowMode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The till's window: keypad, payment QR, results, recent sales, settings and (in training) the customer panel.
 * Create it on the FX thread, then {@link #show()}. Everything it does goes through {@code checkout}.
 */
public final class PosWindow {

    private final Stage stage;
    /** The window's language: every screen of this window speaks it (a customer display may speak another). */
    private final Texts texts;
    private final TillModel model;
    private final boolean ownsModel;
    private final TillFx till;
    private final Navigator shell;
    private final Warnings warnings = new Warnings();
    private final ShellView view;
    private final HistoryViewModel history;
    private ReceiptDesk receipts = ReceiptDesk.NONE;
    private ExportDesk exports = ExportDesk.NONE;
    private final List<Supplier<? extends Node>> settingsSections = new ArrayList<>();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ui-io");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param customer the simulated customer; required in training mode, ignored (may be null) otherwise
     * @param sounds   result cues; {@link SoundCue#SILENT} or {@link ClasspathSoundCue}
     */
    public PosWindow(Stage stage, CheckoutService checkout, SaleRecords records, UiOptions options,
                     SettingsEditor settings, TrainingCustomer customer, SoundCue sounds) {
        this(stage, checkout, records, options, settings, OwnerLock.NONE, customer, sounds);
    }

    /**
     * @param lock     the manager PIN in front of the settings; {@link OwnerLock#NONE} for none
     * @param customer the simulated customer; required in training mode, ignored (may be null) otherwise
     * @param sounds   result cues; {@link SoundCue#SILENT} or {@link ClasspathSoundCue}
     */
    public PosWindow(Stage stage, CheckoutService checkout, SaleRecords records, UiOptions options,
                     SettingsEditor settings, OwnerLock lock, TrainingCustomer customer, SoundCue sounds) {
        this(stage, null, checkout, records, null, options, settings, lock, customer, sounds);
    }

    /**
     * @param reports  the X and Z reports once the receipt log is open (the Reports screen, F4, behind {@code lock});
     *                 null for a till without them
     */
    public PosWindow(Stage stage, CheckoutService checkout, SaleRecords records, CompletableFuture<Reports> reports,
                     UiOptions options, SettingsEditor settings, OwnerLock lock, TrainingCustomer customer,
                     SoundCue sounds) {
        this(stage, null, checkout, records, reports, options, settings, lock, customer, sounds);
    }

    /** A window observing a till model built by the caller (see the full constructor), without reports. */
    public PosWindow(Stage stage, TillModel model, CheckoutService checkout, SaleRecords records, UiOptions options,
                     SettingsEditor settings, OwnerLock lock, TrainingCustomer customer, SoundCue sounds) {
        this(stage, model, checkout, records, null, options, settings, lock, customer, sounds);
    }

    /**
     * A window observing a till model built by the caller, who may give the same model to other observers (a
     * customer display) and closes it; with {@code model} null the window builds its own and closes it.
     *
     * @param reports  the X and Z reports once the receipt log is open (the Reports screen, F4, behind {@code lock});
     *                 null for a till without them
     * @param lock     the manager PIN in front of the settings and the reports; {@link OwnerLock#NONE} for none
     * @param customer the simulated customer; required in training mode, ignored (may be null) otherwise
     * @param sounds   result cues; {@link SoundCue#SILENT} or {@link ClasspathSoundCue}
     */
    public PosWindow(Stage stage, TillModel model, CheckoutService checkout, SaleRecords records,
                     CompletableFuture<Reports> reports, UiOptions options, SettingsEditor settings, OwnerLock lock,
                     TrainingCustomer customer, SoundCue sounds) {
        this.stage = Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(checkout, "checkout");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(settings, "settings");
        texts = options.texts();
        ownsModel = model == null;
        this.model = ownsModel ? new TillModel(checkout) : model;
        till = new TillFx(this.model, FxThread.EXECUTOR, sounds == null ? SoundCue.SILENT : sounds);
        shell = new Navigator(till);
        BooleanProperty networkLost = options.training() ? new SimpleBooleanProperty(false) : null;
        Supplier<TrainingPanel> drawer = options.training() && customer != null
                ? () -> new TrainingPanel(shell, warnings, networkLost, customer, io, FxThread.EXECUTOR, texts) : null;
        view = new ShellView(shell, warnings, networkLost, drawer, texts);

        KeypadViewModel keypad = new KeypadViewModel(checkout, texts, options.defaultCurrency(), FxThread.EXECUTOR,
                shell::showSale);
        keypad.loadCurrencies();
        history = new HistoryViewModel(checkout, records, texts, FxThread.EXECUTOR, shell::showSale);
        SettingsViewModel settingsVm = new SettingsViewModel(checkout, texts, settings, options.training(),
                FxThread.EXECUTOR, io, options.onSettingsSaved());
        Runnable toKeypad = shell::backToKeypad;
        view.add(Screen.KEYPAD, new KeypadView(keypad, footer(texts, options),
                () -> shell.open(Screen.HISTORY), () -> shell.open(Screen.SETTINGS),
                reports == null ? null : () -> shell.open(Screen.REPORTS)));
        PaymentViewModel payment = new PaymentViewModel(till, shell, checkout, warnings, FxThread.EXECUTOR, texts);
        PinGateViewModel gate = new PinGateViewModel(Objects.requireNonNull(lock, "lock"), texts, FxThread.EXECUTOR,
                io);
        view.addLater(Screen.PAYMENT, () -> new PaymentView(payment));
        view.addLater(Screen.RESULT, () -> new ResultView(shell, till, texts,
                new ReceiptKey(receipts, texts, FxThread.EXECUTOR)));
        view.addLater(Screen.HISTORY, () -> new HistoryView(history, toKeypad,
                new ReceiptKey(receipts, texts, FxThread.EXECUTOR)));
        view.addLater(Screen.SETTINGS, () -> {
            SettingsView settingsView = new SettingsView(settingsVm, gate, toKeypad);
            settingsSections.forEach(section -> settingsView.addSection(section.get()));
            return settingsView;
        });
        if (reports != null) {
            // built with the screen, after the first frame, like the other screens
            view.addLater(Screen.REPORTS, () -> {
                ReportsViewModel reportsVm = new ReportsViewModel(reports, texts, FxThread.EXECUTOR, orderId -> {
                    history.showOrder(orderId);
                    shell.open(Screen.HISTORY);
                });
                PinGateViewModel reportsGate = new PinGateViewModel(lock, texts, FxThread.EXECUTOR, io);
                ReportsView reportsView = new ReportsView(reportsVm, reportsGate, toKeypad);
                ExportsViewModel exportsVm = new ExportsViewModel(exports, texts, FxThread.EXECUTOR);
                reportsView.exports().getChildren().add(new ExportBar(exportsVm, reportsVm.reportProperty()::get));
                return reportsView;
            });
        }
        stage.setOnHidden(e -> close());
    }

    /**
     * Store mode: the store's state in a line above the screens, and the recent sales offer the whole shop's list
     * (with the till of each) and a look-up in the store. Call once, on the FX thread, before {@link #show}.
     *
     * @param states the store's state as this till's sender sees it
     * @param shop   the whole shop's sales, read from the store database
     * @param tillId this till's id
     */
    public void storeMode(StoreStates states, SaleRecords shop, String tillId) {
        view.showStore(Objects.requireNonNull(states, "states"));
        history.storeMode(Objects.requireNonNull(shop, "shop"), tillId);
    }

    /** The keypad's footer: who is paid, and how links are made (the mode as the settings file names it). */
    static String footer(Texts texts, UiOptions o) {
        String payee = o.training() ? texts.get("shell.footer.training") : o.payeeId().isEmpty()
                ? texts.get("shell.footer.noPayee") : texts.get("shell.footer.payee", o.payeeId());
        return o.linkModeLabel().isEmpty() ? texts.get("shell.footer", payee)
                : texts.get("shell.footer.links", payee, o.linkModeLabel());
    }

    /** Where the Reports screen's CSV exports and PDFs go; call before {@link #show()}. */
    public void useExports(ExportDesk desk) {
        exports = Objects.requireNonNull(desk, "desk");
    }

    /** Where the customer's receipts go (P on the paid screen and in recent sales); call before {@link #show()}. */
    public void useReceipts(ReceiptDesk desk) {
        receipts = Objects.requireNonNull(desk, "desk");
    }

    /** Shows the till as a window of its preferred size, maximised on a screen smaller than that. */
    public void show() {
        show(WindowMode.WINDOW);
    }

    /**
     * Puts the till on the stage fitted to the primary screen's visible area (never partly off it) and shows it;
     * screens other than the keypad follow, one per FX event, starting after the events queued right after this
     * call (keys, the engine's start).
     */
    public void show(WindowMode mode) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowPlacement place = WindowPlacement.on(screen, mode);
        Rectangle2D min = WindowPlacement.minimum(screen);
        Scene scene = view.scene(place.bounds().getWidth(), place.bounds().getHeight());
        stage.setTitle(texts.get("shell.windowTitle"));
        stage.setMinWidth(min.getWidth());
        stage.setMinHeight(min.getHeight());
        stage.setScene(scene);
        stage.setX(place.bounds().getMinX());
        stage.setY(place.bounds().getMinY());
        stage.setWidth(place.bounds().getWidth());
        stage.setHeight(place.bounds().getHeight());
        stage.setMaximized(place.maximised());
        if (place.fullScreen()) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        stage.show();
        view.refocus();
        FxThread.later(view::buildLater);
    }

    /**
     * Adds a section to the settings screen, built with it (behind the same PIN): call on the FX thread before
     * {@link #show()}, or in the same FX event.
     */
    public void addSettingsSection(Supplier<? extends Node> section) {
        settingsSections.add(Objects.requireNonNull(section, "section"));
    }

    /** The stage the till is on. */
    public Stage stage() {
        return stage;
    }

    /** Shows a warning above every screen until the cashier dismisses it; call on the FX thread. */
    public void warn(String sentence) {
        warnings.add(Objects.requireNonNull(sentence, "sentence"));
    }

    /**
     * What the till is doing, as this window observes it: a second window, a printer or a local API can observe the
     * same model.
     */
    public TillModel till() {
        return model;
    }

    /** Stops following the engine; called when the stage is hidden. */
    public void close() {
        till.dispose();
        if (ownsModel) {
            model.close();
        }
        history.dispose();
        io.shutdownNow();
    }
}
