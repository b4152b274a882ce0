package app.mixpos.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the sender waits before trying again: {@code first} after the first failure, doubling per failure in a
 * row up to {@code max}; after a success, the next look is {@code idle} later (sooner when nudged).
 */
public record Backoff(Duration idle, Duration first, Duration max) {

    /** Online: look every half second; offline: 1 s, 2 s, 4 s ... up to 30 s between tries. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    public Backoff {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= first <= max: " + first + ", " + max);
        }
    }

    /** The wait after {@code failuresInARow} failures (0: the idle wait after a success). */
    public Duration delay(int failuresInARow) {
        if (failuresInARow <= 0) {
            return idle;
        }
        Duration d = first;
        for (int i = 1; i < failuresInARow && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
