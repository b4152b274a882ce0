package app.mixpos.wiring;

import app.mixpos.checkout.ExecutorScheduler;
import app.mixpos.checkout.TaskScheduler;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;

/**
 * Time, threads and randomness for the engine: the real ones in the app, a manual clock and scheduler in
 * tests so a whole payment runs in milliseconds without sleeping.
 *
 * @param scheduler the watcher's thread
 * @param io        where links are made and the receipt log is read for the screens
 * @param reports   where the till's X reports are built and its Zs closed: a month's X reads for a few hundred
 *                  milliseconds, and on {@code io} it would hold one of the threads a charge needs
 */
public record EngineRuntime(Clock clock, TaskScheduler scheduler, Executor io, Executor reports,
                            RandomGenerator random, AutoCloseable resources) {

    /** Reports built on {@code io} too: for tests that run every task inline or on one executor of theirs. */
    public EngineRuntime(Clock clock, TaskScheduler scheduler, Executor io, RandomGenerator random,
                         AutoCloseable resources) {
        this(clock, scheduler, io, io, random, resources);
    }

    /** The system clock, one watcher thread, a small pool of daemon I/O threads and one reports thread. */
    public static EngineRuntime real() {
        ExecutorScheduler scheduler = new ExecutorScheduler("mixpay-watcher");
        ExecutorService io = daemons(2, "mixpay-io");
        ExecutorService reports = daemons(1, "mixpay-reports");
        return new EngineRuntime(Clock.tickMillis(ZoneOffset.UTC), scheduler, io, reports, new SecureRandom(), () -> {
            scheduler.close();
            io.shutdownNow();
            reports.shutdownNow();
        });
    }

    private static ExecutorService daemons(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
