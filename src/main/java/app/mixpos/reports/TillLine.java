package app.mixpos.reports;

import java.util.Objects;

/**
 * One till's line in a whole-shop X report: its sales per currency and its counts per outcome (its payment lines are
 * in the shop's). A till of the shop without sales in the period has a line of zeros.
 */
public record TillLine(String tillId, Totals totals) {

    public TillLine {
        Objects.requireNonNull(tillId, "tillId");
        Objects.requireNonNull(totals, "totals");
    }
}
