package app.mixpos.checkout;

import java.time.Duration;

/**
 * The MixPay requests this till may make. MixPay counts 60 a minute per internet address, for all APIs together;
 * a standalone till has the address to itself ({@link LocalRequestBudget}), while tills that share an address must
 * share one budget among them (a store-wide implementation of this interface). Implementations are thread-safe.
 */
public interface RequestBudget {

    /** Who is asking; decides how much of the budget may be used. */
    enum Priority {
        /** The cashier is waiting: creating a link, "check now". */
        INTERACTIVE(0),
        /** The sale on screen. */
        FOREGROUND(1),
        /** Everything else: cancelled-but-watched sales, refunds, asset lists. */
        BACKGROUND(3);

        private final int reserve;

        Priority(int reserve) {
            this.reserve = reserve;
        }

        /** Requests this priority leaves in the bucket for more urgent ones. */
        public int reserve() {
            return reserve;
        }
    }

    /** Takes one request from the budget if {@code priority} may have it now. */
    boolean tryAcquire(Priority priority);

    /** How long until {@code priority} could have a request, zero when it could now. */
    Duration waitFor(Priority priority);

    /** MixPay's {@code x-ratelimit-remaining} after a request: the shared limit is running low. */
    void observeRemaining(int remaining);

    /** MixPay said {@code 1429}: everything but the cashier's own requests waits {@code wait}. */
    void rateLimited(Duration wait);

    /** Requests granted since start; for benchmarks and tests. */
    long granted();

    /** The sustained rate this budget keeps to. */
    int perMinute();
}
