package app.mixpos.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.Main;
import app.mixpos.config.Settings;
import app.mixpos.sale.LinkMode;
import app.mixpos.testing.MutableClock;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.wiring.EngineRuntime;
import app.mixpos.wiring.PosEngine;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5, a receipt log that cannot be read at start: the till refuses to start, says the log is damaged and
 * was left untouched, and neither changes the file nor puts a new empty log in its place.
 */
class DamagedReceiptLogTest {

    private static final String DAMAGED = "is damaged or unreadable";
    private static final String UNTOUCHED = "It has been left untouched";

    @TempDir
    Path dataDir;

    @Test
    void aFileOfGarbageIsRefusedByTheEngineAndKeptByteForByte() throws IOException {
        byte[] garbage = new byte[12_288];
        new Random(5).nextBytes(garbage);

        assertRefusedAndUntouched(garbage);
    }

    @ParameterizedTest(name = "cut by {0} bytes")
    @ValueSource(ints = {1000, 4096, 8192})
    void aTruncatedDatabaseIsRefusedByTheEngineAndKeptByteForByte(int cut) throws IOException {
        Path file = PosEngine.receiptLogFile(settings(false));
        try (PosEngine engine = PosEngine.open(settings(false), manualRuntime())) {
            engine.start();
        }
        byte[] whole = Files.readAllBytes(file);
        assertThat(whole.length).isGreaterThan(4096);
        Files.delete(file);

        assertRefusedAndUntouched(Arrays.copyOf(whole, whole.length - cut));
    }

    @Test
    void theAppStartedOnAGarbageTrainingLogExitsNonZeroSayingTheLogIsDamagedAndLeavesIt() throws Exception {
        Path file = dataDir.resolve("training-receipts.sqlite");
        byte[] garbage = "this is not a receipt log\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);
        Path stderr = dataDir.resolve("app-stderr.txt");

        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dmixpos.logDir=" + dataDir.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--smoke", "--training", "--data-dir", dataDir.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app exited").isTrue();

        assertThat(app.exitValue()).isNotZero();
        assertThat(Files.readString(stderr)).contains("mixpay-pos: The receipt log at " + file)
                .contains(DAMAGED).contains(UNTOUCHED);
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        assertThat(sqliteFilesBeside(file)).containsExactly(file);
    }

    private void assertRefusedAndUntouched(byte[] content) throws IOException {
        Path file = PosEngine.receiptLogFile(settings(false));
        Files.write(file, content);

        assertThatThrownBy(() -> PosEngine.open(settings(false), manualRuntime()))
                .hasMessageContaining(file.toString()).hasMessageContaining(DAMAGED).hasMessageContaining(UNTOUCHED);

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(sqliteFilesBeside(file)).containsExactly(file);
    }

    /** The log and anything SQLite would have made next to it (a journal, a write-ahead log, a new log). */
    private List<Path> sqliteFilesBeside(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> p.getFileName().toString().contains("sqlite")).toList();
        }
    }

    private Settings settings(boolean training) {
        return new Settings(dataDir, CrashChild.PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, "usd",
                URI.create("http://127.0.0.1:9/v1"), URI.create("http://127.0.0.1:9"), LinkMode.ONE_TIME, training, 40);
    }

    private static EngineRuntime manualRuntime() {
        MutableClock clock = MutableClock.atSomeMorning();
        return new EngineRuntime(clock, new ManualScheduler(clock), Runnable::run, new Random(1), () -> {
        });
    }
}
