package app.mixpos.receipts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The log files this process has a SQLite connection to, by the file's identity (device and inode, so two paths
 * to one file are one entry). POSIX advisory locks belong to the process: closing <em>any</em> descriptor of a
 * database file drops every lock SQLite holds on it, another program then finds no reader, checkpoints and deletes
 * the {@code -wal} the till is still writing into, and committed sales vanish at the next crash (sqlite.org,
 * "How To Corrupt An SQLite Database File", 2.2). So the header check, the only place the app reads the file
 * itself, runs only while this process has no connection to it; every later look goes through SQLite.
 */
final class OpenFiles {

    private static final Map<Object, Integer> OPEN = new HashMap<>();

    private OpenFiles() {
    }

    /**
     * Runs the header check unless a connection to the file is already open here (it was checked when that one
     * opened), then opens a connection with {@code connect} and counts it; one lock, so no check can run beside
     * an opening.
     */
    static synchronized <T> T open(Path file, Opener<T> connect) {
        Object key = identity(file);
        if (key == null || !OPEN.containsKey(key)) {
            FileCheck.requireDatabaseOrNothing(file);
        }
        T connection = connect.open();
        Object opened = Objects.requireNonNullElseGet(identity(file), () -> file.toAbsolutePath().normalize());
        OPEN.merge(opened, 1, Integer::sum);
        return connection;
    }

    /** Forgets one connection to {@code file}; call after it has closed. */
    static synchronized void closed(Path file) {
        Object key = Objects.requireNonNullElseGet(identity(file), () -> file.toAbsolutePath().normalize());
        OPEN.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
    }

    /** Whether this process has a SQLite connection open to {@code file}. */
    static synchronized boolean isOpen(Path file) {
        Object key = identity(file);
        return key != null && OPEN.containsKey(key);
    }

    /** The file's device-and-inode key from a stat (no descriptor is opened); null when there is no such file. */
    private static Object identity(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    @FunctionalInterface
    interface Opener<T> {
        T open();
    }
}
