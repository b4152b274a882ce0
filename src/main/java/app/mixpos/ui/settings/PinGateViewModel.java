package app.mixpos.ui.settings;

import app.mixpos.ui.OwnerLock;
import app.mixpos.ui.OwnerLock.PinCheck;
import app.mixpos.ui.text.Texts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The manager PIN in front of the settings: locked each time the screen opens while a PIN is required,
 * unlocked by the right PIN; and setting a PIN (typed twice) when none is set yet, or after unlocking.
 */
public final class PinGateViewModel {

    private static final Pattern PIN = Pattern.compile("[0-9]{4,8}");

    private final OwnerLock lock;
    private final Texts texts;
    private final Executor fx;
    private final Executor io;
    private final BooleanProperty locked = new SimpleBooleanProperty(true);
    private final BooleanProperty mayChoosePin = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty newPin = new SimpleStringProperty("");
    private final StringProperty repeatPin = new SimpleStringProperty("");
    private final StringProperty newPinMessage = new SimpleStringProperty("");

    public PinGateViewModel(OwnerLock lock, Executor fx, Executor io) {
        this(lock, Texts.english(), fx, io);
    }

    public PinGateViewModel(OwnerLock lock, Texts texts, Executor fx, Executor io) {
        this.lock = lock;
        this.texts = texts;
        this.fx = fx;
        this.io = io;
    }

    /** Locks again and asks the lock whether a PIN is needed; call each time the settings screen opens. */
    public void opened() {
        locked.set(true);
        pin.set("");
        message.set("");
        newPin.set("");
        repeatPin.set("");
        newPinMessage.set("");
        call(() -> new boolean[] {lock.pinRequired(), lock.pinSet()}, (state, error) -> {
            if (error != null) {
                message.set(texts.get("settings.pin.notRead", reason(error)));
                return;
            }
            locked.set(state[0]);
            mayChoosePin.set(!state[1]);
        });
    }

    /** Checks the PIN typed; the right one opens the settings. */
    public void submit() {
        String typed = pin.get();
        pin.set("");
        if (busy.get()) {
            return;
        }
        busy.set(true);
        call(() -> lock.check(typed), (check, error) -> {
            busy.set(false);
            if (error != null) {
                message.set(texts.get("settings.pin.notChecked", reason(error)));
            } else if (check.result() == PinCheck.Result.ACCEPTED) {
                message.set("");
                locked.set(false);
                mayChoosePin.set(true);
            } else {
                message.set(check.message(texts));
            }
        });
    }

    /** Sets the PIN typed twice. */
    public void choosePin() {
        String first = newPin.get();
        String again = repeatPin.get();
        if (!PIN.matcher(first).matches()) {
            newPinMessage.set(texts.get("settings.pin.badFormat"));
            return;
        }
        if (!first.equals(again)) {
            newPinMessage.set(texts.get("settings.pin.differ"));
            return;
        }
        newPin.set("");
        repeatPin.set("");
        newPinMessage.set(texts.get("common.saving"));
        call(() -> {
            lock.setPin(first);
            return Boolean.TRUE;
        }, (done, error) -> newPinMessage.set(error != null ? texts.get("settings.pin.notSet", reason(error))
                : texts.get("settings.pin.done")));
    }

    private <T> void call(Callable<T> work, BiConsumer<T, Throwable> then) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        }, io::execute).whenCompleteAsync(then, fx);
    }

    private static String reason(Throwable error) {
        Throwable t = error.getCause() != null ? error.getCause() : error;
        return t.getMessage();
    }

    /** The words this gate speaks in. */
    public Texts texts() {
        return texts;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    /** True when a PIN may be set here: none is set yet, or the right one was just entered. */
    public ReadOnlyBooleanProperty mayChoosePinProperty() {
        return mayChoosePin;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty newPinProperty() {
        return newPin;
    }

    public StringProperty repeatPinProperty() {
        return repeatPin;
    }

    public StringProperty newPinMessageProperty() {
        return newPinMessage;
    }
}
