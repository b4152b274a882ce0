package app.mixpos.reports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The shop's day (or days) closed: per till of the shop the Zs it closed in the period and how many of its sales of
 * the period came after its last one; and the sum of those Zs as they were closed. A Z is closed per till, at the
 * till; this is a reading of them, never a close.
 *
 * @param zTotals      the Zs' periods summed, exactly as each till closed them
 * @param zAdjustments the later outcomes the Zs carried, summed
 */
public record ShopClosing(Period period, Instant madeAt, List<TillClosing> tills, Totals zTotals,
                          Totals zAdjustments) {

    public ShopClosing {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(zTotals, "zTotals");
        Objects.requireNonNull(zAdjustments, "zAdjustments");
        tills = List.copyOf(tills);
    }

    /** True when every till that sold has closed, and none has sold since: the shop's day is closed. */
    public boolean allClosed() {
        return stillOpen().isEmpty();
    }

    /** The tills with sales of the period no Z has closed yet, by id. */
    public List<String> stillOpen() {
        return tills.stream().filter(t -> t.notClosed() > 0).map(TillClosing::tillId).toList();
    }

    /** Every Z of the period, by till and number. */
    public List<ShopZ> zs() {
        return tills.stream().flatMap(t -> t.zs().stream()).toList();
    }

    /**
     * One till's part of the shop's closing.
     *
     * @param notClosed its sales of the period created after its last Z there (all of them when it closed none)
     */
    public record TillClosing(String tillId, List<ShopZ> zs, long notClosed) {

        public TillClosing {
            Objects.requireNonNull(tillId, "tillId");
            zs = List.copyOf(zs);
        }

        /** Closed: it closed a Z in the period and has no sale of the period after it. */
        public boolean closed() {
            return !zs.isEmpty() && notClosed == 0;
        }

        /** Nothing to close: no sale and no Z in the period. */
        public boolean idle() {
            return zs.isEmpty() && notClosed == 0;
        }
    }

    /** One till's Z as the store received it, with its figures as closed. */
    public record ShopZ(String tillId, long number, Instant openedAt, Instant closedAt, String hash, Totals totals,
                        Totals adjustments) {

        public ShopZ {
            Objects.requireNonNull(tillId, "tillId");
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(closedAt, "closedAt");
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(totals, "totals");
            Objects.requireNonNull(adjustments, "adjustments");
        }
    }
}
