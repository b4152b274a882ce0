package app.mixpos.checkout;

import app.mixpos.sale.Amount;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SettlementAsset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The use cases that make and follow sales: charge, cancel, check now, say which sale is on screen. Lists and
 * look-ups read through {@code records.SaleRecords}.
 * Every method returns at once; the work runs off the caller's thread, and results and changes arrive
 * through futures and {@link CheckoutListener}s only after they are in the receipt log.
 */
public interface CheckoutService {

    /**
     * Records a sale for {@code amount}, makes its payment link and returns it {@code OPEN} with the link set.
     * If the link cannot be made the sale is kept as {@code VOID} with the reason in {@code state.detail}.
     * The new sale becomes the one on screen.
     */
    CompletableFuture<SaleSnapshot> charge(Amount amount, String remark);

    /** Cancels an open sale; it is still watched in case the customer pays anyway. */
    CompletableFuture<SaleSnapshot> cancel(String orderId);

    /** Asks MixPay about the sale now, ahead of its turn (within the request budget). */
    CompletableFuture<SaleSnapshot> checkNow(String orderId);

    /** The sale the customer is looking at (asked about most often), or null when none is. */
    void showing(String orderId);

    /** Quote assets from the receipt log's cache, refreshed from MixPay in the background. */
    CompletableFuture<List<QuoteAsset>> quoteAssets();

    CompletableFuture<List<SettlementAsset>> settlementAssets();

    ConnectionHealth health();

    void addListener(CheckoutListener listener);

    void removeListener(CheckoutListener listener);
}
