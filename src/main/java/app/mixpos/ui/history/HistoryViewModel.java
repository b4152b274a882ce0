package app.mixpos.ui.history;

import app.mixpos.checkout.CheckoutService;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last sales, the selected one's status history, checking it now and showing it again. */
public final class HistoryViewModel {

    public static final int LIMIT = 50;

    private final CheckoutService checkout;
    private final Executor fx;
    private final Consumer<SaleSnapshot> show;
    private final ObservableList<SaleSnapshot> sales = FXCollections.observableArrayList();
    private final ObservableList<SaleEvent> events = FXCollections.observableArrayList();
    private final ObjectProperty<SaleSnapshot> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public HistoryViewModel(CheckoutService checkout, Executor fx, Consumer<SaleSnapshot> show) {
        this.checkout = checkout;
        this.fx = fx;
        this.show = show;
        selected.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.orderId().equals(now.orderId()))) {
                loadEvents(now.orderId());
            } else if (now == null) {
                events.clear();
            }
        });
    }

    public void refresh() {
        message.set("");
        checkout.recent(LIMIT).whenCompleteAsync((list, error) -> {
            if (error != null) {
                message.set("Could not read the receipt log. Try again.");
                return;
            }
            String keep = selected.get() == null ? null : selected.get().orderId();
            sales.setAll(list);
            selected.set(list.stream().filter(s -> s.orderId().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, fx);
    }

    /** Folds a change the engine reported into the list. */
    public void changed(SaleSnapshot s) {
        for (int i = 0; i < sales.size(); i++) {
            if (sales.get(i).orderId().equals(s.orderId())) {
                sales.set(i, s);
                if (selected.get() != null && selected.get().orderId().equals(s.orderId())) {
                    selected.set(s);
                    loadEvents(s.orderId());
                }
                return;
            }
        }
    }

    public void checkNow() {
        SaleSnapshot s = selected.get();
        if (s == null) {
            return;
        }
        message.set("Asking MixPay about order " + s.orderId() + "…");
        checkout.checkNow(s.orderId()).whenCompleteAsync((after, error) -> {
            if (error != null || after == null) {
                message.set("MixPay did not answer. The sale is still being watched.");
                return;
            }
            message.set("Checked: " + after.state().outcome().name().toLowerCase().replace('_', ' ')
                    + ", MixPay says " + after.state().status().wire() + ".");
            changed(after);
        }, fx);
    }

    /** Shows the selected sale again: its QR while still open, otherwise its result. */
    public void showAgain() {
        if (selected.get() != null) {
            show.accept(selected.get());
        }
    }

    public boolean canShowQr() {
        return selected.get() != null && selected.get().state().outcome() == Outcome.OPEN;
    }

    private void loadEvents(String orderId) {
        checkout.history(orderId).whenCompleteAsync((list, error) -> {
            if (selected.get() != null && selected.get().orderId().equals(orderId)) {
                events.setAll(error == null ? list : java.util.List.of());
            }
        }, fx);
    }

    public ObservableList<SaleSnapshot> sales() {
        return sales;
    }

    public ObservableList<SaleEvent> events() {
        return events;
    }

    public ObjectProperty<SaleSnapshot> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
