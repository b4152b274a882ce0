package app.mixpos.sale;

import java.util.Objects;

/**
 * A sale together with its current state, as the receipt log holds it.
 *
 * @param version how many times the stored row has been written: 1 once recorded, one more for every change;
 *                0 for a snapshot not (yet) read from or written to the log. A change is stored only over the version
 *                it was made from, so a change made from an old snapshot fails instead of overwriting a newer one.
 */
public record SaleSnapshot(Sale sale, SaleState state, long version) {

    public SaleSnapshot {
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(state, "state");
        if (version < 0) {
            throw new IllegalArgumentException("a version counts writes and cannot be negative: " + version);
        }
    }

    /** A snapshot that has not been stored yet. */
    public SaleSnapshot(Sale sale, SaleState state) {
        this(sale, state, 0);
    }

    public String orderId() {
        return sale.orderId();
    }

    /** The same sale at the same version with another state: what a change proposes before it is stored. */
    public SaleSnapshot with(SaleState next) {
        return new SaleSnapshot(sale, next, version);
    }

    /** The same stored version with the sale's facts changed (its link). */
    public SaleSnapshot with(Sale changed) {
        return new SaleSnapshot(changed, state, version);
    }

    /** As stored by the write that made {@code version}. */
    public SaleSnapshot atVersion(long stored) {
        return new SaleSnapshot(sale, state, stored);
    }

    /** True when this is a later write of the same sale than {@code other} (or {@code other} is null). */
    public boolean isNewerThan(SaleSnapshot other) {
        return other == null || version > other.version;
    }
}
