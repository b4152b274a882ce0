package app.mixpos.records;

import app.mixpos.sale.ClosedPeriod;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.SettleTally;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the X and Z reports read from the sales' record, summed where the record is (SQL for the receipt log). Reads
 * only; calls block, so callers run them off the FX thread.
 */
public interface ReportQueries {

    /**
     * Sales created in each {@code [bounds[i], bounds[i + 1])}, counted and summed per quote currency and outcome; one
     * list per interval ({@code bounds.size() - 1} lists).
     */
    List<List<OutcomeTally>> outcomesPer(List<Instant> bounds);

    /**
     * What a calendar X report reads, in one go: {@link #outcomesPer} of {@code bounds}, and the {@link #payments} and
     * {@link #settlements} of the whole span from the first bound to the last.
     */
    default Calendar calendar(List<Instant> bounds) {
        Instant from = bounds.get(0);
        Instant to = bounds.get(bounds.size() - 1);
        return new Calendar(outcomesPer(bounds), payments(from, to), settlements(from, to));
    }

    /** What {@link #calendar} reads: per interval the outcomes; over the span the payments and settlements. */
    record Calendar(List<List<OutcomeTally>> outcomes, List<PaymentTally> payments, List<SettleTally> settlements) {
    }

    /** Paid sales created in {@code [from, to)}, by what the customers paid with and their refunds' progress. */
    List<PaymentTally> payments(Instant from, Instant to);

    /**
     * What MixPay settled for the paid sales created in {@code [from, to)}, per settlement status and asset. Empty
     * where the record does not keep settlement.
     */
    default List<SettleTally> settlements(Instant from, Instant to) {
        return List.of();
    }

    /** Sales created in {@code [from, to)} that need looking at, the first {@code limit} oldest first, and how many. */
    FlaggedSales flagged(Instant from, Instant to, int limit);

    /** The till's open period since its last Z (or its first sale), as it stands at {@code now}. */
    ClosedPeriod openPeriod(String tillId, ZoneId zone, Instant now);

    /** The till's Z reports as stored, newest first. */
    List<ClosedPeriod> zReports(String tillId);

    /** One of the till's Z reports as stored. */
    Optional<ClosedPeriod> zReport(String tillId, long number);
}
