package app.mixpos.store;

import app.mixpos.store.ChangeSource.Change;
import app.mixpos.store.StoreStatus.Problem;
import app.mixpos.store.StoreStatus.Reachability;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a till's outbox to the store database, in order, in batches, on a thread of its own (never the FX thread,
 * never a sale owner's lane: nothing a cashier does waits on it). Each batch is one PostgreSQL transaction; the
 * till's high-water mark moves only after the store's commit, so a batch whose answer is lost is simply sent again,
 * and the store acknowledges what it already holds without adding it twice (see {@link StoreReceiver}). After a
 * failure it tries again with {@link Backoff}; after a crash it resumes from the high-water mark in the log.
 * Migrates the store's schema (Flyway) before its first delivery.
 */
public final class StoreSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSender.class);

    /** Changes per PostgreSQL transaction. */
    public static final int DEFAULT_BATCH = 500;

    private static final String CONFLICTS = "SELECT count(*) FROM conflicts WHERE till_id = ?";

    private final ChangeSource source;
    private final DataSource store;
    private final Clock clock;
    private final Backoff backoff;
    private final int batchSize;
    private final boolean migrate;
    private final List<StoreStatusListener> listeners = new CopyOnWriteArrayList<>();
    private final Object scheduleLock = new Object();

    private volatile StoreStatus status;
    private volatile boolean migrated;
    private volatile int failuresInARow;
    private ScheduledExecutorService thread;
    private ScheduledFuture<?> next;

    /**
     * @param source    the till's outbox
     * @param store     the store database's pool (see {@link StoreDataSource})
     * @param migrate   whether to apply the store's pending migrations before the first delivery (the owner's
     *                  role can; a till's role finds nothing to apply once the owner has)
     */
    public StoreSender(ChangeSource source, DataSource store, Clock clock, Backoff backoff, int batchSize,
                       boolean migrate) {
        this.source = Objects.requireNonNull(source, "source");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.migrate = migrate;
        this.status = StoreStatus.initial(0);
    }

    public StoreSender(ChangeSource source, DataSource store, Clock clock) {
        this(source, store, clock, Backoff.DEFAULT, DEFAULT_BATCH, true);
    }

    /** The status now. */
    public StoreStatus status() {
        return status;
    }

    /** Adds a listener and tells it the status now; the returned action removes it. */
    public Runnable subscribe(StoreStatusListener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        listener.storeStatusChanged(status);
        return () -> listeners.remove(listener);
    }

    /** Starts delivering on the sender's own thread. */
    public void start() {
        synchronized (scheduleLock) {
            if (thread != null) {
                return;
            }
            thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "store-sender-" + source.tillId());
                t.setDaemon(true);
                return t;
            });
            scheduleIn(0);
        }
    }

    /** Asks for a delivery now (a change was just written); returns at once. */
    public void nudge() {
        synchronized (scheduleLock) {
            if (thread != null && next != null && next.getDelay(TimeUnit.MILLISECONDS) > 0 && failuresInARow == 0) {
                next.cancel(false);
                scheduleIn(0);
            }
        }
    }

    /** Stops the thread; what was not delivered stays in the outbox for the next start. */
    @Override
    public void close() {
        synchronized (scheduleLock) {
            if (thread != null) {
                thread.shutdownNow();
                thread = null;
            }
        }
    }

    private void scheduleIn(long millis) {
        next = thread.schedule(this::runScheduled, millis, TimeUnit.MILLISECONDS);
    }

    private void runScheduled() {
        boolean ok = deliverOnce();
        synchronized (scheduleLock) {
            if (thread != null) {
                scheduleIn(backoff.delay(ok ? 0 : failuresInARow).toMillis());
            }
        }
    }

    /**
     * Delivers everything waiting, batch after batch, on the calling thread (the sender's own thread, or a test's).
     *
     * @return true when everything waiting was delivered (the store was reached and took it)
     */
    public boolean deliverOnce() {
        Instant at = clock.instant();
        try {
            if (migrate && !migrated) {
                StoreSchema.migrate(store);
                migrated = true;
            }
            long acked = source.acknowledgedSeq();
            List<Change> batch = source.after(acked, batchSize);
            while (!batch.isEmpty()) {
                sendBatch(batch);
                long last = batch.get(batch.size() - 1).seq();
                source.acknowledge(last, clock.instant());
                batch = source.after(last, batchSize);
            }
            long conflicts = conflicts();
            failuresInARow = 0;
            publish(new StoreStatus(Reachability.REACHABLE, waiting(), conflicts, Problem.NONE, "",
                    clock.instant(), at));
            return true;
        } catch (SQLException | RuntimeException e) {
            failuresInARow++;
            Problem problem = classify(e);
            String detail = shorten(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            if (failuresInARow == 1 || failuresInARow % 20 == 0) {
                LOG.warn("Store delivery failed ({} in a row, {}): {}", failuresInARow, problem, detail);
                LOG.debug("Store delivery failure", e);
            }
            StoreStatus before = status;
            publish(new StoreStatus(problem == Problem.UNREACHABLE || problem == Problem.LOCAL_LOG
                    ? (problem == Problem.LOCAL_LOG ? before.reachability() : Reachability.UNREACHABLE)
                    : Reachability.REACHABLE, waitingOr(before.waiting()), before.conflicts(), problem, detail,
                    before.lastDeliveredAt(), at));
            return false;
        }
    }

    private void sendBatch(List<Change> batch) throws SQLException {
        try (Connection c = store.getConnection()) {
            c.setAutoCommit(false);
            try {
                StoreReceiver.Received received = StoreReceiver.receive(c, source.tillId(), batch);
                c.commit();
                if (received.duplicates() > 0 || received.conflicts() > 0) {
                    LOG.info("Store already held {} of changes {}-{} of till {} ({} with other content, kept as "
                                    + "conflicts)", received.duplicates() + received.conflicts(), batch.get(0).seq(),
                            batch.get(batch.size() - 1).seq(), source.tillId(), received.conflicts());
                }
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        }
    }

    private long conflicts() throws SQLException {
        try (Connection c = store.getConnection(); PreparedStatement ps = c.prepareStatement(CONFLICTS)) {
            ps.setString(1, source.tillId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long waiting() {
        return Math.max(0, source.lastSeq() - source.acknowledgedSeq());
    }

    private long waitingOr(long fallback) {
        try {
            return waiting();
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private void publish(StoreStatus next) {
        StoreStatus before = status;
        status = next;
        if (!next.equals(before)) {
            for (StoreStatusListener l : listeners) {
                try {
                    l.storeStatusChanged(next);
                } catch (RuntimeException e) {
                    LOG.error("A store status listener failed", e);
                }
            }
        }
    }

    static Problem classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreReceiver.SequenceGapException) {
                return Problem.REFUSED;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
                    return Problem.UNREACHABLE;
                }
                if (state.equals("28P01") || state.equals("28000")) {
                    return Problem.LOGIN_REFUSED;
                }
                if (state.equals("42501") || state.equals("23514")) {
                    return Problem.REFUSED;
                }
                if (state.equals("23503")) {
                    return Problem.TILL_NOT_REGISTERED;
                }
                if (state.equals("42P01") || state.equals("42883")) {
                    return Problem.SCHEMA;
                }
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.net.UnknownHostException) {
                return Problem.UNREACHABLE;
            }
            if (t instanceof org.flywaydb.core.api.FlywayException) {
                Problem cause = t.getCause() == null ? Problem.SCHEMA : classify(t.getCause());
                return cause == Problem.UNREACHABLE || cause == Problem.LOGIN_REFUSED ? cause : Problem.SCHEMA;
            }
            if (t.getClass().getName().startsWith("app.mixpos.receipts")) {
                return Problem.LOCAL_LOG;
            }
        }
        return Problem.OTHER;
    }

    /** A batch's failure quotes its whole SQL: keep the start and the server's own words at the end. */
    static String shorten(String message) {
        String oneLine = message.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= 400) {
            return oneLine;
        }
        int error = oneLine.lastIndexOf("ERROR:");
        String tail = error >= 0 ? oneLine.substring(error) : oneLine.substring(oneLine.length() - 200);
        return oneLine.substring(0, 150) + " … " + (tail.length() > 240 ? tail.substring(0, 240) : tail);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the failure that made us roll back is what is reported; the connection is dropped with it
        }
    }
}
