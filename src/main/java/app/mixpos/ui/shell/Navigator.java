package app.mixpos.ui.shell;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.till.TillFx;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which screen is in front and where leaving a result goes. The sale on the payment and result screens is the one
 * the till shows the customer ({@link TillFx#facingProperty()}): opening a sale puts it there, and when that sale
 * settles the payment screen turns into its result (or, cancelled, back into the keypad).
 */
public final class Navigator {

    private final TillFx till;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.KEYPAD);
    private final ReadOnlyObjectWrapper<Screen> returnTo = new ReadOnlyObjectWrapper<>(Screen.KEYPAD);

    public Navigator(TillFx till) {
        this.till = Objects.requireNonNull(till, "till");
        till.facingProperty().addListener((obs, old, now) -> facingChanged(old, now));
    }

    private void facingChanged(SaleSnapshot old, SaleSnapshot now) {
        if (old == null || now == null || !old.orderId().equals(now.orderId()) || screen.get() != Screen.PAYMENT
                || !now.state().outcome().isSettledForCashier()) {
            return;
        }
        if (now.state().outcome() == Outcome.CANCELLED) {
            backToKeypad();
        } else {
            screen.set(Screen.RESULT);
        }
    }

    /**
     * Shows a sale: its QR while open, otherwise its result. Leaving its result goes back where the cashier came
     * from: the recent-sales list if it was opened there, else the keypad.
     */
    public void showSale(SaleSnapshot sale) {
        returnTo.set(screen.get() == Screen.HISTORY ? Screen.HISTORY : Screen.KEYPAD);
        SaleSnapshot s = till.face(sale);
        screen.set(s.state().outcome().isSettledForCashier() ? Screen.RESULT : Screen.PAYMENT);
    }

    /** Shows the result of a sale the cashier had left (a cancel that came too late), keeping where to return. */
    public void showResult(SaleSnapshot sale) {
        till.face(sale);
        screen.set(Screen.RESULT);
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
        open(Screen.KEYPAD);
    }

    /** Brings {@code target} to the front; no sale faces the customer any more. */
    public void open(Screen target) {
        returnTo.set(Screen.KEYPAD);
        till.face(null);
        screen.set(target);
    }

    /** Opens the result of a noticed sale (its latest state), which counts as seen; a refund under way is followed. */
    public void openNotice(SaleSnapshot notice) {
        returnTo.set(screen.get() == Screen.HISTORY ? Screen.HISTORY : Screen.KEYPAD);
        till.face(notice);
        till.acknowledge(notice.orderId());
        screen.set(Screen.RESULT);
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** Where leaving the result on screen goes: {@link Screen#KEYPAD} or {@link Screen#HISTORY}. */
    public ReadOnlyObjectProperty<Screen> returnToProperty() {
        return returnTo.getReadOnlyProperty();
    }

    public TillFx till() {
        return till;
    }
}
