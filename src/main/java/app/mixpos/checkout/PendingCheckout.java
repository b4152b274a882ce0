package app.mixpos.checkout;

import app.mixpos.sale.Amount;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SettlementAsset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link CheckoutService} for the first moments after launch: the screens can be drawn and typed into at
 * once while the receipt log and HTTP client open on another thread. Calls made meanwhile run as soon as
 * the engine is ready; if it fails to open, they fail with the reason.
 */
public final class PendingCheckout implements CheckoutService {

    private final CompletableFuture<? extends CheckoutService> engine;
    private final List<CheckoutListener> waiting = new CopyOnWriteArrayList<>();

    public PendingCheckout(CompletableFuture<? extends CheckoutService> engine) {
        this.engine = engine;
    }

    @Override
    public CompletableFuture<SaleSnapshot> charge(Amount amount, String remark) {
        return then(e -> e.charge(amount, remark));
    }

    @Override
    public CompletableFuture<SaleSnapshot> cancel(String orderId) {
        return then(e -> e.cancel(orderId));
    }

    @Override
    public CompletableFuture<SaleSnapshot> checkNow(String orderId) {
        return then(e -> e.checkNow(orderId));
    }

    @Override
    public void showing(String orderId) {
        engine.thenAccept(e -> e.showing(orderId));
    }

    @Override
    public CompletableFuture<List<QuoteAsset>> quoteAssets() {
        return then(CheckoutService::quoteAssets);
    }

    @Override
    public CompletableFuture<List<SettlementAsset>> settlementAssets() {
        return then(CheckoutService::settlementAssets);
    }

    @Override
    public ConnectionHealth health() {
        return engine.isDone() && !engine.isCompletedExceptionally() ? engine.join().health()
                : ConnectionHealth.UNKNOWN;
    }

    @Override
    public void addListener(CheckoutListener listener) {
        waiting.add(listener);
        engine.thenAccept(e -> {
            if (waiting.remove(listener)) {
                e.addListener(listener);
            }
        });
    }

    @Override
    public void removeListener(CheckoutListener listener) {
        if (!waiting.remove(listener)) {
            engine.thenAccept(e -> e.removeListener(listener));
        }
    }

    private <T> CompletableFuture<T> then(Function<CheckoutService, CompletableFuture<T>> call) {
        return engine.thenCompose(call);
    }
}
