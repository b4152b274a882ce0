package app.mixpos.checkout;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentExpiry;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * How often MixPay is asked about a sale. The sale on screen is asked most often while the customer is
 * paying; everything else less, and less again as it ages, but never stops: only MixPay ends a payment.
 * At the defaults one unpaid sale on screen costs 30 of the 40 requests a minute the budget allows.
 * <p>
 * Every sale carries a deadline, after which MixPay fails a payment nothing (or too little) was paid to.
 * A sale still waiting for payment {@link #EXPIRY_GRACE} after its deadline is one MixPay has not ended as it
 * should (a paylink nobody opened, or a payer who edited its deadline): it is asked about only hourly, and
 * daily from {@link #DAILY_AFTER} past its deadline, so sales nobody pays cannot pile up into the budget.
 * A sale already being paid ({@code confirming}, {@code pending}, ...) keeps the usual cadence past its deadline.
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
    /** How long after a sale's deadline MixPay is given to say {@code failed} before the hard back-off. */
    static final Duration EXPIRY_GRACE = Duration.ofMinutes(10);
    static final Duration AFTER_EXPIRY = Duration.ofHours(1);
    static final Duration DAILY_AFTER = Duration.ofHours(48);
    static final Duration LONG_AFTER_EXPIRY = Duration.ofHours(24);

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
        if (waitingForPayment(s)) {
            Duration overdue = Duration.between(deadline(s.sale()), now);
            if (overdue.compareTo(DAILY_AFTER) > 0) {
                return LONG_AFTER_EXPIRY;
            }
            if (overdue.compareTo(EXPIRY_GRACE) > 0) {
                return AFTER_EXPIRY;
            }
        }
        if (age.compareTo(Duration.ofHours(24)) > 0) {
            return VERY_OLD;
        }
        return age.compareTo(Duration.ofHours(1)) > 0 ? OLD : BACKGROUND;
    }

    /**
     * When to first ask about a sale found unfinished at start: at once, unless it is asked about hourly or less
     * often, then at a random moment within that interval, so a restart does not spend the budget on all the
     * long-overdue sales at once.
     */
    Duration firstAskAfterStart(SaleSnapshot s, Instant now) {
        Duration usual = interval(s, false, now);
        return usual.compareTo(AFTER_EXPIRY) < 0 ? Duration.ZERO
                : Duration.ofMillis((long) (random.nextDouble() * usual.toMillis()));
    }

    /**
     * When MixPay should have ended the sale by: its own deadline, or for a sale recorded before deadlines
     * were sent, the longest one MixPay allows.
     */
    static Instant deadline(Sale sale) {
        return sale.expiresAt() != null ? sale.expiresAt() : sale.createdAt().plus(PaymentExpiry.MAX);
    }

    /** Open or cancelled with nothing (or too little) paid yet: what MixPay fails at the deadline. */
    private static boolean waitingForPayment(SaleSnapshot s) {
        Outcome outcome = s.state().outcome();
        PaymentStatus.Kind kind = s.state().status().kind();
        return (outcome == Outcome.OPEN || outcome == Outcome.CANCELLED)
                && (kind == PaymentStatus.Kind.UNPAID || kind == PaymentStatus.Kind.PAID_LESS);
    }

    /**
     * The pause after {@code failures} faults in a row: the usual interval doubled per fault, capped at
     * {@link #MAX_BACKOFF} (never below the usual interval, so a fault never makes a quiet sale busier),
     * spread by ±20 % so terminals that failed together do not retry together.
     */
    Duration backoff(Duration usual, int failures, Duration hint) {
        long base = usual.toMillis() << Math.min(Math.max(failures - 1, 0), 10);
        base = Math.max(Math.min(base, MAX_BACKOFF.toMillis()), Math.max(hint.toMillis(), usual.toMillis()));
        double spread = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.round(base * spread));
    }
}
