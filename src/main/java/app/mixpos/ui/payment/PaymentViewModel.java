package app.mixpos.ui.payment;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import app.mixpos.checkout.CheckoutService;
import app.mixpos.ui.Failures;
import app.mixpos.ui.shell.Navigator;
import app.mixpos.ui.shell.Screen;
import app.mixpos.ui.shell.Warnings;
import app.mixpos.ui.text.Texts;
import app.mixpos.ui.till.TillFx;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The open sale on the customer's screen, in words, and cancelling it with a confirmation. */
public final class PaymentViewModel {

    private final TillFx till;
    private final Navigator nav;
    private final CheckoutService checkout;
    private final Warnings warnings;
    private final Executor fx;
    private final Texts texts;
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty tone = new SimpleStringProperty("neutral");
    private final StringProperty connection = new SimpleStringProperty("");
    private final StringProperty order = new SimpleStringProperty("");
    private final BooleanProperty confirmingCancel = new SimpleBooleanProperty(false);

    public PaymentViewModel(TillFx till, Navigator nav, CheckoutService checkout, Warnings warnings, Executor fx) {
        this(till, nav, checkout, warnings, fx, Texts.english());
    }

    public PaymentViewModel(TillFx till, Navigator nav, CheckoutService checkout, Warnings warnings, Executor fx,
                            Texts texts) {
        this.till = till;
        this.nav = nav;
        this.checkout = checkout;
        this.warnings = warnings;
        this.fx = fx;
        this.texts = texts;
        till.facingProperty().addListener((obs, old, now) -> update(now, old));
        till.healthProperty().addListener((obs, old, now) -> connection.set(PaymentText.connection(texts, now)));
        update(till.facingProperty().get(), null);
        connection.set(PaymentText.connection(texts, till.healthProperty().get()));
    }

    private void update(SaleSnapshot s, SaleSnapshot before) {
        if (s == null || (s.state().outcome() != Outcome.OPEN && s.state().outcome() != Outcome.CREATING)) {
            confirmingCancel.set(false);
            return;
        }
        if (before == null || !before.orderId().equals(s.orderId())) {
            confirmingCancel.set(false);
        }
        amount.set(Format.money(texts, s.sale().amount()));
        link.set(s.sale().paymentLink());
        status.set(PaymentText.status(texts, s.state()));
        tone.set(PaymentText.tone(s.state()));
        order.set(texts.get("common.order", s.orderId()));
    }

    /** Escape or the Cancel button: ask first. */
    public void askCancel() {
        confirmingCancel.set(true);
    }

    public void keepWaiting() {
        confirmingCancel.set(false);
    }

    public void confirmCancel() {
        confirmingCancel.set(false);
        cancelFacing();
    }

    /** Asks the engine to cancel the sale on screen and returns to the keypad; it stays watched. */
    private void cancelFacing() {
        SaleSnapshot s = till.facingProperty().get();
        if (s == null) {
            return;
        }
        nav.backToKeypad();
        checkout.cancel(s.orderId()).whenCompleteAsync((after, error) -> {
            if (error != null) {
                cancelFailed(s, error);
            } else if (after != null && (after.state().outcome().isPaid()
                    || after.state().outcome() == Outcome.MISMATCH)
                    && after.state().outcome() != Outcome.PAID_AFTER_CANCEL) {
                nav.showResult(after);
            }
        }, fx);
    }

    /**
     * The cancel was not recorded, so the sale is still open and watched: say so, and put its QR back unless the
     * cashier has already moved on to another sale.
     */
    private void cancelFailed(SaleSnapshot s, Throwable error) {
        warnings.add(Failures.notCancelled(texts, s.orderId(), error));
        if (till.facingProperty().get() == null && nav.screenProperty().get() == Screen.KEYPAD) {
            nav.showSale(s);
        }
    }

    public ReadOnlyStringProperty amountProperty() {
        return amount;
    }

    public ReadOnlyStringProperty linkProperty() {
        return link;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty toneProperty() {
        return tone;
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection;
    }

    public ReadOnlyStringProperty orderProperty() {
        return order;
    }

    public BooleanProperty confirmingCancelProperty() {
        return confirmingCancel;
    }

    /** The words this screen speaks in. */
    public Texts texts() {
        return texts;
    }

    ConnectionHealth health() {
        return till.healthProperty().get();
    }
}
