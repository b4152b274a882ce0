package app.mixpos.ui.payment;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import app.mixpos.ui.shell.ShellViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The open sale on the customer's screen, in words, and cancelling it with a confirmation. */
public final class PaymentViewModel {

    private final ShellViewModel shell;
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty tone = new SimpleStringProperty("neutral");
    private final StringProperty connection = new SimpleStringProperty("");
    private final StringProperty order = new SimpleStringProperty("");
    private final BooleanProperty confirmingCancel = new SimpleBooleanProperty(false);

    public PaymentViewModel(ShellViewModel shell) {
        this.shell = shell;
        shell.currentProperty().addListener((obs, old, now) -> update(now, old));
        shell.healthProperty().addListener((obs, old, now) -> connection.set(PaymentText.connection(now)));
        update(shell.currentProperty().get(), null);
        connection.set(PaymentText.connection(shell.healthProperty().get()));
    }

    private void update(SaleSnapshot s, SaleSnapshot before) {
        if (s == null || (s.state().outcome() != Outcome.OPEN && s.state().outcome() != Outcome.CREATING)) {
            confirmingCancel.set(false);
            return;
        }
        if (before == null || !before.orderId().equals(s.orderId())) {
            confirmingCancel.set(false);
        }
        amount.set(Format.money(s.sale().amount()));
        link.set(s.sale().paymentLink());
        status.set(PaymentText.status(s.state()));
        tone.set(PaymentText.tone(s.state()));
        order.set("Order " + s.orderId());
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
        shell.cancelCurrent();
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

    ConnectionHealth health() {
        return shell.healthProperty().get();
    }
}
