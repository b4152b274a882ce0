package app.mixpos.records;

import app.mixpos.sale.SalesTotal;
import java.time.Instant;
import java.util.List;

/**
 * The whole shop's sales, as the store database holds them: every {@link SaleQueries} read over all of this shop's
 * tills (each sale names the till that made it, {@code Sale.tillId()}), plus totals per till and per shop of the
 * chain. Calls block, with the store's socket timeout; run them through {@link SaleRecords}.
 */
public interface ShopQueries extends SaleQueries {

    /** Paid sales created in {@code [from, to)} per till of this shop, summed exactly per quote asset. */
    List<TillTotal> paidTotalsPerTill(Instant from, Instant to);

    /** Paid sales created in {@code [from, to)} per shop of the chain (every shop the store holds). */
    List<ShopTotal> paidTotalsPerShop(Instant from, Instant to);

    /** One till's paid total in one currency. */
    record TillTotal(String tillId, SalesTotal total) {
    }

    /** One shop's paid total in one currency. */
    record ShopTotal(String shopId, SalesTotal total) {
    }
}
