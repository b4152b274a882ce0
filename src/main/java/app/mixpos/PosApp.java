package app.mixpos;

import app.mixpos.checkout.ExecutorScheduler;
import app.mixpos.checkout.PendingCheckout;
import app.mixpos.config.DisplayOptions;
import app.mixpos.config.MonitorBounds;
import app.mixpos.till.TillModel;
import app.mixpos.ui.customerdisplay.CustomerDisplay;
import app.mixpos.ui.customerdisplay.CustomerDisplayModel;
import app.mixpos.ui.settings.CustomerDisplaySection;
import app.mixpos.ui.window.CustomerScreens;
import app.mixpos.wiring.FileDisplayChoiceStore;
import app.mixpos.receipts.SqlThreads;
import app.mixpos.records.SaleRecords;
import app.mixpos.ui.text.Texts;
import app.mixpos.config.ReceiptSettings;
import app.mixpos.config.Settings;
import app.mixpos.wiring.FileExports;
import app.mixpos.wiring.PrintingDesk;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import app.mixpos.config.Version;
import app.mixpos.config.WindowMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.ui.ClasspathSoundCue;
import app.mixpos.ui.FxThread;
import app.mixpos.ui.ScriptFont;
import app.mixpos.ui.window.PosWindow;
import app.mixpos.ui.startup.StartupProblem;
import app.mixpos.ui.UiOptions;
import app.mixpos.wiring.EngineRuntime;
import app.mixpos.wiring.FileOwnerLock;
import app.mixpos.wiring.FileSettingsEditor;
import app.mixpos.wiring.PosEngine;
import app.mixpos.wiring.SimulatorCustomer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application and composition root. The keypad is shown first; the engine (receipt log, HTTP client,
 * simulator) and logging are set up on another thread only once the first frame is up, so on a two-core till they
 * do not compete with the toolkit for the CPU. Calls made on the keypad meanwhile wait in {@link PendingCheckout}.
 */
public final class PosApp extends Application {

    private static Settings settings;
    private static boolean smoke;
    private static WindowMode windowMode = WindowMode.WINDOW;
    private static DisplayOptions displayOptions = DisplayOptions.DEFAULT;
    private static final CompletableFuture<PosEngine> opening = new CompletableFuture<>();
    private static volatile int exitCode;
    private static ReceiptSettings receipts = ReceiptSettings.NONE;
    private static final ExecutorService PRINTING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "receipt-printer");
        t.setDaemon(true);
        return t;
    });

    /** Exports run here, one at a time, at a low priority: a sale never waits for one. */
    private static final ExecutorService EXPORTS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "exports");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** The shop and printer for customers' receipts; call before {@link #start}. */
    public static void useReceipts(ReceiptSettings settings) {
        receipts = settings;
    }
    private TillModel till;
    private CustomerDisplay customerDisplay;
    private ExecutorScheduler displayTimer;

    /**
     * Starts the app with checked settings and returns the exit code once the window has closed
     * (the caller exits the JVM with it, so no stray thread keeps a closed till running).
     *
     * @param smokeRun start everything, show the keypad, print the start-up times and exit
     * @param mode     how the window opens on its screen
     */
    public static int start(Settings checked, boolean smokeRun, WindowMode mode) {
        return start(checked, smokeRun, mode, DisplayOptions.DEFAULT);
    }

    /** As {@link #start(Settings, boolean, WindowMode)}, with the customer display's options. */
    public static int start(Settings checked, boolean smokeRun, WindowMode mode, DisplayOptions display) {
        displayOptions = display;
        settings = checked;
        smoke = smokeRun;
        closeOnTerm();
        windowMode = mode;
        warmUpWords();
        Application.launch(PosApp.class);
        opening.thenAccept(PosEngine::close);
        return exitCode;
    }

    /**
     * SIGTERM (a logout, {@code kill}, a service manager, Ctrl-C's sibling) closes the till as its window's close
     * button does: the engine and the receipt log are closed and the exit code is 0, not the JVM's 143, so
     * {@code ./mvnw javafx:run} ends in success. Where there is no TERM signal (Windows) nothing changes.
     */
    @SuppressWarnings("sunapi")
    private static void closeOnTerm() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> FxThread.later(javafx.application.Platform::exit));
        } catch (IllegalArgumentException | IllegalStateException noTerm) {
            // no TERM signal here, or it is reserved: the JVM's default shutdown stays
        }
    }

    /**
     * Reads the screens' words and loads their formatter on a thread of its own while the toolkit starts, so the
     * keypad finds them ready instead of reading them before its first frame (about 10 ms without a class-data
     * archive). The FX thread waits for nothing: if it gets there first it reads them itself.
     */
    private static void warmUpWords() {
        Thread t = new Thread(() -> cashierTexts().get("common.order", "0"), "words-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The cashier's words: the settings' language (read once, by whichever thread asks first). */
    private static Texts cashierTexts() {
        return Texts.of(settings.language().locale());
    }

    /** Sets up logging and opens the engine on a thread of its own; called once the first frame is up. */
    private static void openEngine() {
        Thread t = new Thread(() -> {
            try {
                log().info("MixPay POS {} starting: data folder {}, training {}, link mode {}", Version.current(),
                        settings.dataDir(), settings.training(), settings.linkMode().label());
                // the FX thread never waits on the receipt log: a read or write from it is logged with its caller
                SqlThreads.warnOn(thread -> javafx.application.Platform.isFxApplicationThread());
                opening.complete(PosEngine.open(settings, EngineRuntime.real()));
            } catch (IOException e) {
                opening.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "engine-open");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void start(Stage stage) {
        UiOptions options = new UiOptions(settings.training(), placeholder(settings.currency()),
                settings.effectivePayee(), settings.linkMode().label(), null, cashierTexts(),
                Texts.of(settings.customerLanguage().locale()));
        PendingCheckout checkout = new PendingCheckout(opening.thenApply(PosEngine::checkout));
        SimulatorCustomer customer = settings.training()
                ? new SimulatorCustomer(() -> opening.join().simulator().orElseThrow()) : null;
        FileOwnerLock lock = new FileOwnerLock(settings.dataDir(), settings.training(), Clock.systemUTC());
        till = new TillModel(checkout);
        PosWindow window = new PosWindow(stage, till, checkout,
                SaleRecords.whenReady(opening.thenApply(PosEngine::records)), opening.thenApply(PosEngine::reports),
                options, new FileSettingsEditor(settings), lock, customer, new ClasspathSoundCue());
        window.useExports(new FileExports(opening.thenApply(PosEngine::exportRows), settings.dataDir().resolve("exports"),
                java.time.ZoneId.systemDefault(), EXPORTS));
        window.useReceipts(PrintingDesk.of(SaleRecords.whenReady(opening.thenApply(PosEngine::records)), receipts,
                PRINTING));
        CustomerScreens<Screen> screens = customerScreens();
        window.addSettingsSection(() -> new CustomerDisplaySection(screens.choiceProperty(), screens::monitors,
                PosApp::cashierMonitor, new FileDisplayChoiceStore(settings.dataDir()), settingsIo(),
                FxThread.EXECUTOR, options.texts()));
        window.show(windowMode);
        long firstFrame = System.currentTimeMillis();
        long[] usable = {firstFrame};
        FxThread.later(() -> {
            usable[0] = System.currentTimeMillis();
            openEngine();
            ScriptFont.useFor(stage.getScene().getRoot(), settings.language().locale());
        });
        // after the keypad is usable: the customer display's window, when a second monitor faces the customer
        FxThread.later(() -> followCustomerMonitor(stage, screens));
        opening.whenComplete((engine, failure) -> FxThread.run(() -> {
            if (failure != null) {
                refuseToStart(stage, failure);
            } else {
                engine.store().ifPresent(link -> window.storeMode(link.states(), link.shop(),
                        settings.tillId()));
                engine.start();
                engine.checkChain().thenAccept(warning -> warning.ifPresent(w -> FxThread.run(() -> window.warn(w))));
                if (smoke) {
                    reportSmoke(firstFrame, usable[0], System.currentTimeMillis(), engine);
                }
            }
        }));
    }

    /** The monitors as JavaFX sees them, followed as they change; the cashier's is the primary one. */
    private static CustomerScreens<Screen> customerScreens() {
        return new CustomerScreens<>(Screen.getScreens(), s -> bounds(s.getBounds()), PosApp::cashierMonitor,
                displayOptions.customerDisplay());
    }

    private static MonitorBounds cashierMonitor() {
        return bounds(Screen.getPrimary().getBounds());
    }

    private static MonitorBounds bounds(Rectangle2D r) {
        return new MonitorBounds((int) Math.round(r.getMinX()), (int) Math.round(r.getMinY()),
                Math.max(1, (int) Math.round(r.getWidth())), Math.max(1, (int) Math.round(r.getHeight())));
    }

    /**
     * Builds the customer display the first time a monitor is the customer's (at once, or when one is plugged in or
     * chosen later); with one monitor nothing of it is built, and the till is as it always was.
     */
    private void followCustomerMonitor(Stage cashier, CustomerScreens<Screen> screens) {
        if (screens.customerMonitorProperty().get() != null) {
            openCustomerDisplay(cashier, screens);
            return;
        }
        screens.customerMonitorProperty().addListener((obs, old, now) -> {
            if (now != null && customerDisplay == null) {
                openCustomerDisplay(cashier, screens);
            }
        });
    }

    /**
     * The customer display observes the same till model as the cashier's window, in the customer's language
     * ({@code customerLanguage}), and follows the monitors.
     */
    private void openCustomerDisplay(Stage cashier, CustomerScreens<Screen> screens) {
        displayTimer = new ExecutorScheduler("customer-display");
        customerDisplay = new CustomerDisplay(new CustomerDisplayModel(till, Texts.of(settings.customerLanguage().locale()),
                displayOptions.title().isEmpty() && receipts.shopName() != null ? receipts.shopName().strip()
                        : displayOptions.title(),
                FxThread.EXECUTOR, displayTimer, CustomerDisplayModel.RESULT_FOR), cashier);
        customerDisplay.follow(screens.customerMonitorProperty());
    }

    private static java.util.concurrent.Executor settingsIo() {
        return task -> {
            Thread t = new Thread(task, "settings-io");
            t.setDaemon(true);
            t.start();
        };
    }

    @Override
    public void stop() {
        if (customerDisplay != null) {
            customerDisplay.dispose();
        }
        if (displayTimer != null) {
            displayTimer.close();
        }
        if (till != null) {
            till.close();
        }
    }

    private void refuseToStart(Stage stage, Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        log().error("The till cannot start", cause);
        exitCode = 1;
        if (smoke) {
            System.err.println("mixpay-pos: " + cause.getMessage());
            FxThread.run(javafx.application.Platform::exit);
        } else {
            StartupProblem.show(stage, cashierTexts(), cause.getMessage());
            // a new scene: the Chinese or Japanese font is set on its root too, or its words show as boxes
            ScriptFont.useFor(stage.getScene().getRoot(), settings.language().locale());
        }
    }

    /**
     * Prints the start-up times, counted from the JVM's own start time (ProcessHandle's start instant is up to a
     * second early on Linux). The epoch milliseconds let a harness count from the moment it spawned the process.
     *
     * @param firstFrame just after {@code stage.show()}
     * @param usable     when the FX thread, free again after the first frame, took the next event (a key)
     * @param ready      when the engine was open and started: a charge goes out at once from here on
     */
    private static void reportSmoke(long firstFrame, long usable, long ready, PosEngine engine) {
        long launched = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("smoke: first frame %d ms, keypad usable %d ms, engine ready %d ms after JVM start; "
                        + "epoch ms: jvm %d, first frame %d, usable %d, ready %d; receipt log %s%n",
                firstFrame - launched, usable - launched, ready - launched, launched, firstFrame, usable, ready,
                engine.receiptLogFile());
        javafx.application.Platform.exit();
    }

    /** Not a static field: logging is set up on the engine's thread, beside the toolkit, not before it. */
    private static Logger log() {
        return LoggerFactory.getLogger(PosApp.class);
    }

    /**
     * The default currency until the cached list arrives, its limits unknown (none invented); the keypad swaps in
     * the listed one by id.
     */
    static QuoteAsset placeholder(String currency) {
        if (QuoteAsset.USD.hasId(currency)) {
            return QuoteAsset.USD.withoutLimits();
        }
        boolean fiat = currency.length() <= 5;
        return new QuoteAsset(currency, fiat ? currency.toUpperCase(java.util.Locale.ROOT) : "…",
                fiat ? 2 : 8, null, null, fiat);
    }
}
