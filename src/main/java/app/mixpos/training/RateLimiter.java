package app.mixpos.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * MixPay's 60 requests per minute, as a sliding window by the simulator's clock. Only admitted requests
 * count; a request admitted at {@code t} stops counting at {@code t + 60 s}.
 */
final class RateLimiter {

    static final int LIMIT = 60;
    static final Duration WINDOW = Duration.ofSeconds(60);

    private final Deque<Instant> admitted = new ArrayDeque<>();

    record Decision(boolean allowed, int remaining) {
    }

    synchronized Decision tryAcquire(Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!admitted.isEmpty() && !admitted.peekFirst().isAfter(cutoff)) {
            admitted.removeFirst();
        }
        if (admitted.size() >= LIMIT) {
            return new Decision(false, 0);
        }
        admitted.addLast(now);
        return new Decision(true, LIMIT - admitted.size());
    }
}
