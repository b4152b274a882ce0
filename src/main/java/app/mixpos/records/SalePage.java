package app.mixpos.records;

import app.mixpos.sale.SaleSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page of a period's sales, oldest first.
 *
 * @param next where the next page starts; null when this was the last page
 */
public record SalePage(List<SaleSnapshot> sales, Mark next) {

    public SalePage {
        sales = List.copyOf(sales);
    }

    /**
     * A place in a period's sales: after the sale created at {@code createdAt} whose position in the store is
     * {@code position} (the store's own order among sales created at the same instant).
     */
    public record Mark(Instant createdAt, long position) {
        public Mark {
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}
