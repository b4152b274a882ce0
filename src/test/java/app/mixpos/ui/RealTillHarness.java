package app.mixpos.ui;

import app.mixpos.ui.window.PosWindow;
import app.mixpos.checkout.PendingCheckout;
import app.mixpos.config.Settings;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.wiring.EngineRuntime;
import app.mixpos.wiring.FileSettingsEditor;
import app.mixpos.wiring.PosEngine;
import app.mixpos.wiring.SimulatorCustomer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the real engine in training mode (receipt log, HTTP client, the embedded simulator on
 * loopback, real threads and clock): no fakes between the keys and MixPay's answers.
 */
@ExtendWith(ApplicationExtension.class)
abstract class RealTillHarness {

    PosEngine engine;
    Stage stage;
    private Path data;

    /** Call from each test class's {@code @Start} method. */
    void open(Stage stage, double width, double height) throws IOException {
        this.stage = stage;
        data = Files.createTempDirectory("real-till");
        Settings settings = new Settings(data, "", Settings.DEFAULT_SETTLEMENT_ASSET, "usd",
                Settings.DEFAULT_API_URL, Settings.DEFAULT_PAY_URL, LinkMode.ONE_TIME, true, 60);
        engine = PosEngine.open(settings, EngineRuntime.real());
        engine.start();
        new PosWindow(stage, new PendingCheckout(CompletableFuture.completedFuture(engine.checkout())), engine.records(),
                new UiOptions(true, QuoteAsset.USD.withoutLimits(), settings.effectivePayee(), "one-time", null),
                new FileSettingsEditor(settings), new SimulatorCustomer(() -> engine.simulator().orElseThrow()),
                SoundCue.SILENT).show();
        stage.setWidth(width);
        stage.setHeight(height);
        stage.requestFocus();
    }

    @AfterEach
    void closeEngine() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    MixPaySimulator simulator() {
        return engine.simulator().orElseThrow();
    }

    /** Waits until the engine has fetched MixPay's asset lists into the receipt log (about a second after start). */
    void awaitAssetLists() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> engine.checkout().quoteAssets().join().size() > 1
                        && engine.checkout().settlementAssets().join().size() > 1);
    }

    void press(FxRobot r, KeyCode... keys) {
        for (KeyCode k : keys) {
            r.type(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types text as keys: digits, '.', ',', '-' and letters. */
    void type(FxRobot r, String text) {
        r.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot r, String id) {
        return r.lookup(id).queryAs(Labeled.class).getText();
    }
}
