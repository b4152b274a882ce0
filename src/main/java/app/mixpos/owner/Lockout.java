package app.mixpos.owner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts wrong PINs in a row. Every third one starts a pause, 30 s the first time and twice as long each
 * time after (at most an hour), measured on the injected clock. A right PIN starts the count afresh.
 * Its {@link State} is kept by the {@link PinStore}, so restarting the till forgives nothing.
 */
final class Lockout {

    static final int TRIES = 3;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final Clock clock;
    private State state;

    Lockout(Clock clock, State from) {
        this.clock = clock;
        this.state = from;
    }

    /** Where the count stands, to be kept across restarts. */
    synchronized State state() {
        return state;
    }

    /** How long until another PIN may be tried; zero when one may be tried now. */
    synchronized Duration waitLeft() {
        Duration left = Duration.between(clock.instant(), state.pausedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a wrong PIN; returns the tries left before the next pause (0 when a pause just started). */
    synchronized int wrong() {
        int wrong = state.wrongInARow() + 1;
        if (wrong % TRIES != 0) {
            state = new State(wrong, state.pauses(), state.pausedUntil());
            return TRIES - wrong % TRIES;
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(state.pauses(), 10));
        pause = pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
        state = new State(wrong, state.pauses() + 1, clock.instant().plus(pause));
        return 0;
    }

    synchronized void right() {
        state = State.NONE;
    }

    synchronized int wrongInARow() {
        return state.wrongInARow();
    }

    /**
     * The count as it is kept: wrong PINs in a row, pauses so far, and the end of the current pause.
     * As text, {@code wrong=4 pauses=1 until=2026-11-21T09:30:00Z}.
     */
    record State(int wrongInARow, int pauses, Instant pausedUntil) {

        static final State NONE = new State(0, 0, Instant.MIN);

        String encoded() {
            return "wrong=" + wrongInARow + " pauses=" + pauses + " until=" + pausedUntil;
        }

        /** The state in {@code text}; empty when it is not one this class wrote. */
        static Optional<State> parse(String text) {
            Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new State(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Instant.parse(m.group(3))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        private static final Pattern FORMAT = Pattern.compile("wrong=(\\d{1,9}) pauses=(\\d{1,9}) until=(\\S+)");
    }
}
