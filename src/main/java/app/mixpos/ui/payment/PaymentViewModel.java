package app.mixpos.ui.payment;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import app.mixpos.ui.shell.ShellViewModel;
import app.mixpos.ui.text.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The open sale on the customer's screen, in words, and cancelling it with a confirmation. */
public final class PaymentViewModel {

    private final ShellViewModel shell;
    private final Texts texts;
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty tone = new SimpleStringProperty("neutral");
    private final StringProperty connection = new SimpleStringProperty("");
    private final StringProperty order = new SimpleStringProperty("");
    private final BooleanProperty confirmingCancel = new SimpleBooleanProperty(false);

    public PaymentViewModel(ShellViewModel shell) {
        this(shell, Texts.english());
    }

    public PaymentViewModel(ShellViewModel shell, Texts texts) {
        this.shell = shell;
        this.texts = texts;
        shell.currentProperty().addListener((obs, old, now) -> update(now, old));
        shell.healthProperty().addListener((obs, old, now) -> connection.set(PaymentText.connection(texts, now)));
        update(shell.currentProperty().get(), null);
        connection.set(PaymentText.connection(texts, shell.healthProperty().get()));
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

    /** The words this screen speaks in. */
    public Texts texts() {
        return texts;
    }

    ConnectionHealth health() {
        return shell.healthProperty().get();
    }
}
