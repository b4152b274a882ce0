package app.mixpos.ui;

import app.mixpos.checkout.CheckoutListener;
import app.mixpos.checkout.CheckoutService;
import app.mixpos.records.SaleQueries;
import app.mixpos.records.SaleRecords;
import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.Amount;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SettlementAsset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A checkout the test drives: charges wait until the test completes them, changes are pushed through
 * the listeners from the test's thread (as an engine thread would), and every call is recorded.
 */
public final class FakeCheckout implements CheckoutService, SaleQueries {

    public final List<CheckoutListener> listeners = new CopyOnWriteArrayList<>();
    public final List<Amount> charged = new CopyOnWriteArrayList<>();
    public final List<String> cancelled = new CopyOnWriteArrayList<>();
    public final List<String> checked = new CopyOnWriteArrayList<>();
    public final List<String> showing = new CopyOnWriteArrayList<>();
    public final Map<String, SaleSnapshot> sales = new ConcurrentHashMap<>();
    public final Map<String, List<SaleEvent>> events = new ConcurrentHashMap<>();
    public volatile List<QuoteAsset> quoteAssets = List.of(QuoteAsset.USD, Sales.BTC);
    public volatile List<SettlementAsset> settlementAssets = List.of(SettlementAsset.USDT_ERC20,
            new SettlementAsset("c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", "Bitcoin", null));
    public volatile boolean autoOpen;
    /** When set, cancels fail with it (as when the receipt log cannot be written). */
    public volatile Throwable cancelFailure;
    /** When set, "check now" fails with it. */
    public volatile Throwable checkFailure;
    private volatile ConnectionHealth health = ConnectionHealth.UNKNOWN;
    private volatile CompletableFuture<SaleSnapshot> pending = new CompletableFuture<>();
    private volatile SaleSnapshot lastCharged;

    @Override
    public CompletableFuture<SaleSnapshot> charge(Amount amount, String remark) {
        charged.add(amount);
        lastCharged = Sales.open(Sales.sale(amount, remark));
        pending = new CompletableFuture<>();
        if (autoOpen) {
            completeCharge();
        }
        return pending;
    }

    /** Completes the waiting charge with an open sale and returns it. */
    public SaleSnapshot completeCharge() {
        SaleSnapshot s = lastCharged;
        sales.put(s.orderId(), s);
        pending.complete(s);
        return s;
    }

    /** Completes the waiting charge with a void sale. */
    public void voidCharge(Reason reason) {
        pending.complete(Sales.voided(lastCharged.sale(), reason));
    }

    /** Completes the waiting charge exceptionally, as the engine does when the sale cannot be recorded. */
    public void failCharge(Throwable error) {
        pending.completeExceptionally(error);
    }

    public SaleSnapshot lastCharged() {
        return lastCharged;
    }

    /** Tells the listeners about a change, as the engine would. */
    public void push(SaleSnapshot s) {
        sales.put(s.orderId(), s);
        listeners.forEach(l -> l.saleChanged(s));
    }

    /** Tells the listeners a sale was resumed at start, as the engine would. */
    public void resume(SaleSnapshot s) {
        sales.put(s.orderId(), s);
        listeners.forEach(l -> l.saleResumed(s));
    }

    public void setHealth(ConnectionHealth h) {
        health = h;
        listeners.forEach(l -> l.connectionChanged(h));
    }

    @Override
    public CompletableFuture<SaleSnapshot> cancel(String orderId) {
        cancelled.add(orderId);
        if (cancelFailure != null) {
            return CompletableFuture.failedFuture(cancelFailure);
        }
        SaleSnapshot s = sales.get(orderId);
        return CompletableFuture.completedFuture(s == null ? null : Sales.outcome(s, Outcome.CANCELLED, "unpaid"));
    }

    @Override
    public CompletableFuture<SaleSnapshot> checkNow(String orderId) {
        checked.add(orderId);
        if (checkFailure != null) {
            return CompletableFuture.failedFuture(checkFailure);
        }
        return CompletableFuture.completedFuture(sales.get(orderId));
    }

    @Override
    public void showing(String orderId) {
        showing.add(String.valueOf(orderId));
    }

    /** The staged sales and events as the screens read them, at once on the calling thread. */
    public SaleRecords records() {
        return new SaleRecords(this, Runnable::run);
    }

    @Override
    public List<SaleSnapshot> recent(int limit) {
        List<SaleSnapshot> all = new ArrayList<>(sales.values());
        all.sort((a, b) -> b.sale().createdAt().compareTo(a.sale().createdAt()));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    @Override
    public List<SaleEvent> events(String orderId) {
        return events.getOrDefault(orderId, List.of());
    }

    @Override
    public java.util.Optional<SaleSnapshot> byOrderId(String orderId) {
        return java.util.Optional.ofNullable(sales.get(orderId));
    }

    @Override
    public java.util.Optional<SaleSnapshot> byTraceId(java.util.UUID traceId) {
        return sales.values().stream().filter(s -> s.sale().traceId().equals(traceId)).findFirst();
    }

    @Override
    public List<SaleSnapshot> between(java.time.Instant from, java.time.Instant to) {
        return sales.values().stream()
                .filter(s -> !s.sale().createdAt().isBefore(from) && s.sale().createdAt().isBefore(to)).toList();
    }

    @Override
    public List<app.mixpos.sale.SalesTotal> paidTotals(java.time.Instant from, java.time.Instant to) {
        throw new UnsupportedOperationException("the screens under test read no totals");
    }

    @Override
    public CompletableFuture<List<QuoteAsset>> quoteAssets() {
        return CompletableFuture.completedFuture(quoteAssets);
    }

    @Override
    public CompletableFuture<List<SettlementAsset>> settlementAssets() {
        return CompletableFuture.completedFuture(settlementAssets);
    }

    @Override
    public ConnectionHealth health() {
        return health;
    }

    @Override
    public void addListener(CheckoutListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CheckoutListener listener) {
        listeners.remove(listener);
    }
}
