package app.mixpos.owner;

import java.time.Duration;

/**
 * The answer to one PIN entered.
 *
 * @param result    what happened
 * @param triesLeft wrong PINs still allowed before a pause (for {@link Result#WRONG})
 * @param pause     how long until the next try (for {@link Result#PAUSED})
 */
public record PinAttempt(Result result, int triesLeft, Duration pause) {

    /** What happened to a PIN entered. */
    public enum Result {
        /** The right PIN. */
        ACCEPTED,
        /** Not the PIN; more tries remain. */
        WRONG,
        /** Too many wrong PINs: nothing is checked until {@link #pause()} has passed. */
        PAUSED,
        /** No PIN is set, so there is nothing to check against. */
        NOT_SET
    }

    static PinAttempt accepted() {
        return new PinAttempt(Result.ACCEPTED, Lockout.TRIES, Duration.ZERO);
    }

    static PinAttempt wrong(int triesLeft) {
        return new PinAttempt(Result.WRONG, triesLeft, Duration.ZERO);
    }

    static PinAttempt paused(Duration pause) {
        return new PinAttempt(Result.PAUSED, 0, pause);
    }

    static PinAttempt notSet() {
        return new PinAttempt(Result.NOT_SET, 0, Duration.ZERO);
    }
}
