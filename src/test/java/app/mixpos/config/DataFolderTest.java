package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path home;

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        Path xdg = home.resolve("xdg");

        assertThat(DataFolder.defaultFor(linux(), Map.of("XDG_DATA_HOME", xdg.toString())))
                .isEqualTo(xdg.resolve("mixpay-pos"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgOrWithARelativeOne() {
        Path expected = home.resolve(".local/share/mixpay-pos");

        assertThat(DataFolder.defaultFor(linux(), Map.of())).isEqualTo(expected);
        assertThat(DataFolder.defaultFor(linux(), Map.of("XDG_DATA_HOME", "relative/dir"))).isEqualTo(expected);
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.defaultFor(new Host(Host.Os.MAC, home), Map.of("XDG_DATA_HOME", "/ignored")))
                .isEqualTo(home.resolve("Library").resolve("Application Support").resolve("MixPay POS"));
    }

    @Test
    void windowsUsesAppDataOrRoamingUnderHome() {
        Host windows = new Host(Host.Os.WINDOWS, home);

        assertThat(DataFolder.defaultFor(windows, Map.of("APPDATA", home.resolve("Roam").toString())))
                .isEqualTo(home.resolve("Roam").resolve("MixPay POS"));
        assertThat(DataFolder.defaultFor(windows, Map.of()))
                .isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("MixPay POS"));
    }

    @Test
    void osIsRecognisedFromItsName() {
        assertThat(Host.Os.fromName("Windows 11")).isEqualTo(Host.Os.WINDOWS);
        assertThat(Host.Os.fromName("Mac OS X")).isEqualTo(Host.Os.MAC);
        assertThat(Host.Os.fromName("Linux")).isEqualTo(Host.Os.LINUX);
        assertThat(Host.Os.fromName("FreeBSD")).isEqualTo(Host.Os.LINUX);
    }

    @Test
    void prepareCreatesAMissingFolderReadableByItsUserOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = home.resolve("deep/er/mixpay-pos");

        DataFolder.prepare(dir);

        assertThat(dir).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void prepareLeavesAnExistingFolderAlone() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = Files.createDirectory(home.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));

        DataFolder.prepare(dir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwxr-x---");
    }

    @Test
    void prepareRefusesAFileInThePlaceOfTheFolder() throws IOException {
        Path file = Files.writeString(home.resolve("oops"), "x");

        assertThatThrownBy(() -> DataFolder.prepare(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("data folder " + file + " is a file")
                .hasMessageContaining("--data-dir");
    }

    @Test
    void logsLiveInTheDataFolder() {
        assertThat(DataFolder.logFolder(home)).isEqualTo(home.resolve("logs"));
    }

    private Host linux() {
        return new Host(Host.Os.LINUX, home);
    }
}
