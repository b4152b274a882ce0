package app.mixpos.checkout;

import java.time.Duration;

/** Runs work later. Tests use a manual one driven by a fake clock, so no test sleeps. */
public interface TaskScheduler {

    /** Runs {@code task} once after {@code delay}; the returned handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    /** Runs {@code task} as soon as possible on the scheduler's thread. */
    default void execute(Runnable task) {
        schedule(Duration.ZERO, task);
    }

    interface Cancellable {
        void cancel();
    }
}
