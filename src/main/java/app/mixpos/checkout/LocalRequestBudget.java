package app.mixpos.checkout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The till's own budget of MixPay requests (a token bucket), shared by every open sale and every other call of this
 * process. MixPay allows 60 requests a minute for all APIs together; this stays well under it. Urgent requests
 * may use the whole bucket; background polls leave a reserve so a new sale is never kept waiting.
 * Thread-safe.
 */
public final class LocalRequestBudget implements RequestBudget {

    private final Clock clock;
    private final int perMinute;
    private final int capacity;
    private double tokens;
    private Instant refilledAt;
    private Instant pausedUntil = Instant.MIN;
    private Instant backgroundPausedUntil = Instant.MIN;
    private long granted;

    /**
     * @param perMinute sustained requests a minute (default 40)
     * @param capacity  the most that may go out in a burst
     */
    public LocalRequestBudget(Clock clock, int perMinute, int capacity) {
        if (perMinute < 1 || perMinute > 60) {
            throw new IllegalArgumentException("requests per minute must be 1-60, was " + perMinute);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.clock = clock;
        this.perMinute = perMinute;
        this.capacity = capacity;
        this.tokens = capacity;
        this.refilledAt = clock.instant();
    }

    /** Takes one request from the budget if {@code priority} may have it now. */
    @Override
    public synchronized boolean tryAcquire(Priority priority) {
        refill();
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil(priority))) {
            return false;
        }
        if (tokens - 1 < priority.reserve()) {
            return false;
        }
        tokens -= 1;
        granted++;
        return true;
    }

    /** How long until {@code priority} could have a request, zero when it could now. */
    @Override
    public synchronized Duration waitFor(Priority priority) {
        refill();
        Instant now = clock.instant();
        Instant until = pausedUntil(priority);
        Duration paused = now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
        double missing = priority.reserve() + 1 - tokens;
        Duration refill = missing <= 0 ? Duration.ZERO
                : Duration.ofMillis((long) Math.ceil(missing * 60_000.0 / perMinute));
        return paused.compareTo(refill) > 0 ? paused : refill;
    }

    /**
     * MixPay's {@code x-ratelimit-remaining}: when the shared limit (other terminals, other apps on the
     * same address) runs low, background polling waits so the sale on screen and the cashier keep theirs.
     */
    @Override
    public synchronized void observeRemaining(int remaining) {
        if (remaining < 5) {
            backgroundPausedUntil = later(backgroundPausedUntil,
                    clock.instant().plusSeconds(4L * (5 - Math.max(remaining, 0))));
        }
    }

    /** MixPay said {@code 1429}: everything but the cashier's own requests waits. */
    @Override
    public synchronized void rateLimited(Duration wait) {
        tokens = 0;
        pausedUntil = later(pausedUntil, clock.instant().plus(wait));
    }

    /** Requests granted since start; for benchmarks and tests. */
    @Override
    public synchronized long granted() {
        return granted;
    }

    @Override
    public int perMinute() {
        return perMinute;
    }

    private Instant pausedUntil(Priority priority) {
        return switch (priority) {
            case INTERACTIVE -> Instant.MIN;
            case FOREGROUND -> pausedUntil;
            case BACKGROUND -> later(pausedUntil, backgroundPausedUntil);
        };
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void refill() {
        Instant now = clock.instant();
        long elapsedMs = Duration.between(refilledAt, now).toMillis();
        if (elapsedMs > 0) {
            tokens = Math.min(capacity, tokens + elapsedMs * perMinute / 60_000.0);
            refilledAt = now;
        }
    }
}
