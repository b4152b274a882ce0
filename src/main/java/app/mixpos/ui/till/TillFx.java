package app.mixpos.ui.till;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.till.Subscription;
import app.mixpos.till.TillModel;
import app.mixpos.till.TillState;
import app.mixpos.ui.SoundCue;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The {@link TillModel} as the cashier's screens see it: its states moved onto the FX thread and laid out as JavaFX
 * properties, and a sound for each announcement. A state older than one already shown is skipped (states are whole,
 * so nothing is lost but the in-between). What the cashier does to the till (a sale faced, a notice acknowledged)
 * goes to the model and is shown at once.
 */
public final class TillFx {

    private final TillModel model;
    private final Executor fx;
    private final SoundCue sounds;
    private final ReadOnlyObjectWrapper<TillState> state;
    private final ReadOnlyObjectWrapper<SaleSnapshot> facing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConnectionHealth> health = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper logHeld = new ReadOnlyBooleanWrapper();
    private final ObservableList<SaleSnapshot> unacknowledged = FXCollections.observableArrayList();
    private final ObservableList<SaleSnapshot> unacknowledgedView =
            FXCollections.unmodifiableObservableList(unacknowledged);
    private final Subscription subscription;

    /** Call on the FX thread; {@code fx} is the way onto it ({@code FxThread.EXECUTOR} in the app). */
    public TillFx(TillModel model, Executor fx, SoundCue sounds) {
        this.model = Objects.requireNonNull(model, "model");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.sounds = Objects.requireNonNull(sounds, "sounds");
        TillState now = model.current();
        state = new ReadOnlyObjectWrapper<>(now);
        show(now);
        subscription = model.observe(s -> this.fx.execute(() -> apply(s)));
    }

    private void apply(TillState next) {
        TillState before = state.get();
        if (next.sequence() <= before.sequence()) {
            return;
        }
        state.set(next);
        show(next);
        if (next.announcements() > before.announcements()) {
            cue(next);
        }
    }

    /**
     * The facing sale goes last: a screen following it may act at once (the navigator leaves a cancelled sale), and
     * what it does is then shown in full before this call ends, with nothing older written over it.
     */
    private void show(TillState s) {
        health.set(s.health());
        logHeld.set(s.receiptLogHeld());
        if (!unacknowledged.equals(s.unacknowledged())) {
            unacknowledged.setAll(s.unacknowledged());
        }
        facing.set(s.facing());
    }

    private void cue(TillState s) {
        switch (s.lastAnnouncement().sale().state().outcome()) {
            case PAID, PAID_SURPLUS, PAID_AFTER_CANCEL -> sounds.paid();
            case FAILED, MISMATCH -> sounds.failed();
            default -> { }
        }
    }

    /** Puts {@code sale} (or nobody) in front of the customer; see {@link TillModel#face}. Call on the FX thread. */
    public SaleSnapshot face(SaleSnapshot sale) {
        SaleSnapshot chosen = model.face(sale);
        apply(model.current());
        return chosen;
    }

    /** The cashier has seen this sale's outcome. Call on the FX thread. */
    public void acknowledge(String orderId) {
        model.acknowledge(orderId);
        apply(model.current());
    }

    /** Stops following the model. */
    public void dispose() {
        subscription.close();
    }

    public TillModel model() {
        return model;
    }

    /** The whole state as last shown. */
    public ReadOnlyObjectProperty<TillState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The sale in front of the customer (its QR or its result), null when none is. */
    public ReadOnlyObjectProperty<SaleSnapshot> facingProperty() {
        return facing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionHealth> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty receiptLogHeldProperty() {
        return logHeld.getReadOnlyProperty();
    }

    /** Outcomes the cashier has not seen yet, oldest first. */
    public ObservableList<SaleSnapshot> unacknowledged() {
        return unacknowledgedView;
    }
}
