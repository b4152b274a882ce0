package app.mixpos.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@code settings.properties} in the data folder: UTF-8, one {@code key=value} a line, keys as in
 * {@link Option#fileKey()}. The one writer of the file: every rewrite takes one lock, changes only its own keys
 * (read again under the lock), and replaces the file durably ({@link DurableFile}), so a crash never leaves half
 * a file and two writers never drop each other's keys.
 */
public final class SettingsFile {

    /** The file's name inside the data folder. */
    public static final String NAME = "settings.properties";

    /**
     * The manager PIN's salted hash ({@code pbkdf2-sha256$…}). Set only from the settings screen, never by a
     * flag or the environment, so it is a file key without an {@link Option}; config only carries the text.
     */
    public static final String MANAGER_PIN = "managerPin";

    private static final ReentrantLock WRITER = new ReentrantLock();

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
        Map<String, String> changes = new HashMap<>();
        changes.put(Option.PAYEE_ID.fileKey(), settings.payeeId());
        changes.put(Option.SETTLEMENT_ASSET.fileKey(), settings.settlementAssetId());
        changes.put(Option.CURRENCY.fileKey(), settings.currency());
        changes.put(Option.LINK_MODE.fileKey(), settings.linkMode().label());
        merge(dataDir, changes);
    }

    /** Saves the languages of the cashier's window and of the customer display (the settings screen's choice). */
    public static void saveLanguages(Path dataDir, Language cashier, Language customer) throws IOException {
        merge(dataDir, Map.of(Option.LANGUAGE.fileKey(), cashier.tag(),
                Option.CUSTOMER_LANGUAGE.fileKey(), customer.tag()));
    }

    /**
     * Changes only the given keys, under the one lock every rewrite of the file takes: the file is read again
     * inside the lock, so two writers (the settings screen and the manager PIN, say) never drop each other's keys.
     * A null value removes its key. The data folder is created if missing.
     *
     * @param changes file key → new text, or null to remove the key
     * @throws IllegalArgumentException for a key the settings file does not hold
     * @throws IOException when the file cannot be read (the message says why) or written
     */
    public static void merge(Path dataDir, Map<String, String> changes) throws IOException {
        merge(dataDir, changes, DurableFile.Step.NOTHING);
    }

    static void merge(Path dataDir, Map<String, String> changes, DurableFile.Step beforeRename) throws IOException {
        for (String key : changes.keySet()) {
            if (!isKnown(key)) {
                throw new IllegalArgumentException("not a settings-file key: " + key);
            }
        }
        WRITER.lock();
        try {
            Map<String, String> values = new LinkedHashMap<>(readToChange(dataDir));
            changes.forEach((key, value) -> {
                if (value == null) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            });
            writeLocked(dataDir, values, beforeRename);
        } finally {
            WRITER.unlock();
        }
    }

    /**
     * The value of {@code key} in the file; when it has none, {@code fresh}'s value, written to the file first
     * (merged, under the writer's lock), so it is the same at every later start.
     *
     * @throws IOException when the file cannot be read or written
     */
    static String keep(Path dataDir, String key, Supplier<String> fresh) throws IOException {
        WRITER.lock();
        try {
            String kept = readToChange(dataDir).get(key);
            if (kept != null && !kept.isBlank()) {
                return kept;
            }
            String value = fresh.get();
            merge(dataDir, Map.of(key, value));
            return value;
        } finally {
            WRITER.unlock();
        }
    }

    /**
     * Replaces the whole file with these values (keys the app does not know are dropped). For tests and tools
     * that set up a file; the app itself changes keys with {@link #merge}, so it never drops another writer's.
     */
    public static void write(Path dataDir, Map<String, String> values) throws IOException {
        WRITER.lock();
        try {
            writeLocked(dataDir, values, DurableFile.Step.NOTHING);
        } finally {
            WRITER.unlock();
        }
    }

    private static void writeLocked(Path dataDir, Map<String, String> values, DurableFile.Step beforeRename)
            throws IOException {
        try {
            DataFolder.prepare(dataDir);
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder("# MixPay POS settings; see mixpay-pos --help for the keys.\n");
        for (Option option : Option.values()) {
            String value = option.fileKey() == null ? null : values.get(option.fileKey());
            if (value != null) {
                text.append(option.fileKey()).append('=').append(escape(value)).append('\n');
            }
        }
        if (values.get(MANAGER_PIN) != null) {
            text.append(MANAGER_PIN).append('=').append(escape(values.get(MANAGER_PIN))).append('\n');
        }
        DurableFile.replace(in(dataDir), text.toString(), beforeRename);
    }

    /**
     * Replaces {@code fileName} in the data folder with {@code text}, durably and under the same lock: a
     * small file the app keeps beside the settings (the count of wrong manager PINs).
     */
    public static void replace(Path dataDir, String fileName, String text) throws IOException {
        WRITER.lock();
        try {
            DurableFile.replace(dataDir.resolve(fileName), text);
        } finally {
            WRITER.unlock();
        }
    }

    /** True while {@code thread} waits for the writer's lock (tests interleave writers with it). */
    static boolean writerAwaited(Thread thread) {
        return WRITER.hasQueuedThread(thread);
    }

    private static Map<String, String> readToChange(Path dataDir) throws IOException {
        try {
            return read(dataDir);
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean isKnown(String key) {
        return MANAGER_PIN.equals(key) || Option.byFileKey(key).isPresent();
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
