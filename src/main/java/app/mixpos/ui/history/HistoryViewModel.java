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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    /** Store mode only: the whole shop's sales from the store database; null standalone. */
    private SaleRecords shop;
    private String ownTill;
    private final BooleanProperty storeMode = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeShop = new SimpleBooleanProperty(false);

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

    /**
     * Store mode: the list can show the whole shop's sales (with the till of each) and a look-up searches the store
     * as well as this till's log. Call once, on the FX thread, before the screen is first shown.
     *
     * @param shopRecords the store's reads
     * @param tillId      this till's id: another till's sale can be looked at here, not checked or shown again
     */
    public void storeMode(SaleRecords shopRecords, String tillId) {
        shop = java.util.Objects.requireNonNull(shopRecords, "shopRecords");
        ownTill = tillId;
        storeMode.set(true);
        wholeShop.addListener((obs, old, now) -> {
            sales.clear(); // the other list's rows must not be folded into this one
            refresh();
        });
    }

    private SaleRecords listed() {
        return wholeShop.get() && shop != null ? shop : records;
    }

    public void refresh() {
        message.set("");
        boolean shopWide = wholeShop.get() && shop != null;
        listed().recent(LIMIT).whenCompleteAsync((list, error) -> {
            if (shopWide != (wholeShop.get() && shop != null)) {
                return; // the cashier switched the list meanwhile: the other read fills it
            }
            if (error != null) {
                if (shopWide) {
                    selected.set(sales.isEmpty() ? null : selected.get());
                    message.set(Failures.notReadFromStore(texts, texts.get("store.history.shopSales"), error));
                } else {
                    message.set(Failures.notRead(texts, texts.get("history.recentSales"), error));
                }
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

    /**
     * Finds a sale by its order id or MixPay's trace id: in this till's log, then (store mode) in the whole shop's,
     * so a customer who comes back to another counter is found. The sale found is put in the list and selected.
     */
    public void find(String key) {
        String k = key == null ? "" : key.strip();
        if (k.isEmpty()) {
            message.set(texts.get("store.find.empty"));
            return;
        }
        message.set(texts.get("store.find.searching", k));
        records.find(k).thenCompose(local -> local.isPresent() || shop == null
                        ? java.util.concurrent.CompletableFuture.completedFuture(local) : shop.find(k))
                .whenCompleteAsync((found, error) -> {
                    if (error != null) {
                        message.set(shop == null ? Failures.notRead(texts, texts.get("store.find.what", k), error)
                                : Failures.notReadFromStore(texts, texts.get("store.find.what", k), error));
                        return;
                    }
                    if (found.isEmpty()) {
                        message.set(texts.get(shop == null ? "store.find.none" : "store.find.noneInShop", k));
                        return;
                    }
                    SaleSnapshot s = found.get();
                    message.set(isOwn(s) ? texts.get("store.find.found", s.orderId())
                            : texts.get("store.find.foundAt", s.orderId(), s.sale().tillId()));
                    if (sales.stream().noneMatch(x -> x.orderId().equals(s.orderId()))) {
                        sales.add(0, s);
                    }
                    selected.set(sales.stream().filter(x -> x.orderId().equals(s.orderId())).findFirst().orElse(s));
                }, fx);
    }

    /** True for a sale this till made (always, standalone). */
    public boolean isOwn(SaleSnapshot s) {
        return ownTill == null || s == null || ownTill.equals(s.sale().tillId());
    }

    public void checkNow() {
        SaleSnapshot s = selected.get();
        if (s == null) {
            return;
        }
        if (!isOwn(s)) {
            message.set(texts.get("store.otherTill", s.orderId(), s.sale().tillId()));
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
        if (selected.get() != null && !isOwn(selected.get())) {
            message.set(texts.get("store.otherTill", selected.get().orderId(), selected.get().sale().tillId()));
        } else if (selected.get() != null) {
            show.accept(selected.get());
        }
    }

    public boolean canShowQr() {
        return selected.get() != null && selected.get().state().outcome() == Outcome.OPEN;
    }

    private void loadEvents(String orderId) {
        SaleSnapshot s = selected.get();
        SaleRecords from = s != null && !isOwn(s) && shop != null ? shop : records;
        from.history(orderId).whenCompleteAsync((list, error) -> {
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

    /** True in store mode: the screen offers this till / whole shop, a till column and a look-up. */
    public BooleanProperty storeModeProperty() {
        return storeMode;
    }

    /** Store mode: true while the list shows the whole shop's sales. */
    public BooleanProperty wholeShopProperty() {
        return wholeShop;
    }
}
