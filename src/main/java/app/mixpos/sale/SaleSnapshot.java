package app.mixpos.sale;

import java.util.Objects;

/** A sale together with its current state, as the receipt log holds it. */
public record SaleSnapshot(Sale sale, SaleState state) {

    public SaleSnapshot {
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(state, "state");
    }

    public String orderId() {
        return sale.orderId();
    }

    public SaleSnapshot with(SaleState next) {
        return new SaleSnapshot(sale, next);
    }
}
