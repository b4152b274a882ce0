package app.mixpos.records;

import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a whole-shop X report and the shop's closing of the day read from the store database: the same reads as a
 * till's {@link ReportQueries} over every till of the shop, plus the figures per till and the Zs each till closed.
 * Summed where the store is (exact NUMERIC sums in SQL). Reads only; calls block up to the store's timeouts, so
 * callers run them off the FX thread; a store that cannot be read throws (the shop's StoreReadException).
 */
public interface ShopReportQueries {

    /**
     * As {@link ReportQueries#outcomesPer}, over all the shop's tills and told apart per till: sales created in each
     * {@code [bounds[i], bounds[i + 1])} counted and summed per till, quote currency and outcome ({@code bounds.size()
     * - 1} lists). The shop's figures are these summed over the tills; one reading gives both.
     */
    List<List<TillTally>> outcomesPerTill(List<Instant> bounds);

    /** As {@link ReportQueries#payments}, over all the shop's tills. */
    List<PaymentTally> payments(Instant from, Instant to);

    /** As {@link ReportQueries#flagged}, over all the shop's tills. */
    FlaggedSales flagged(Instant from, Instant to, int limit);

    /** The shop's tills as registered in the store, by id. */
    List<String> tills();

    /** The Zs the shop's tills closed in {@code [from, to)}, by till and number, with their figures as closed. */
    List<StoredZ> zReports(Instant from, Instant to);

    /**
     * Per till, the sales created in {@code [from, to)} after the till's last Z closed in that time (all of them when
     * it closed none): what the shop's day still has open.
     */
    List<TillCount> salesNotClosed(Instant from, Instant to);

    /** One till's share of a tally. */
    record TillTally(String tillId, OutcomeTally tally) {
        public TillTally {
            Objects.requireNonNull(tillId, "tillId");
            Objects.requireNonNull(tally, "tally");
        }
    }

    /** How many of a till's sales. */
    record TillCount(String tillId, long sales) {
        public TillCount {
            Objects.requireNonNull(tillId, "tillId");
        }
    }

    /**
     * A till's Z as the store received it.
     *
     * @param sales       the period's figures as closed
     * @param adjustments the later outcomes of earlier periods' sales that the Z carried
     */
    record StoredZ(String tillId, long number, Instant openedAt, Instant closedAt, String hash, PeriodTally sales,
                   PeriodTally adjustments) {
        public StoredZ {
            Objects.requireNonNull(tillId, "tillId");
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(closedAt, "closedAt");
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(sales, "sales");
            Objects.requireNonNull(adjustments, "adjustments");
        }
    }
}
