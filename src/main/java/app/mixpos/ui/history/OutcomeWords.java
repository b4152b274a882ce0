package app.mixpos.ui.history;

import app.mixpos.sale.SaleState;

/** A sale's outcome in a word or two for lists. */
final class OutcomeWords {

    private OutcomeWords() {
    }

    /** As {@link #of}, without the advice after a dash: the list's short form; the detail shows it all. */
    static String brief(SaleState s) {
        String words = of(s);
        if (s.outcome() == app.mixpos.sale.Outcome.PAID_SURPLUS) {
            String refund = s.surplusStatus().describe();
            int dash = refund.indexOf(" — ");
            return "Paid + surplus · " + (dash < 0 ? refund : refund.substring(0, dash));
        }
        return words;
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
