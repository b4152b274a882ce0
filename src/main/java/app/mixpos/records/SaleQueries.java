package app.mixpos.records;

import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What lists, look-ups and reports read from the sales' record. Reads only: nothing here changes a sale (that is
 * checkout's {@code SaleLedger}, written by each sale's owner). Calls block; {@link SaleRecords} runs them off the
 * caller's thread.
 */
public interface SaleQueries {

    Optional<SaleSnapshot> byOrderId(String orderId);

    Optional<SaleSnapshot> byTraceId(UUID traceId);

    /** Newest first. */
    List<SaleSnapshot> recent(int limit);

    /** Sales created in {@code [from, to)}, oldest first. */
    List<SaleSnapshot> between(Instant from, Instant to);

    /** Paid sales created in {@code [from, to)}, summed exactly per quote asset. */
    List<SalesTotal> paidTotals(Instant from, Instant to);

    /** The sale's history, oldest first; empty for an unknown order id. */
    List<SaleEvent> events(String orderId);
}
