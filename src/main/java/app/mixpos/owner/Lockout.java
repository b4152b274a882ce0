package app.mixpos.owner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts wrong PINs in a row. Every third one starts a pause, 30 s the first time and twice as long each
 * time after (at most an hour), measured on the injected clock. A right PIN starts the count afresh.
 * Kept in memory: a restart forgives, which costs a thief a restart of the till.
 */
final class Lockout {

    static final int TRIES = 3;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final Clock clock;
    private int wrongInARow;
    private int pauses;
    private Instant pausedUntil = Instant.MIN;

    Lockout(Clock clock) {
        this.clock = clock;
    }

    /** How long until another PIN may be tried; zero when one may be tried now. */
    synchronized Duration waitLeft() {
        Duration left = Duration.between(clock.instant(), pausedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a wrong PIN; returns the tries left before the next pause (0 when a pause just started). */
    synchronized int wrong() {
        wrongInARow++;
        if (wrongInARow % TRIES != 0) {
            return TRIES - wrongInARow % TRIES;
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(pauses, 10));
        pause = pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
        pauses++;
        pausedUntil = clock.instant().plus(pause);
        return 0;
    }

    synchronized void right() {
        wrongInARow = 0;
        pauses = 0;
        pausedUntil = Instant.MIN;
    }

    synchronized int wrongInARow() {
        return wrongInARow;
    }
}
