package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.LaunchOptions;
import app.mixpos.config.Settings;
import app.mixpos.config.SettingsFile;
import app.mixpos.sale.LinkMode;
import app.mixpos.testing.MutableClock;
import app.mixpos.ui.OwnerLock.PinCheck;
import app.mixpos.ui.SettingsEditor;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FileOwnerLockTest {

    private static final String PAYEE = "5f1e2d3c-4b5a-4697-8877-665544332211";

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.atSomeMorning();

    @Test
    void thePinIsStoredAsASaltedHashAndNeverReachesTheLogs() throws Exception {
        Logger app = (Logger) LoggerFactory.getLogger("app.mixpos");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        app.addAppender(appender);
        FileOwnerLock lock = new FileOwnerLock(dataDir, false, clock);
        try {
            lock.setPin("731904");
            lock.check("731904");
            lock.check("000000");
            lock.check("000001");
            lock.check("000002");
        } finally {
            app.detachAppender(appender);
        }

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("Manager PIN set"))
                .allSatisfy(m -> assertThat(m).doesNotContain("731904").doesNotContain("00000"));
        String file = Files.readString(SettingsFile.in(dataDir));
        assertThat(file).doesNotContain("731904").contains("managerPin=pbkdf2-sha256$");
    }

    @Test
    void wrongPinsAreCountedInTheDataFolderSoARestartDoesNotForgiveThem() throws Exception {
        FileOwnerLock lock = new FileOwnerLock(dataDir, false, clock);
        lock.setPin("4826");
        lock.check("0000");
        lock.check("0000");
        lock.check("0000");

        assertThat(Files.readString(dataDir.resolve(FileOwnerLock.LOCKOUT_FILE)))
                .isEqualTo("wrong=3 pauses=1 until=" + clock.instant().plusSeconds(30) + "\n");
        FileOwnerLock restarted = new FileOwnerLock(dataDir, false, clock);
        assertThat(restarted.check("4826").result()).isEqualTo(PinCheck.Result.PAUSED);
        clock.advance(java.time.Duration.ofSeconds(30));
        assertThat(restarted.check("4826").result()).isEqualTo(PinCheck.Result.ACCEPTED);
        assertThat(Files.readString(dataDir.resolve(FileOwnerLock.LOCKOUT_FILE)))
                .isEqualTo("wrong=0 pauses=0 until=" + java.time.Instant.MIN + "\n");
    }

    @Test
    void outsideTrainingASetPinIsRequiredAndChecked() throws Exception {
        FileOwnerLock lock = new FileOwnerLock(dataDir, false, clock);
        assertThat(lock.pinRequired()).isFalse();
        assertThat(lock.pinSet()).isFalse();

        lock.setPin("2580");

        FileOwnerLock afterRestart = new FileOwnerLock(dataDir, false, clock);
        assertThat(afterRestart.pinRequired()).isTrue();
        assertThat(afterRestart.check("2580")).isEqualTo(PinCheck.accepted());
        assertThat(afterRestart.check("2581")).isEqualTo(new PinCheck(PinCheck.Result.WRONG, 2, Duration.ZERO));
        afterRestart.check("2581");
        assertThat(afterRestart.check("2581")).isEqualTo(new PinCheck(PinCheck.Result.PAUSED, 0, Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(30));
        assertThat(afterRestart.check("2580")).isEqualTo(PinCheck.accepted());
    }

    @Test
    void trainingNeverRequiresThePin() throws Exception {
        new FileOwnerLock(dataDir, false, clock).setPin("2580");

        FileOwnerLock training = new FileOwnerLock(dataDir, true, clock);

        assertThat(training.pinSet()).isTrue();
        assertThat(training.pinRequired()).isFalse();
    }

    @Test
    void thePinAndTheOtherSettingsKeepEachOther() throws Exception {
        Settings running = LaunchOptions.parse(List.of("--data-dir", dataDir.toString(), "--payee-id", PAYEE),
                Map.of()).settings();
        FileOwnerLock lock = new FileOwnerLock(dataDir, false, clock);
        lock.setPin("2580");

        new FileSettingsEditor(running).save(new SettingsEditor.Values(PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET,
                "eur", LinkMode.PAYLINK));
        lock.setPin("13579");

        Map<String, String> file = SettingsFile.read(dataDir);
        assertThat(file).containsEntry("payeeId", PAYEE).containsEntry("currency", "eur")
                .containsKey(SettingsFile.MANAGER_PIN);
        assertThat(lock.check("13579")).isEqualTo(PinCheck.accepted());
        assertThat(LaunchOptions.parse(List.of("--data-dir", dataDir.toString()), Map.of()).settings().currency())
                .isEqualTo("eur");
    }
}
