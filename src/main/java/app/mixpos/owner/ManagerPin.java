package app.mixpos.owner;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager PIN that guards the owner's screens: checks a PIN against the stored hash, pausing after
 * repeated wrong ones, and sets a new one. The PIN is never logged, stored or put in an exception.
 */
public final class ManagerPin {


    private final PinStore store;
    private final SecureRandom random;
    private final Clock clock;
    private Lockout lockout;

    public ManagerPin(PinStore store, Clock clock, SecureRandom random) {
        this.store = Objects.requireNonNull(store, "store");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True once a PIN has been set. */
    public boolean isSet() throws IOException {
        return store.load().isPresent();
    }

    /**
     * Checks a PIN. While paused the PIN is not even looked at.
     *
     * @throws IOException when the stored hash cannot be read
     */
    public synchronized PinAttempt check(String pin) throws IOException {
        Lockout lockout = lockout();
        Duration wait = lockout.waitLeft();
        if (!wait.isZero()) {
            return PinAttempt.paused(wait);
        }
        Optional<String> stored = store.load();
        if (stored.isEmpty()) {
            return PinAttempt.notSet();
        }
        if (PinHash.parse(stored.get()).matches(pin)) {
            forgive(lockout);
            log().info("Manager PIN accepted");
            return PinAttempt.accepted();
        }
        int left = lockout.wrong();
        store.saveLockout(lockout.state().encoded());
        if (left > 0) {
            log().warn("Wrong manager PIN ({} in a row)", lockout.wrongInARow());
            return PinAttempt.wrong(left);
        }
        Duration pause = lockout.waitLeft();
        log().warn("Wrong manager PIN ({} in a row); no PIN is checked for {} s", lockout.wrongInARow(),
                pause.toSeconds());
        return PinAttempt.paused(pause);
    }

    /**
     * Sets (or replaces) the PIN.
     *
     * @throws IllegalArgumentException when it is not 4 to 8 digits
     * @throws IOException              when it cannot be stored
     */
    public synchronized void set(String pin) throws IOException {
        store.save(PinHash.of(pin, random).encoded());
        forgive(lockout());
        log().info("Manager PIN set");
    }

    /** The wrong-PIN count, read from the store the first time it is needed (off the FX thread). */
    private Lockout lockout() throws IOException {
        if (lockout == null) {
            Lockout.State kept = Lockout.State.NONE;
            Optional<String> text = store.loadLockout();
            if (text.isPresent()) {
                kept = Lockout.State.parse(text.get()).orElseGet(() -> {
                    log().warn("The kept count of wrong manager PINs is unreadable; it starts again from nothing");
                    return Lockout.State.NONE;
                });
            }
            lockout = new Lockout(clock, kept);
        }
        return lockout;
    }

    private void forgive(Lockout lockout) throws IOException {
        if (!lockout.state().equals(Lockout.State.NONE)) {
            lockout.right();
            store.saveLockout(lockout.state().encoded());
        }
    }

    /** Not a static field: the lock is built before the first frame, and logging is set up only after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(ManagerPin.class);
    }
}
