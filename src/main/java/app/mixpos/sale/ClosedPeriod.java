package app.mixpos.sale;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A till's period as the receipt log holds it: a closed Z (its stored figures, never recomputed) or the open period
 * since the last Z (read now, not stored).
 *
 * @param number      the Z's number among the till's Zs, from 1 without gaps; for the open period, the number it
 *                    will get when closed
 * @param openedAt    when the period began: the previous Z's close, or the till's first sale
 * @param closedAt    when it was closed; for the open period, when it was read
 * @param sales       the sales charged in the period, as they stood at {@code closedAt}
 * @param adjustments later outcomes of sales that earlier Zs counted, as changes (negative where a sale left an
 *                    outcome)
 * @param hours       the period's sales per hour on the shop's clock, hours without sales left out
 * @param hash        the Z's hash in its till's chain of Zs; empty for the open period
 * @param closed      true for a stored Z
 */
public record ClosedPeriod(String tillId, long number, Instant openedAt, Instant closedAt, ZoneId zone,
                           PeriodTally sales, PeriodTally adjustments, FlaggedSales flagged, List<HourCount> hours,
                           String hash, boolean closed) {

    public ClosedPeriod {
        Objects.requireNonNull(tillId, "tillId");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(adjustments, "adjustments");
        Objects.requireNonNull(flagged, "flagged");
        Objects.requireNonNull(hash, "hash");
        hours = List.copyOf(hours);
    }
}
