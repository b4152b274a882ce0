package app.mixpos.walk;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's I/O threads (link making, receipt-log reads for the screens), counting the work in flight so the
 * walk knows when the till has nothing left to do before it checks the screen.
 */
final class CountingExecutor implements Executor, AutoCloseable {

    private final Object lock = new Object();
    private final ExecutorService threads;
    private int inFlight;

    CountingExecutor() {
        AtomicInteger n = new AtomicInteger();
        threads = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "walk-engine-io-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable task) {
        synchronized (lock) {
            inFlight++;
        }
        threads.execute(() -> {
            try {
                task.run();
            } finally {
                synchronized (lock) {
                    inFlight--;
                    lock.notifyAll();
                }
            }
        });
    }

    boolean idle() {
        synchronized (lock) {
            return inFlight == 0;
        }
    }

    /** Waits until no task is queued or running; false if that did not happen by {@code deadlineNanos}. */
    boolean awaitIdle(long deadlineNanos) throws InterruptedException {
        synchronized (lock) {
            while (inFlight > 0) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
