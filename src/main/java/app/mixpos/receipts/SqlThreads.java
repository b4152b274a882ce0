package app.mixpos.receipts;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps SQL off the threads that must never wait on a disk: the receipt log's JDBC connection is wrapped, and every
 * call on it (every statement starts with one) first asks whether the calling thread may do SQL. The app marks the
 * FX thread so; a call from it is logged as an error, and a test that installs {@link #refuse} makes it fail, so a
 * screen that reads the log on the FX thread is caught by the walk suite, not by a cashier whose till froze.
 */
public final class SqlThreads {

    private static final Logger LOG = LoggerFactory.getLogger(SqlThreads.class);

    /** What a call from a forbidden thread does. */
    public enum OnViolation { LOG, FAIL }

    private static volatile Predicate<Thread> forbidden = t -> false;
    private static volatile OnViolation onViolation = OnViolation.LOG;
    private static final java.util.List<String> VIOLATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private SqlThreads() {
    }

    /** SQL from a thread {@code forbidden} accepts is logged with where it came from; the call goes ahead. */
    public static void warnOn(Predicate<Thread> forbiddenThreads) {
        forbidden = Objects.requireNonNull(forbiddenThreads, "forbiddenThreads");
        onViolation = OnViolation.LOG;
    }

    /** SQL from a thread {@code forbidden} accepts fails with {@link SqlOnForbiddenThreadError}; for tests. */
    public static void refuse(Predicate<Thread> forbiddenThreads) {
        forbidden = Objects.requireNonNull(forbiddenThreads, "forbiddenThreads");
        onViolation = OnViolation.FAIL;
    }

    /** Every thread may do SQL again. */
    public static void allowAll() {
        forbidden = t -> false;
        onViolation = OnViolation.LOG;
    }

    /** Each SQL call seen on a forbidden thread since the last {@link #clearViolations()} (the first 100). */
    public static java.util.List<String> violations() {
        return java.util.List.copyOf(VIOLATIONS);
    }

    public static void clearViolations() {
        VIOLATIONS.clear();
    }

    /** Thrown into the code that ran SQL where it must not; an Error, so no catch of SQL failures hides it. */
    public static final class SqlOnForbiddenThreadError extends Error {
        SqlOnForbiddenThreadError(String message) {
            super(message);
        }
    }

    static void check(String call) {
        Thread t = Thread.currentThread();
        if (!forbidden.test(t)) {
            return;
        }
        String message = "SQL (" + call + ") on " + t.getName() + ", which must never wait on the receipt log";
        if (VIOLATIONS.size() < 100) {
            VIOLATIONS.add(message);
        }
        if (onViolation == OnViolation.FAIL) {
            throw new SqlOnForbiddenThreadError(message);
        }
        LOG.error(message, new Exception("where it was called"));
    }

    /** Closing happens once, as the app stops (JavaFX stops the app on its own thread). */
    private static final java.util.Set<String> CLOSING = java.util.Set.of("close", "isClosed");

    /** {@code c}, with the check before every call on it. */
    static Connection guard(Connection c) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!CLOSING.contains(method.getName())) {
                check(method.getName());
            }
            try {
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(SqlThreads.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }
}
