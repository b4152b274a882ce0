package app.mixpos.receipts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/** The log's single SQLite connection, used by one thread at a time; every write is one transaction. */
final class Database implements AutoCloseable {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (or creates) the file and reads its header; nothing is written, so a damaged file stays as it is. */
    static Database open(Path file) {
        createParent(file);
        return OpenFiles.open(file, () -> connect(file, "jdbc:sqlite:" + file, new SQLiteConfig()));
    }

    /**
     * Opens an existing file read-only, for checking it: no folder, schema or journal change is made. With no
     * write-ahead log beside it (the app is closed) the file is opened as immutable, so SQLite does not even
     * create its {@code -wal} and {@code -shm} files; while the app runs, its own are shared.
     *
     * @throws ReceiptLogException when there is no such file or it is not a SQLite database
     */
    static Database openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReceiptLogException("There is no receipt log at " + file + ".");
        }
        return OpenFiles.open(file, () -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            boolean closed = !Files.exists(Path.of(file + "-wal")) && !OpenFiles.isOpen(file);
            return connect(file, "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro"
                    + (closed ? "&immutable=1" : ""), config);
        });
    }

    private static Database connect(Path file, String url, SQLiteConfig config) {
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection c = null;
        try {
            c = SqlThreads.guard(DriverManager.getConnection(url, config.toProperties()));
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
            return new Database(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure(file, "open", e);
        }
    }

    /** Switches to the write-ahead log with a full sync on every commit, and enforces foreign keys. */
    void makeDurable() {
        read(c -> {
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    if (!rs.next() || !"wal".equalsIgnoreCase(rs.getString(1))) {
                        throw new SQLException("SQLite refused the write-ahead log (journal_mode WAL)");
                    }
                }
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            return null;
        });
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} under the lock without a transaction of its own. */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(file, "read", e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} as one transaction: all of it is on disk when this returns, or none of it. */
    <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(file, "write to", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(file, "close", e);
        } finally {
            OpenFiles.closed(file);
            lock.unlock();
        }
    }

    static ReceiptLogException failure(Path file, String action, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            ReceiptLogException damaged = FileCheck.damaged(file, e.getMessage());
            damaged.initCause(e);
            return damaged;
        }
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            return new ReceiptLogBusyException("The receipt log at " + file + " is held by another program (a database"
                    + " browser, a backup or a script writing to it), so the till could not " + action + " it. Nothing"
                    + " was lost. Close that program or end its transaction, then try again.", e);
        }
        return new ReceiptLogException("Could not " + action + " the receipt log at " + file + ": " + e.getMessage(), e);
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new ReceiptLogException("Cannot create the folder " + parent + " for the receipt log: " + e, e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // the open failure is what matters
        }
    }
}
