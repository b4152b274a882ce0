package app.mixpos.ui.history;

import app.mixpos.sale.SaleState;

/** A sale's outcome in a word or two for lists. */
final class OutcomeWords {

    private OutcomeWords() {
    }

    static String of(SaleState s) {
        return switch (s.outcome()) {
            case CREATING -> "Creating link";
            case OPEN -> "Open · " + s.status().wire();
            case PAID -> "Paid";
            case PAID_SURPLUS -> "Paid + surplus (" + s.surplusStatus().describe() + ")";
            case FAILED -> "Failed (" + s.failureCode().code() + ")";
            case MISMATCH -> "MISMATCH — do not hand over";
            case CANCELLED -> "Cancelled";
            case PAID_AFTER_CANCEL -> "PAID after cancel";
            case VOID -> "Not charged";
        };
    }
}
