package app.mixpos.training;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Misbehaviour queued for the next API requests (any path). Faults queued one after another are
 * served in order; once they are used up, normal service resumes. Apart from the queue, the network can be
 * switched off ({@link #network(boolean)}): until it is switched back on, every API request is dropped. Thread-safe.
 */
public final class Faults {

    /** How long {@link Fault#SLOW} holds a response unless told otherwise: beyond a typical 6 s read timeout. */
    public static final Duration DEFAULT_SLOW_DELAY = Duration.ofSeconds(8);

    private final Deque<Pending> queue = new ArrayDeque<>();
    private Duration slowDelay = DEFAULT_SLOW_DELAY;
    private boolean networkLost;

    Faults() {
    }

    /** The next {@code times} API requests get {@code fault}, after any faults already queued. */
    public synchronized void next(Fault fault, int times) {
        Objects.requireNonNull(fault, "fault");
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative: " + times);
        }
        if (times > 0) {
            queue.addLast(new Pending(fault, times));
        }
    }

    /**
     * Loses the network ({@code true}): every API request gets {@link Fault#CONNECTION_RESET} until the network is
     * back ({@code false}). Losing it twice is the same as once; queued faults wait until it is back.
     */
    public synchronized void network(boolean lost) {
        networkLost = lost;
    }

    /** True while the network is lost. */
    public synchronized boolean networkLost() {
        return networkLost;
    }

    /** Drops every queued fault; the next request is served normally. */
    public synchronized void clear() {
        queue.clear();
    }

    /** How many upcoming requests will still be faulted. */
    public synchronized int remaining() {
        return queue.stream().mapToInt(p -> p.left).sum();
    }

    /** Real (wall-clock) time a {@link Fault#SLOW} response is held back. */
    public synchronized Duration slowDelay() {
        return slowDelay;
    }

    public synchronized void slowDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive");
        }
        slowDelay = delay;
    }

    synchronized Optional<Fault> take() {
        if (networkLost) {
            return Optional.of(Fault.CONNECTION_RESET);
        }
        Pending head = queue.peekFirst();
        if (head == null) {
            return Optional.empty();
        }
        if (--head.left == 0) {
            queue.removeFirst();
        }
        return Optional.of(head.fault);
    }

    private static final class Pending {
        private final Fault fault;
        private int left;

        private Pending(Fault fault, int left) {
            this.fault = fault;
            this.left = left;
        }
    }
}
