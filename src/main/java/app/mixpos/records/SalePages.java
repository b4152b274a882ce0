package app.mixpos.records;

import app.mixpos.sale.SaleEvent;
import java.time.Instant;
import java.util.List;

/**
 * Sales of a period read a page at a time, for exports that must not hold a million sales in memory nor keep the log
 * busy for the whole export: each call is one short read, so a sale being recorded waits at most for one page.
 */
public interface SalePages {

    /** How many sales were created in {@code [from, to)}. */
    long count(Instant from, Instant to);

    /**
     * Up to {@code limit} sales created in {@code [from, to)} after {@code after} (null: from the first), oldest
     * first; {@link SalePage#next()} is where the following page starts, null after the last page.
     */
    SalePage page(Instant from, Instant to, SalePage.Mark after, int limit);

    /**
     * The histories of these sales, each sale's events oldest first, the sales in the order given, without MixPay's raw
     * answers ({@link SaleEvent#rawBody()} is null: an export leaves them out, and they are most of the log's bytes).
     */
    List<SaleEvent> eventsOf(List<String> orderIds);
}
