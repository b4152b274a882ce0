package app.mixpos.testing;

import app.mixpos.checkout.TaskScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * A {@link TaskScheduler} driven by a {@link MutableClock}: {@link #advance} runs every task that falls due,
 * in time order, moving the clock to each task's time. Lets a test run hours of polling in milliseconds.
 * Single-threaded: tasks run on the thread that calls {@code advance} or {@code runDue}.
 */
public final class ManualScheduler implements TaskScheduler {

    private final MutableClock clock;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long sequence;
    private int ran;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Entry e = new Entry(clock.instant().plus(delay), sequence++, task);
        queue.add(e);
        return () -> e.cancelled = true;
    }

    /** Runs what is due now, including what those tasks schedule for now. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves time forward by {@code d}, running each task when its time comes. */
    public void advance(Duration d) {
        Instant end = clock.instant().plus(d);
        while (true) {
            Entry next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.at.isAfter(end)) {
                    break;
                }
                queue.poll();
            }
            if (next.cancelled) {
                continue;
            }
            if (next.at.isAfter(clock.instant())) {
                clock.set(next.at);
            }
            ran++;
            next.task.run();
        }
        if (end.isAfter(clock.instant())) {
            clock.set(end);
        }
    }

    /**
     * Waits for {@code result} the way a person at the till would: time moves on in small steps, running what
     * falls due, until it is done. Fails after {@code limit} of simulated time.
     */
    public <T> T await(java.util.concurrent.CompletableFuture<T> result, Duration limit) {
        Instant end = clock.instant().plus(limit);
        while (!result.isDone()) {
            if (clock.instant().isAfter(end)) {
                throw new AssertionError("not done after " + limit + " of simulated time");
            }
            advance(Duration.ofMillis(100));
        }
        return result.join();
    }

    /** True when a task (not cancelled) is due now: {@link #runDue()} would run something. */
    public synchronized boolean hasDue() {
        Instant now = clock.instant();
        return queue.stream().anyMatch(e -> !e.cancelled && !e.at.isAfter(now));
    }

    /** How many tasks have run; a guard against loops that reschedule without end. */
    public int tasksRun() {
        return ran;
    }

    public synchronized int pending() {
        return (int) queue.stream().filter(e -> !e.cancelled).count();
    }

    private static final class Entry implements Comparable<Entry> {
        final Instant at;
        final long seq;
        final Runnable task;
        volatile boolean cancelled;

        Entry(Instant at, long seq, Runnable task) {
            this.at = at;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Entry o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
