package app.mixpos.reports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An X or Z report, immutable: what a screen shows, a PDF renders and a printer prints.
 *
 * @param tillId         the till it is for; empty for every till in the log
 * @param number         the Z's number among its till's Zs (1, 2, … without gaps); 0 for an X
 * @param madeAt         when it was made (for a Z: when the period was closed)
 * @param totals         the sales of the period, as they stood when it was made
 * @param adjustments    later outcomes of sales an earlier Z counted (a Z, or an X since the last Z): the change to
 *                       their figures, counts and amounts negative where a sale left an outcome; empty otherwise
 * @param attention      sales to look at, oldest first, at most {@link #ATTENTION_SHOWN}
 * @param attentionTotal how many there are in all (more than {@code attention.size()} when the list is cut)
 * @param hash           a Z's hash in the receipt log's chain (hex); empty for an X
 * @param tills          a whole-shop X's figures per till of the shop (store mode), by till id; empty otherwise
 */
public record Report(ReportKind kind, String tillId, long number, Period period, Instant madeAt, Totals totals,
                     Totals adjustments, List<Attention> attention, long attentionTotal, Chart chart, String hash,
                     List<TillLine> tills) {

    /** The most attention rows a report carries. */
    public static final int ATTENTION_SHOWN = 200;

    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tillId, "tillId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(adjustments, "adjustments");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(hash, "hash");
        attention = List.copyOf(attention);
        tills = List.copyOf(tills);
        if (kind == ReportKind.Z && number < 1) {
            throw new IllegalArgumentException("a Z report is numbered from 1: " + number);
        }
        if (kind == ReportKind.X && number != 0) {
            throw new IllegalArgumentException("an X report has no number: " + number);
        }
    }

    /** A till's report (or a report of its whole log): no per-till lines. */
    public Report(ReportKind kind, String tillId, long number, Period period, Instant madeAt, Totals totals,
                  Totals adjustments, List<Attention> attention, long attentionTotal, Chart chart, String hash) {
        this(kind, tillId, number, period, madeAt, totals, adjustments, attention, attentionTotal, chart, hash,
                List.of());
    }

    /** True for the whole shop's X (store mode), which carries its figures per till. */
    public boolean isWholeShop() {
        return !tills.isEmpty();
    }

    public boolean isZ() {
        return kind == ReportKind.Z;
    }

    public boolean hasAdjustments() {
        return !adjustments.isEmpty();
    }
}
