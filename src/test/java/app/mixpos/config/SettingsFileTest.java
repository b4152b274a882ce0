package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.mixpos.sale.LinkMode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    private static final String PAYEE = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String ASSET = "c6d0c728-2624-429b-8e0d-d9d19b6592fa";

    @TempDir
    Path dataDir;

    @Test
    void savedSettingsComeBackOnTheNextLaunch() throws IOException {
        Settings saved = settings(PAYEE, LinkMode.PAYLINK);

        SettingsFile.save(dataDir, saved);
        Settings loaded = launch();

        assertThat(loaded.payeeId()).isEqualTo(PAYEE);
        assertThat(loaded.settlementAssetId()).isEqualTo(ASSET);
        assertThat(loaded.currency()).isEqualTo("eur");
        assertThat(loaded.linkMode()).isEqualTo(LinkMode.PAYLINK);
        assertThat(loaded.training()).isFalse();
    }

    @Test
    void saveWritesOnlyTheScreenKeysAndKeepsTheOthers() throws IOException {
        SettingsFile.write(dataDir, Map.of("apiUrl", "http://127.0.0.1:9/v1", "requestsPerMinute", "12"));

        SettingsFile.save(dataDir, settings(PAYEE, LinkMode.ONE_TIME));

        assertThat(SettingsFile.read(dataDir)).containsOnlyKeys(
                "payeeId", "settlementAsset", "currency", "apiUrl", "linkMode", "requestsPerMinute")
                .containsEntry("apiUrl", "http://127.0.0.1:9/v1")
                .containsEntry("requestsPerMinute", "12")
                .containsEntry("linkMode", "one-time");
        assertThat(Files.readString(SettingsFile.in(dataDir))).doesNotContain("dataDir");
    }

    @Test
    void savingWithoutPayeeRemovesIt() throws IOException {
        SettingsFile.save(dataDir, settings(PAYEE, LinkMode.ONE_TIME));

        SettingsFile.save(dataDir, settings(null, LinkMode.ONE_TIME));

        assertThat(SettingsFile.read(dataDir)).doesNotContainKey("payeeId");
        assertThat(launch().training()).isTrue();
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        SettingsFile.write(dataDir, Map.of("currency", "eur"));
        SettingsFile.write(dataDir, Map.of("currency", "gbp"));

        assertThat(SettingsFile.read(dataDir)).isEqualTo(Map.of("currency", "gbp"));
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void urlsAreWrittenReadablyAndAwkwardValuesSurvive() throws IOException {
        SettingsFile.write(dataDir, Map.of("payUrl", "https://mixpay.me", "currency", " a\\b\nc"));

        assertThat(Files.readAllLines(SettingsFile.in(dataDir))).contains("payUrl=https://mixpay.me");
        assertThat(SettingsFile.read(dataDir)).containsEntry("currency", " a\\b\nc");
    }

    @Test
    void missingFileReadsAsEmpty() {
        assertThat(SettingsFile.read(dataDir.resolve("nowhere"))).isEmpty();
    }

    @Test
    void unknownKeyIsNamedWithTheFile() throws IOException {
        Files.writeString(SettingsFile.in(dataDir), "payeeID=" + PAYEE + "\n");

        assertThatThrownBy(() -> SettingsFile.read(dataDir))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown key \"payeeID\" in " + SettingsFile.in(dataDir))
                .hasMessageContaining("payeeId");
    }

    @Test
    void malformedValueIsNamedWithItsKeyAndFile() throws IOException {
        Files.writeString(SettingsFile.in(dataDir), "# hand-edited\nrequestsPerMinute = 500\n");

        assertThatThrownBy(this::launch)
                .hasMessageStartingWith("requestsPerMinute \"500\" in " + SettingsFile.in(dataDir)
                        + " is not a whole number from 1 to 60");
    }

    @Test
    void saveCreatesAMissingDataFolderForItsUserOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path fresh = dataDir.resolve("a/b/mixpay-pos");

        SettingsFile.save(fresh, settings(PAYEE, LinkMode.ONE_TIME));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(SettingsFile.in(fresh))))
                .isEqualTo("rw-------");
    }

    private Settings settings(String payee, LinkMode mode) {
        return new Settings(dataDir, payee, ASSET, "eur", Settings.DEFAULT_API_URL, Settings.DEFAULT_PAY_URL,
                mode, payee == null, 40);
    }

    private Settings launch() {
        return LaunchOptions.parse(List.of("--data-dir", dataDir.toString()), Map.of(),
                new Host(Host.Os.LINUX, dataDir.resolve("home"))).settings();
    }
}
