package app.mixpos.sale;

import java.time.Duration;

/**
 * How long after it is charged a sale can be paid: MixPay's {@code expiredTimestamp}, sent with every payment.
 * At the deadline MixPay fails a payment nothing (or too little) was paid to, so every sale ends.
 */
public final class PaymentExpiry {

    /** MixPay's shortest deadline, counted from the request. */
    public static final Duration MIN = Duration.ofSeconds(10);
    /** MixPay's longest deadline, counted from the request. */
    public static final Duration MAX = Duration.ofHours(48);
    /**
     * Long enough for a slow customer and a chain's confirmations to start, short enough that a sale the
     * customer walked away from ends within the same shift.
     */
    public static final Duration DEFAULT = Duration.ofMinutes(15);

    private PaymentExpiry() {
    }

    /** True when MixPay accepts a deadline this far after the sale. */
    public static boolean accepts(Duration expiry) {
        return expiry != null && expiry.compareTo(MIN) >= 0 && expiry.compareTo(MAX) <= 0;
    }
}
