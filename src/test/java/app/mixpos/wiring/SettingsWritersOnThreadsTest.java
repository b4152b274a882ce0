package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.LaunchOptions;
import app.mixpos.config.Settings;
import app.mixpos.config.SettingsFile;
import app.mixpos.config.TillIds;
import app.mixpos.sale.LinkMode;
import app.mixpos.testing.MutableClock;
import app.mixpos.ui.SettingsEditor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings screen and the manager PIN write the same file from their own threads and keep each other's keys. */
class SettingsWritersOnThreadsTest {

    private static final String PAYEE = "5f1e2d3c-4b5a-4697-8877-665544332211";

    @TempDir
    Path dataDir;

    @Test
    void theSettingsScreenAndThePinWritingAtOnceKeepEveryKeyAndTheTillId() throws Exception {
        Settings running = TillIds.keep(LaunchOptions.parse(List.of("--data-dir", dataDir.toString()), Map.of())
                .settings());
        FileSettingsEditor editor = new FileSettingsEditor(running);
        FileOwnerLock lock = new FileOwnerLock(dataDir, false, MutableClock.atSomeMorning());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        String[] currencies = {"eur", "gbp", "jpy", "chf", "usd", "cad"};
        try {
            Future<?> screen = pool.submit(() -> {
                go.await();
                for (String currency : currencies) {
                    editor.save(new SettingsEditor.Values(PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, currency,
                            LinkMode.PAYLINK));
                }
                return null;
            });
            Future<?> pin = pool.submit(() -> {
                go.await();
                for (int i = 0; i < currencies.length; i++) {
                    lock.setPin("258" + i);
                }
                return null;
            });
            go.countDown();
            screen.get(60, TimeUnit.SECONDS);
            pin.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(SettingsFile.read(dataDir)).containsEntry("payeeId", PAYEE).containsEntry("currency", "cad")
                .containsEntry("linkMode", "paylink").containsEntry("tillId", running.tillId())
                .containsKey(SettingsFile.MANAGER_PIN);
        assertThat(lock.check("2585").result()).isEqualTo(app.mixpos.ui.OwnerLock.PinCheck.Result.ACCEPTED);
    }
}
