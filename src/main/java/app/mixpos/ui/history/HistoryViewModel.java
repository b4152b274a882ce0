package app.mixpos.ui.history;

import app.mixpos.checkout.CheckoutListener;
import app.mixpos.checkout.CheckoutService;
import app.mixpos.records.SaleRecords;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Failures;
import app.mixpos.ui.text.Texts;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last sales, the selected one's status history, checking it now and showing it again. The list is read once
 * when opened and then kept live from the engine's changes: a listed sale's row is updated, a new sale is added
 * at the top, without reading the log again.
 */
public final class HistoryViewModel {

    public static final int LIMIT = 50;

    private final CheckoutService checkout;
    private final SaleRecords records;
    private final Texts texts;
    private final Executor fx;
    private final Consumer<SaleSnapshot> show;
    private final ObservableList<SaleSnapshot> sales = FXCollections.observableArrayList();
    private final ObservableList<SaleEvent> events = FXCollections.observableArrayList();
    private final ObjectProperty<SaleSnapshot> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final CheckoutListener listener;
    private String wanted;

    public HistoryViewModel(CheckoutService checkout, SaleRecords records, Executor fx, Consumer<SaleSnapshot> show) {
        this(checkout, records, Texts.english(), fx, show);
    }

    public HistoryViewModel(CheckoutService checkout, SaleRecords records, Texts texts, Executor fx,
                            Consumer<SaleSnapshot> show) {
        this.checkout = checkout;
        this.records = records;
        this.texts = texts;
        this.fx = fx;
        this.show = show;
        selected.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.orderId().equals(now.orderId()))) {
                loadEvents(now.orderId());
            } else if (now == null) {
                events.clear();
            }
        });
        listener = sale -> fx.execute(() -> changed(sale));
        checkout.addListener(listener);
    }

    /** Stops following the engine. */
    public void dispose() {
        checkout.removeListener(listener);
    }

    /**
     * Asks the next {@link #refresh()} (the screen opening) to select this sale, read from the log and added at the
     * end of the list when it is older than the recent ones: how another screen (the reports) opens a sale's detail.
     */
    public void showOrder(String orderId) {
        wanted = orderId;
    }

    public void refresh() {
        message.set("");
        records.recent(LIMIT).whenCompleteAsync((list, error) -> {
            if (error != null) {
                message.set(Failures.notRead(texts, texts.get("history.recentSales"), error));
                return;
            }
            String asked = wanted;
            wanted = null;
            String keep = asked != null ? asked : selected.get() == null ? null : selected.get().orderId();
            List<SaleSnapshot> before = List.copyOf(sales);
            sales.setAll(list);
            before.forEach(this::changed);
            selected.set(sales.stream().filter(s -> s.orderId().equals(keep)).findFirst()
                    .orElse(sales.isEmpty() ? null : sales.get(0)));
            if (asked != null && (selected.get() == null || !selected.get().orderId().equals(asked))) {
                selectOlder(asked);
            }
        }, fx);
    }

    private void selectOlder(String orderId) {
        records.find(orderId).whenCompleteAsync((found, error) -> {
            if (error != null) {
                message.set(Failures.notRead(texts, texts.get("history.recentSales"), error));
                return;
            }
            found.ifPresent(s -> {
                if (sales.stream().noneMatch(listed -> listed.orderId().equals(s.orderId()))) {
                    sales.add(s);
                }
                selected.set(sales.stream().filter(listed -> listed.orderId().equals(s.orderId())).findFirst()
                        .orElse(s));
            });
        }, fx);
    }

    /**
     * Folds a change the engine reported into the list: the sale's row is updated (an older state arriving late is
     * ignored), or a sale not listed yet is put in its place by time, newest first, within the last {@link #LIMIT}.
     */
    public void changed(SaleSnapshot s) {
        for (int i = 0; i < sales.size(); i++) {
            SaleSnapshot listed = sales.get(i);
            if (listed.orderId().equals(s.orderId())) {
                if (listed.state().updatedAt().isAfter(s.state().updatedAt())) {
                    return;
                }
                sales.set(i, s);
                if (selected.get() != null && selected.get().orderId().equals(s.orderId())) {
                    selected.set(s);
                    loadEvents(s.orderId());
                }
                return;
            }
        }
        int at = 0;
        while (at < sales.size() && !sales.get(at).sale().createdAt().isBefore(s.sale().createdAt())) {
            at++;
        }
        if (at >= LIMIT) {
            return;
        }
        sales.add(at, s);
        if (sales.size() > LIMIT) {
            sales.remove(LIMIT, sales.size());
        }
    }

    public void checkNow() {
        SaleSnapshot s = selected.get();
        if (s == null) {
            return;
        }
        message.set(texts.get("history.asking", s.orderId()));
        checkout.checkNow(s.orderId()).whenCompleteAsync((after, error) -> {
            if (error != null || after == null) {
                message.set(Failures.notChecked(texts, s.orderId(), error));
                return;
            }
            message.set(texts.get("history.checked", texts.get("common.outcome." + after.state().outcome().name()),
                    after.state().status().wire()));
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
        records.history(orderId).whenCompleteAsync((list, error) -> {
            if (selected.get() != null && selected.get().orderId().equals(orderId)) {
                events.setAll(error == null ? list : List.of());
            }
        }, fx);
    }

    /** The words this screen speaks in. */
    public Texts texts() {
        return texts;
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

    /** Puts a sentence where this screen's messages show (a receipt's reprint). */
    public void say(String sentence) {
        message.set(sentence);
    }

    public StringProperty messageProperty() {
        return message;
    }
}
