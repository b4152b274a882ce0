package app.mixpos;

import app.mixpos.checkout.PendingCheckout;
import app.mixpos.config.Settings;
import app.mixpos.config.Version;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.ui.ClasspathSoundCue;
import app.mixpos.ui.FxThread;
import app.mixpos.ui.PosWindow;
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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application and composition root. The engine (receipt log, HTTP client, simulator) opens on
 * another thread while the toolkit starts, so the keypad is drawn and can be typed into at once.
 */
public final class PosApp extends Application {

    private static Settings settings;
    private static boolean smoke;
    private static CompletableFuture<PosEngine> opening;
    private static volatile int exitCode;

    /**
     * Starts the app with checked settings and returns the exit code once the window has closed
     * (the caller exits the JVM with it, so no stray thread keeps a closed till running).
     *
     * @param smokeRun start everything, show the keypad, print the start-up times and exit
     */
    public static int start(Settings checked, boolean smokeRun) {
        settings = checked;
        smoke = smokeRun;
        opening = CompletableFuture.supplyAsync(() -> {
            try {
                log().info("MixPay POS {} starting: data folder {}, training {}, link mode {}", Version.current(),
                        checked.dataDir(), checked.training(), checked.linkMode().label());
                return PosEngine.open(checked, EngineRuntime.real());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Application.launch(PosApp.class);
        opening.thenAccept(PosEngine::close);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        UiOptions options = new UiOptions(settings.training(), placeholder(settings.currency()),
                settings.effectivePayee(), settings.linkMode().label(), null);
        PendingCheckout checkout = new PendingCheckout(opening.thenApply(PosEngine::checkout));
        SimulatorCustomer customer = settings.training()
                ? new SimulatorCustomer(() -> opening.join().simulator().orElseThrow()) : null;
        FileOwnerLock lock = new FileOwnerLock(settings.dataDir(), settings.training(), Clock.systemUTC());
        PosWindow window = new PosWindow(stage, checkout, options, new FileSettingsEditor(settings), lock, customer,
                new ClasspathSoundCue());
        window.show();
        Instant firstFrame = Instant.now();
        opening.whenComplete((engine, failure) -> FxThread.run(() -> {
            if (failure != null) {
                refuseToStart(stage, failure);
            } else {
                engine.start();
                engine.checkChain().thenAccept(warning -> warning.ifPresent(w -> FxThread.run(() -> window.warn(w))));
                if (smoke) {
                    reportSmoke(firstFrame, Instant.now(), engine);
                }
            }
        }));
    }

    private void refuseToStart(Stage stage, Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        log().error("The till cannot start", cause);
        exitCode = 1;
        if (smoke) {
            System.err.println("mixpay-pos: " + cause.getMessage());
            FxThread.run(javafx.application.Platform::exit);
        } else {
            StartupProblem.show(stage, cause.getMessage());
        }
    }

    private static void reportSmoke(Instant firstFrame, Instant usable, PosEngine engine) {
        Instant launched = ProcessHandle.current().info().startInstant().orElse(firstFrame);
        System.out.printf("smoke: first frame %d ms, keypad usable %d ms after launch; receipt log %s%n",
                Duration.between(launched, firstFrame).toMillis(),
                Duration.between(launched, usable.isAfter(firstFrame) ? usable : firstFrame).toMillis(),
                engine.receiptLogFile());
        javafx.application.Platform.exit();
    }

    /** Not a static field: logging is set up on the engine's thread, beside the toolkit, not before it. */
    private static Logger log() {
        return LoggerFactory.getLogger(PosApp.class);
    }

    /** The default currency until the cached list arrives; the keypad swaps in the listed one by id. */
    static QuoteAsset placeholder(String currency) {
        if (QuoteAsset.USD.hasId(currency)) {
            return QuoteAsset.USD;
        }
        boolean fiat = currency.length() <= 5;
        return new QuoteAsset(currency, fiat ? currency.toUpperCase(java.util.Locale.ROOT) : "…",
                fiat ? 2 : 8, null, null, fiat);
    }
}
