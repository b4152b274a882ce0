package app.mixpos.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/** The per-user folder holding the settings file, the receipt log and the logs. */
public final class DataFolder {

    /** The system property logback.xml reads the log folder from. */
    public static final String LOG_DIR_PROPERTY = "mixpos.logDir";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private DataFolder() {
    }

    /**
     * The usual data folder: Linux {@code $XDG_DATA_HOME/mixpay-pos} (else {@code ~/.local/share/mixpay-pos}),
     * macOS {@code ~/Library/Application Support/MixPay POS}, Windows {@code %APPDATA%\MixPay POS}.
     *
     * @param env the environment, for {@code XDG_DATA_HOME} and {@code APPDATA}
     */
    public static Path defaultFor(Host host, Map<String, String> env) {
        Path home = host.home();
        return switch (host.os()) {
            case MAC -> home.resolve("Library").resolve("Application Support").resolve("MixPay POS");
            case WINDOWS -> {
                String appData = env.get("APPDATA");
                yield (isBlank(appData) ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                        .resolve("MixPay POS");
            }
            case LINUX -> {
                String xdg = env.get("XDG_DATA_HOME");
                yield (isBlank(xdg) || !Path.of(xdg).isAbsolute() ? home.resolve(".local").resolve("share") : Path.of(xdg))
                        .resolve("mixpay-pos");
            }
        };
    }

    /** Where the logs go inside a data folder. */
    public static Path logFolder(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /**
     * Creates the data folder if it is missing, readable by its user only where the file system has
     * POSIX permissions. An existing folder is left as it is.
     *
     * @throws ConfigException when the folder cannot be created or is not a folder
     */
    public static void prepare(Path dataDir) {
        String remedy = "; choose another with --data-dir or " + Option.DATA_DIR.env() + ".";
        if (Files.isDirectory(dataDir)) {
            return;
        }
        if (Files.exists(dataDir)) {
            throw new ConfigException("data folder " + dataDir + " is a file, not a folder" + remedy);
        }
        try {
            Path parent = dataDir.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.setPosixFilePermissions(dataDir, OWNER_ONLY);
            } else {
                Files.createDirectory(dataDir);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new ConfigException("cannot create the data folder " + dataDir + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")" + remedy, e);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
