package app.mixpos.ui;

import app.mixpos.ui.text.Texts;
import java.time.Duration;

/**
 * The owner's lock on screens a cashier may not use alone: settings now, and later cancelling a paid sale's
 * record and exports. Implemented by the composition root over the manager PIN; the screens call it off the
 * FX thread. Training mode never asks for a PIN.
 */
public interface OwnerLock {

    /** A lock that never asks and cannot hold a PIN, for tills and tests without one. */
    OwnerLock NONE = new OwnerLock() {
        @Override
        public boolean pinRequired() {
            return false;
        }

        @Override
        public boolean pinSet() {
            return false;
        }

        @Override
        public PinCheck check(String pin) {
            return PinCheck.accepted();
        }

        @Override
        public void setPin(String pin) {
            throw new UnsupportedOperationException(Texts.english().get("settings.pin.cannotKeep"));
        }
    };

    /** True when the owner's screens must ask for the PIN first: one is set and this is not training. */
    boolean pinRequired() throws Exception;

    /** True once a manager PIN has been set. */
    boolean pinSet() throws Exception;

    /** Checks a PIN entered; too many wrong ones pause checking for a while. */
    PinCheck check(String pin) throws Exception;

    /**
     * Sets (or replaces) the manager PIN: 4 to 8 digits.
     *
     * @throws Exception when it cannot be stored; its message is shown and never contains the PIN
     */
    void setPin(String pin) throws Exception;

    /**
     * The answer to a PIN entered.
     *
     * @param result    accepted, wrong, or paused after too many wrong ones
     * @param triesLeft wrong PINs allowed before a pause
     * @param pause     how long until the next try, when paused
     */
    record PinCheck(Result result, int triesLeft, Duration pause) {

        /** What happened to a PIN entered. */
        public enum Result { ACCEPTED, WRONG, PAUSED }

        public static PinCheck accepted() {
            return new PinCheck(Result.ACCEPTED, 0, Duration.ZERO);
        }

        /** What the cashier reads, in English, e.g. "Wrong PIN. 2 tries left." */
        public String message() {
            return message(Texts.english());
        }

        /** What the cashier reads, in the words of {@code texts}. */
        public String message(Texts texts) {
            return switch (result) {
                case ACCEPTED -> "";
                case WRONG -> texts.get("settings.pin.wrong", triesLeft);
                case PAUSED -> texts.get("settings.pin.paused", Long.toString(seconds()));
            };
        }

        private long seconds() {
            long s = pause.toSeconds();
            return pause.minusSeconds(s).isZero() ? s : s + 1;
        }
    }
}
