package app.mixpos.checkout;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether MixPay is answering. While in trouble the watcher keeps asking; sales stay open. What went wrong is a code
 * (and MixPay's error code where it refused): the screens say it in their own words.
 *
 * @param lastGoodAnswer when MixPay last answered usefully, null if never since start
 * @param problem        what went wrong last; null when fine
 * @param mixPayCode     MixPay's error code when it {@link Problem#REFUSED refused} the request (or answered
 *                       {@link Problem#MAINTENANCE maintenance}); 0 otherwise
 */
public record ConnectionHealth(boolean trouble, Instant lastGoodAnswer, Problem problem, int mixPayCode) {

    /** What kept MixPay from answering usefully. */
    public enum Problem {
        /** No answer at all: the network, DNS, a timeout or MixPay's server failing. */
        UNREACHABLE,
        /** MixPay asks the till to send fewer requests. */
        RATE_LIMITED,
        /** MixPay suspends payments for maintenance ({@code 10008}). */
        MAINTENANCE,
        /** MixPay answered with an error code ({@link #mixPayCode()}). */
        REFUSED
    }

    public static final ConnectionHealth UNKNOWN = new ConnectionHealth(false, null, null, 0);

    public ConnectionHealth {
        if (trouble) {
            Objects.requireNonNull(problem, "problem: trouble always has one");
        }
    }

    /** MixPay in {@code problem} (not refused with a code), last answering usefully at {@code lastGoodAnswer}. */
    public ConnectionHealth(boolean trouble, Instant lastGoodAnswer, Problem problem) {
        this(trouble, lastGoodAnswer, problem, 0);
    }
}
