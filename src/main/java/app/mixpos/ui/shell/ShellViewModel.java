package app.mixpos.ui.shell;

import app.mixpos.checkout.CheckoutListener;
import app.mixpos.checkout.CheckoutService;
import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Failures;
import app.mixpos.ui.SoundCue;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which screen shows and which sale is on it. Follows the engine's changes (moved onto {@code fx}), turns the
 * payment screen into a result, and keeps a notice (with a sound) for every outcome the cashier has not seen:
 * a sale paid, failed or mismatched while another screen showed, a resumed sale, a sale paid after a cancel.
 * A notice stays until the cashier opens or dismisses it. What the cashier has seen is kept in memory only.
 */
public final class ShellViewModel {

    /** The outcomes a cashier must hear about, wherever they happen. */
    static final Set<Outcome> ANNOUNCED = EnumSet.of(Outcome.PAID, Outcome.PAID_SURPLUS, Outcome.PAID_AFTER_CANCEL,
            Outcome.FAILED, Outcome.MISMATCH);

    private final CheckoutService checkout;
    private final Executor fx;
    private final SoundCue sounds;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.KEYPAD);
    private final ObjectProperty<Screen> returnTo = new SimpleObjectProperty<>(Screen.KEYPAD);
    private final ObjectProperty<SaleSnapshot> current = new SimpleObjectProperty<>();
    private final ObjectProperty<ConnectionHealth> health = new SimpleObjectProperty<>(ConnectionHealth.UNKNOWN);
    private final ObservableList<SaleSnapshot> notices = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reachability = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper logHeld = new ReadOnlyStringWrapper("");
    private final BooleanProperty networkLost = new SimpleBooleanProperty(false);
    /** The outcome the cashier last saw of each sale (on its result, or by opening or dismissing its notice). */
    private final Map<String, Outcome> seen = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > 1000;
        }
    };
    private final Map<String, SaleSnapshot> latest = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SaleSnapshot> eldest) {
            return size() > 200;
        }
    };
    private final CheckoutListener listener = new CheckoutListener() {
        @Override
        public void saleChanged(SaleSnapshot sale) {
            fx.execute(() -> onSaleChanged(sale));
        }

        @Override
        public void connectionChanged(ConnectionHealth h) {
            fx.execute(() -> health.set(h == null ? ConnectionHealth.UNKNOWN : h));
        }

        @Override
        public void receiptLogHeld(boolean held) {
            fx.execute(() -> logHeld.set(held ? LOG_HELD : ""));
        }
    };

    static final String LOG_HELD = "Another program is holding the receipt log, so MixPay's answers cannot be recorded"
            + " yet: the till keeps asking and records them as soon as it lets go. Close the database browser or"
            + " backup that has it open. Do not hand over goods until the sale shows Paid.";

    public ShellViewModel(CheckoutService checkout, Executor fx, SoundCue sounds) {
        this.checkout = checkout;
        this.fx = fx;
        this.sounds = sounds;
        health.addListener((obs, old, now) -> reachability.set(Reachability.sentence(now)));
        health.set(checkout.health() == null ? ConnectionHealth.UNKNOWN : checkout.health());
        checkout.addListener(listener);
    }

    /** Stops following the engine. */
    public void dispose() {
        checkout.removeListener(listener);
    }

    /**
     * Shows a sale: its QR while open, otherwise its result. Leaving its result goes back where the cashier came
     * from: the recent-sales list if it was opened there, else the keypad.
     */
    public void showSale(SaleSnapshot sale) {
        returnTo.set(screen.get() == Screen.HISTORY ? Screen.HISTORY : Screen.KEYPAD);
        SaleSnapshot s = newer(sale, latest.get(sale.orderId()));
        current.set(s);
        if (s.state().outcome() == Outcome.OPEN || s.state().outcome() == Outcome.CREATING) {
            screen.set(Screen.PAYMENT);
        } else {
            sawResult(s);
            screen.set(Screen.RESULT);
        }
        checkout.showing(s.orderId());
    }

    /** Asks the engine to cancel the sale on screen and returns to the keypad; it stays watched. */
    public void cancelCurrent() {
        SaleSnapshot s = current.get();
        if (s == null) {
            return;
        }
        backToKeypad();
        checkout.cancel(s.orderId()).whenCompleteAsync((after, error) -> {
            if (error != null) {
                cancelFailed(s, error);
            } else if (after != null && (after.state().outcome().isPaid()
                    || after.state().outcome() == Outcome.MISMATCH)
                    && after.state().outcome() != Outcome.PAID_AFTER_CANCEL) {
                announce(after);
            }
        }, fx);
    }

    /**
     * The cancel was not recorded, so the sale is still open and watched: say so, and put its QR back unless the
     * cashier has already moved on to another sale.
     */
    private void cancelFailed(SaleSnapshot s, Throwable error) {
        warnings.add(Failures.notCancelled(s.orderId(), error));
        if (current.get() == null && screen.get() == Screen.KEYPAD) {
            showSale(s);
        }
    }

    /** Leaves a result for the screen the sale was opened from ({@link #returnToProperty()}). */
    public void leaveResult() {
        if (returnTo.get() == Screen.HISTORY) {
            open(Screen.HISTORY);
        } else {
            backToKeypad();
        }
    }

    public void backToKeypad() {
        returnTo.set(Screen.KEYPAD);
        current.set(null);
        screen.set(Screen.KEYPAD);
        checkout.showing(null);
    }

    public void open(Screen target) {
        returnTo.set(Screen.KEYPAD);
        current.set(null);
        screen.set(target);
        checkout.showing(null);
    }

    /**
     * Opens the result of a noticed sale (its latest state) and drops the notice. The sale counts as on screen, so a
     * refund still under way is followed closely.
     */
    public void openNotice(SaleSnapshot notice) {
        SaleSnapshot s = newer(notice, latest.get(notice.orderId()));
        returnTo.set(screen.get() == Screen.HISTORY ? Screen.HISTORY : Screen.KEYPAD);
        sawResult(s);
        current.set(s);
        screen.set(Screen.RESULT);
        checkout.showing(s.orderId());
    }

    public void dismissNotice(SaleSnapshot notice) {
        sawResult(newer(notice, latest.get(notice.orderId())));
    }

    void onSaleChanged(SaleSnapshot sale) {
        SaleSnapshot known = latest.get(sale.orderId());
        if (known != null && newer(sale, known) != sale) {
            return;
        }
        latest.put(sale.orderId(), sale);
        SaleSnapshot shown = current.get();
        boolean onScreen = shown != null && shown.orderId().equals(sale.orderId());
        if (onScreen) {
            current.set(sale);
            if (screen.get() == Screen.PAYMENT && sale.state().outcome().isSettledForCashier()) {
                if (sale.state().outcome() == Outcome.CANCELLED) {
                    backToKeypad();
                } else {
                    announce(sale);
                }
            } else if (screen.get() == Screen.RESULT) {
                sawResult(sale);
            }
        } else if (ANNOUNCED.contains(sale.state().outcome()) && seen.get(sale.orderId()) != sale.state().outcome()) {
            notice(sale);
        }
    }

    /** Adds or updates the sale's notice; a new notice, or a new outcome, is heard as well as seen. */
    private void notice(SaleSnapshot sale) {
        for (int i = 0; i < notices.size(); i++) {
            SaleSnapshot n = notices.get(i);
            if (n.orderId().equals(sale.orderId())) {
                notices.set(i, sale);
                if (n.state().outcome() != sale.state().outcome()) {
                    cue(sale);
                }
                return;
            }
        }
        notices.add(sale);
        cue(sale);
    }

    private void sawResult(SaleSnapshot sale) {
        seen.put(sale.orderId(), sale.state().outcome());
        notices.removeIf(n -> n.orderId().equals(sale.orderId()));
    }

    private void announce(SaleSnapshot sale) {
        sawResult(sale);
        current.set(sale);
        screen.set(Screen.RESULT);
        cue(sale);
    }

    private void cue(SaleSnapshot sale) {
        switch (sale.state().outcome()) {
            case PAID, PAID_SURPLUS, PAID_AFTER_CANCEL -> sounds.paid();
            case FAILED, MISMATCH -> sounds.failed();
            default -> { }
        }
    }

    private static SaleSnapshot newer(SaleSnapshot a, SaleSnapshot b) {
        if (b == null) {
            return a;
        }
        return b.state().updatedAt().isAfter(a.state().updatedAt()) ? b : a;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** Where leaving the result on screen goes: {@link Screen#KEYPAD} or {@link Screen#HISTORY}. */
    public ReadOnlyObjectProperty<Screen> returnToProperty() {
        return returnTo;
    }

    public ObjectProperty<SaleSnapshot> currentProperty() {
        return current;
    }

    public ObjectProperty<ConnectionHealth> healthProperty() {
        return health;
    }

    public ObservableList<SaleSnapshot> notices() {
        return notices;
    }

    /**
     * While another program holds the receipt log against the till's writes: what that means and what to do; empty
     * otherwise.
     */
    public ReadOnlyStringProperty logHeldProperty() {
        return logHeld.getReadOnlyProperty();
    }

    /** Whether MixPay can be reached, in words with what to do; empty while it answers (or has not been asked). */
    public ReadOnlyStringProperty reachabilityProperty() {
        return reachability.getReadOnlyProperty();
    }

    /** Training only: the simulated network is switched off (the customer panel's "Lose the network"). */
    public BooleanProperty networkLostProperty() {
        return networkLost;
    }

    /** Sentences the cashier should see above every screen until dismissed, e.g. a broken receipt-log chain. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    public CheckoutService checkout() {
        return checkout;
    }

    public Executor fx() {
        return fx;
    }
}
