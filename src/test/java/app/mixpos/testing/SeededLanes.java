package app.mixpos.testing;

import app.mixpos.checkout.TaskScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.Executor;

/**
 * The engine's two kinds of thread, run on the test's thread in an order a seed chooses: the owner's lane (one
 * thread: its tasks run one at a time, in the order they were queued, each when due) and a pool of {@code io}
 * threads (any queued io task may run before any other, and before the lane's next task). Each {@link #step}
 * runs one task picked by the seed among those that could run next on real threads, so a seed replays one
 * interleaving exactly and many seeds cover many. Time is a {@link MutableClock} that moves only when nothing is
 * ready.
 */
public final class SeededLanes implements TaskScheduler {

    private final MutableClock clock;
    private final Random random;
    private final PriorityQueue<Entry> lane = new PriorityQueue<>();
    private final List<Runnable> io = new ArrayList<>();
    private long sequence;
    private long steps;

    public SeededLanes(MutableClock clock, long seed) {
        this.clock = clock;
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L); // spread small seeds apart
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Entry e = new Entry(clock.instant().plus(delay), sequence++, task);
        lane.add(e);
        return () -> e.cancelled = true;
    }

    /** The io pool: tasks queued here run in an order the seed picks, interleaved with the lane's. */
    public Executor io() {
        return io::add;
    }

    /** The seed's random source, for a test's own choices (when to act), so one seed replays everything. */
    public Random random() {
        return random;
    }

    /**
     * Runs one task that could run now: the lane's next due task or any io task, as the seed picks. When none could,
     * moves the clock to the lane's next task (at most {@code maxWait} ahead) and returns false.
     */
    public boolean step(Duration maxWait) {
        dropCancelled();
        Entry head = lane.peek();
        boolean laneReady = head != null && !head.at.isAfter(clock.instant());
        int choices = io.size() + (laneReady ? 1 : 0);
        if (choices == 0) {
            Instant until = clock.instant().plus(maxWait);
            if (head != null && head.at.isBefore(until)) {
                until = head.at;
            }
            clock.set(until);
            return false;
        }
        int pick = random.nextInt(choices);
        steps++;
        if (pick < io.size()) {
            io.remove(pick).run();
        } else {
            lane.poll().task.run();
        }
        return true;
    }

    /** True when nothing is queued on io and the lane has nothing due now. */
    public boolean idleNow() {
        dropCancelled();
        Entry head = lane.peek();
        return io.isEmpty() && (head == null || head.at.isAfter(clock.instant()));
    }

    public long steps() {
        return steps;
    }

    private void dropCancelled() {
        while (!lane.isEmpty() && lane.peek().cancelled) {
            lane.poll();
        }
    }

    private static final class Entry implements Comparable<Entry> {
        final Instant at;
        final long seq;
        final Runnable task;
        boolean cancelled;

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
