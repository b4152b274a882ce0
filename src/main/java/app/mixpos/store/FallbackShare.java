package app.mixpos.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The till's fixed share while the store is away: at most {@code share} requests in any window, by the till's own
 * clock (only durations on it count, so its offset from other clocks does not matter). Remembers the requests the
 * store has not been told of yet. Not thread-safe: its owner locks.
 */
final class FallbackShare {

    private final int share;
    private final Duration window;
    private final Deque<Instant> used = new ArrayDeque<>();
    private final List<Instant> untold = new ArrayList<>();

    FallbackShare(int share, Duration window) {
        this.share = share;
        this.window = window;
    }

    /** Takes one request if fewer than {@code share - reserve} were made in the window ending now. */
    boolean tryTake(Instant now, int reserve) {
        expire(now);
        if (used.size() >= share - Math.min(reserve, share - 1)) {
            return false;
        }
        used.addLast(now);
        untold.add(now);
        return true;
    }

    /** How long until a request of the share frees up. */
    Duration untilFree(Instant now, int reserve) {
        expire(now);
        int over = used.size() - (share - Math.min(reserve, share - 1));
        if (over < 0) {
            return Duration.ZERO;
        }
        Instant freeAt = used.stream().skip(over).findFirst().orElse(now).plus(window);
        return Duration.between(now, freeAt);
    }

    /** The requests made since the store was last told; {@link #restore} them if telling it fails. */
    List<Instant> drainUntold() {
        List<Instant> drained = List.copyOf(untold);
        untold.clear();
        return drained;
    }

    void restore(List<Instant> notTold) {
        untold.addAll(0, notTold);
    }

    boolean hasUntold() {
        return !untold.isEmpty();
    }

    private void expire(Instant now) {
        Instant cutoff = now.minus(window);
        while (!used.isEmpty() && !used.peekFirst().isAfter(cutoff)) {
            used.removeFirst();
        }
    }
}
