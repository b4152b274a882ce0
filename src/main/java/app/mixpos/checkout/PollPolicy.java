package app.mixpos.checkout;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * How often MixPay is asked about a sale. The sale on screen is asked most often while the customer is
 * paying; everything else less, and less again as it ages, but never stops: only MixPay ends a payment.
 * At the defaults one unpaid sale on screen costs 30 of the 40 requests a minute the budget allows.
 */
final class PollPolicy {

    static final Duration ON_SCREEN_WAITING = Duration.ofSeconds(2);
    static final Duration ON_SCREEN_PROCESSING = Duration.ofSeconds(3);
    static final Duration BACKGROUND = Duration.ofSeconds(15);
    static final Duration OLD = Duration.ofSeconds(60);
    static final Duration VERY_OLD = Duration.ofMinutes(5);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    /**
     * A refund on screen is followed at the on-screen pace for this long after its last step (each step restarts it),
     * so its progress is seen live without a forgotten result screen spending the budget for hours.
     */
    static final Duration REFUND_ON_SCREEN = Duration.ofMinutes(5);

    private final RandomGenerator random;

    PollPolicy(RandomGenerator random) {
        this.random = random;
    }

    /** The pause before asking again after a useful answer. */
    Duration interval(SaleSnapshot s, boolean onScreen, Instant now) {
        Duration age = Duration.between(s.sale().createdAt(), now);
        if (onScreen && s.state().outcome() == Outcome.OPEN) {
            return switch (s.state().status().kind()) {
                case UNPAID, PAID_LESS -> ON_SCREEN_WAITING;
                default -> ON_SCREEN_PROCESSING;
            };
        }
        if (onScreen && !s.state().surplusStatus().isFinal()
                && Duration.between(s.state().updatedAt(), now).compareTo(REFUND_ON_SCREEN) < 0) {
            return ON_SCREEN_PROCESSING;
        }
        if (age.compareTo(Duration.ofHours(24)) > 0) {
            return VERY_OLD;
        }
        return age.compareTo(Duration.ofHours(1)) > 0 ? OLD : BACKGROUND;
    }

    /**
     * The pause after {@code failures} faults in a row: the usual interval doubled per fault, capped at
     * {@link #MAX_BACKOFF}, spread by ±20 % so terminals that failed together do not retry together.
     */
    Duration backoff(Duration usual, int failures, Duration hint) {
        long base = usual.toMillis() << Math.min(Math.max(failures - 1, 0), 10);
        base = Math.max(Math.min(base, MAX_BACKOFF.toMillis()), hint.toMillis());
        double spread = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.round(base * spread));
    }
}
