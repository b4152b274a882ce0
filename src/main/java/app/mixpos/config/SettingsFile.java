package app.mixpos.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code settings.properties} in the data folder: UTF-8, one {@code key=value} a line, keys as in
 * {@link Option#fileKey()}. Written atomically (a temporary file moved over the old one), so a crash
 * never leaves half a file.
 */
public final class SettingsFile {

    /** The file's name inside the data folder. */
    public static final String NAME = "settings.properties";

    /**
     * The manager PIN's salted hash ({@code pbkdf2-sha256$…}). Set only from the settings screen, never by a
     * flag or the environment, so it is a file key without an {@link Option}; config only carries the text.
     */
    public static final String MANAGER_PIN = "managerPin";

    private SettingsFile() {
    }

    /** The settings file inside this data folder. */
    public static Path in(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /**
     * Reads the file; empty when there is none. Values are not checked here, keys are.
     *
     * @return file key → text, in file-key order
     * @throws ConfigException when the file cannot be read or has a key the app does not know
     */
    public static Map<String, String> read(Path dataDir) {
        Path file = in(dataDir);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new ConfigException("cannot read the settings file " + file + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); fix the file or its permissions, or choose another --data-dir.", e);
        }
        Properties props = new Properties();
        try (Reader reader = new StringReader(text)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("the settings file " + file + " is not a properties file (" + e.getMessage()
                    + "); fix it or delete it to use the defaults.", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (Option.byFileKey(key).isEmpty() && !MANAGER_PIN.equals(key)) {
                throw new ConfigException("unknown key \"" + key + "\" in " + file + " (known: " + knownKeys()
                        + "); fix or remove that line.");
            }
        }
        for (Option option : Option.values()) {
            if (option.fileKey() != null && props.containsKey(option.fileKey())) {
                values.put(option.fileKey(), props.getProperty(option.fileKey()));
            }
        }
        if (props.containsKey(MANAGER_PIN)) {
            values.put(MANAGER_PIN, props.getProperty(MANAGER_PIN));
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Saves what the settings screen edits: payee id (removed when null), settlement asset, currency and
     * link mode. Other keys already in the file are kept; the data folder is created if missing.
     */
    public static void save(Path dataDir, Settings settings) throws IOException {
        Map<String, String> values;
        try {
            values = new LinkedHashMap<>(read(dataDir));
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (settings.payeeId() == null) {
            values.remove(Option.PAYEE_ID.fileKey());
        } else {
            values.put(Option.PAYEE_ID.fileKey(), settings.payeeId());
        }
        values.put(Option.SETTLEMENT_ASSET.fileKey(), settings.settlementAssetId());
        values.put(Option.CURRENCY.fileKey(), settings.currency());
        values.put(Option.LINK_MODE.fileKey(), settings.linkMode().label());
        write(dataDir, values);
    }

    /** Replaces the file with these values (keys the app does not know are dropped), atomically where the file system allows. */
    public static void write(Path dataDir, Map<String, String> values) throws IOException {
        try {
            DataFolder.prepare(dataDir);
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
        Path target = in(dataDir);
        Path temp = Files.createTempFile(dataDir, NAME, ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write("# MixPay POS settings; see mixpay-pos --help for the keys.\n");
                for (Option option : Option.values()) {
                    String value = option.fileKey() == null ? null : values.get(option.fileKey());
                    if (value != null) {
                        out.write(option.fileKey() + "=" + escape(value) + "\n");
                    }
                }
                if (values.get(MANAGER_PIN) != null) {
                    out.write(MANAGER_PIN + "=" + escape(values.get(MANAGER_PIN)) + "\n");
                }
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Replaces {@code fileName} in the data folder with {@code text}, atomically where the file system allows: a
     * small file the app keeps beside the settings (the count of wrong manager PINs).
     */
    public static void replace(Path dataDir, String fileName, String text) throws IOException {
        Path temp = Files.createTempFile(dataDir, fileName, ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            move(temp, dataDir.resolve(fileName));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Escapes only what {@link Properties#load} would misread, so URLs stay readable. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String knownKeys() {
        StringBuilder keys = new StringBuilder();
        for (Option option : Option.values()) {
            if (option.fileKey() != null) {
                keys.append(keys.length() == 0 ? "" : ", ").append(option.fileKey());
            }
        }
        return keys.append(", ").append(MANAGER_PIN).toString();
    }
}
