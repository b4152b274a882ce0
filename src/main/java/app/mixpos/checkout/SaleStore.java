package app.mixpos.checkout;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import app.mixpos.sale.SettlementAsset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable receipt log as checkout sees it. Each write is one transaction that is on disk when the
 * method returns; a failure throws an unchecked exception and leaves the log as it was.
 */
public interface SaleStore {

    /** Records a new sale with a {@code created} event. */
    void insert(SaleSnapshot sale);

    /**
     * Stores the sale's new state (and its link, which may have just been set) and appends one event
     * of {@code kind} with the raw MixPay response that caused it ({@code ""} for local events).
     */
    void update(SaleSnapshot sale, String kind, String rawBody);

    Optional<SaleSnapshot> byOrderId(String orderId);

    Optional<SaleSnapshot> byTraceId(UUID traceId);

    /** Newest first. */
    List<SaleSnapshot> recent(int limit);

    /** Sales MixPay must still be asked about, and sales still being created: what to resume on start. */
    List<SaleSnapshot> unfinished();

    /** Sales created in {@code [from, to)}, oldest first. */
    List<SaleSnapshot> between(Instant from, Instant to);

    /** Paid sales created in {@code [from, to)}, summed per quote asset. */
    List<SalesTotal> paidTotals(Instant from, Instant to);

    /** The sale's history, oldest first. */
    List<SaleEvent> events(String orderId);

    void saveQuoteAssets(List<QuoteAsset> assets);

    /** The last list saved, empty when never fetched. */
    List<QuoteAsset> quoteAssets();

    void saveSettlementAssets(List<SettlementAsset> assets);

    List<SettlementAsset> settlementAssets();
}
