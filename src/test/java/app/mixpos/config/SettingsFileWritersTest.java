package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.properties has one writer: merges by key under one lock, and replaces the file durably. */
class SettingsFileWritersTest {

    private static final String PIN_HASH = "pbkdf2-sha256$210000$c2FsdA$aGFzaA";

    @TempDir
    Path dataDir;

    @Test
    void aWriterThatStartsWhileAnotherIsMidWriteKeepsTheOthersKey() throws Exception {
        AtomicReference<Thread> second = new AtomicReference<>();
        AtomicReference<Throwable> secondFailed = new AtomicReference<>();

        SettingsFile.merge(dataDir, Map.of("currency", "eur"), () -> {
            Thread pin = new Thread(() -> {
                try {
                    SettingsFile.merge(dataDir, Map.of(SettingsFile.MANAGER_PIN, PIN_HASH));
                } catch (Throwable t) {
                    secondFailed.set(t);
                }
            });
            second.set(pin);
            pin.start();
            // the first writer has read the file and is about to rename: the second must now wait for it
            awaitQueued(pin);
        });
        second.get().join(TimeUnit.SECONDS.toMillis(10));

        assertThat(secondFailed.get()).isNull();
        assertThat(SettingsFile.read(dataDir)).containsOnly(Map.entry("currency", "eur"),
                Map.entry(SettingsFile.MANAGER_PIN, PIN_HASH));
    }

    @Test
    void manyWritersOnManyThreadsEachKeepTheirKey() throws Exception {
        List<String> keys = List.of("payeeId", "settlementAsset", "currency", "linkMode", "requestsPerMinute",
                "paymentExpiry", "tillId", SettingsFile.MANAGER_PIN);
        ExecutorService pool = Executors.newFixedThreadPool(keys.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (String key : keys) {
                    String value = key + "-" + round;
                    writes.add(pool.submit(() -> {
                        go.await();
                        SettingsFile.merge(dataDir, Map.of(key, value));
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(SettingsFile.read(dataDir)).containsOnlyKeys(keys);
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsFile.NAME);
        }
    }

    @Test
    void aCrashBetweenWritingAndRenamingLeavesTheOldFileWhole() throws IOException {
        SettingsFile.write(dataDir, Map.of("currency", "eur", "tillId", "T7K2M"));
        byte[] before = Files.readAllBytes(SettingsFile.in(dataDir));
        List<String> tempTexts = new ArrayList<>();

        assertThatThrownBy(() -> SettingsFile.merge(dataDir, Map.of("currency", "gbp"), () -> {
            try (var files = Files.list(dataDir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".tmp")).toList()) {
                    tempTexts.add(Files.readString(p));
                }
            }
            throw new IOException("power cut");
        })).hasMessage("power cut");

        assertThat(Files.readAllBytes(SettingsFile.in(dataDir))).isEqualTo(before);
        assertThat(SettingsFile.read(dataDir)).containsEntry("currency", "eur").containsEntry("tillId", "T7K2M");
        assertThat(tempTexts).singleElement().asString().contains("currency=gbp").contains("tillId=T7K2M");
    }

    @Test
    void aJvmKilledBetweenWritingAndRenamingLeavesTheOldFileWholeAndTheNextWriteWorks() throws Exception {
        SettingsFile.write(dataDir, Map.of("currency", "eur", "tillId", "T7K2M"));
        byte[] before = Files.readAllBytes(SettingsFile.in(dataDir));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SettingsCrashChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as("the child's exit code; it printed: %s", output)
                .isEqualTo(SettingsCrashChild.HALTED);
        assertThat(Files.readAllBytes(SettingsFile.in(dataDir))).isEqualTo(before);
        try (var files = Files.list(dataDir)) {
            List<Path> left = files.filter(f -> f.toString().endsWith(".tmp")).toList();
            assertThat(left).singleElement().satisfies(temp -> assertThat(Files.readString(temp))
                    .contains("currency=gbp").contains("tillId=T7K2M"));
        }
        SettingsFile.merge(dataDir, Map.of("currency", "chf"));
        assertThat(SettingsFile.read(dataDir)).isEqualTo(Map.of("currency", "chf", "tillId", "T7K2M"));
    }

    @Test
    void aRemovedKeyGoesAndTheOthersStay() throws IOException {
        SettingsFile.write(dataDir, Map.of("payeeId", "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "tillId", "T7K2M"));
        Map<String, String> changes = new HashMap<>();
        changes.put("payeeId", null);

        SettingsFile.merge(dataDir, changes);

        assertThat(SettingsFile.read(dataDir)).isEqualTo(Map.of("tillId", "T7K2M"));
    }

    @Test
    void aKeyTheFileDoesNotHoldIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> SettingsFile.merge(dataDir, Map.of("payeeID", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payeeID");
        assertThat(SettingsFile.in(dataDir)).doesNotExist();
    }

    private static void awaitQueued(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!SettingsFile.writerAwaited(thread)) {
            if (System.nanoTime() > deadline || !thread.isAlive()) {
                throw new AssertionError("the second writer did not wait for the first one's lock");
            }
            Thread.onSpinWait();
        }
    }
}
