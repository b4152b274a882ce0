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
 */
public record EngineRuntime(Clock clock, TaskScheduler scheduler, Executor io, RandomGenerator random,
                            AutoCloseable resources) {

    /** The system clock, one watcher thread and a small pool of daemon I/O threads. */
    public static EngineRuntime real() {
        ExecutorScheduler scheduler = new ExecutorScheduler("mixpay-watcher");
        ExecutorService io = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "mixpay-io");
            t.setDaemon(true);
            return t;
        });
        return new EngineRuntime(Clock.tickMillis(ZoneOffset.UTC), scheduler, io, new SecureRandom(), () -> {
            scheduler.close();
            io.shutdownNow();
        });
    }
}
