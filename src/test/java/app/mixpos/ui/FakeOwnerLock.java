package app.mixpos.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A manager PIN in memory: three wrong tries, then a 30 s pause (no clock: the pause just reports). */
public final class FakeOwnerLock implements OwnerLock {

    public final List<String> pinsSet = new CopyOnWriteArrayList<>();
    private final boolean training;
    private volatile String pin;
    private int wrong;

    public FakeOwnerLock(String pin, boolean training) {
        this.pin = pin;
        this.training = training;
    }

    @Override
    public boolean pinRequired() {
        return !training && pin != null;
    }

    @Override
    public boolean pinSet() {
        return pin != null;
    }

    @Override
    public synchronized PinCheck check(String typed) {
        if (wrong >= 3) {
            return new PinCheck(PinCheck.Result.PAUSED, 0, Duration.ofSeconds(30));
        }
        if (typed.equals(pin)) {
            wrong = 0;
            return PinCheck.accepted();
        }
        wrong++;
        return wrong == 3 ? new PinCheck(PinCheck.Result.PAUSED, 0, Duration.ofSeconds(30))
                : new PinCheck(PinCheck.Result.WRONG, 3 - wrong, Duration.ZERO);
    }

    @Override
    public void setPin(String newPin) {
        pinsSet.add(newPin);
        pin = newPin;
    }
}
