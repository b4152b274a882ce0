package app.mixpos.reports;

import app.mixpos.sale.Outcome;
import java.util.Objects;

/** How many sales ended (or stand) at one outcome; negative in an adjustment a sale left. */
public record OutcomeCount(Outcome outcome, long count) {

    public OutcomeCount {
        Objects.requireNonNull(outcome, "outcome");
    }
}
