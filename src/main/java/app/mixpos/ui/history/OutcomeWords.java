package app.mixpos.ui.history;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleState;
import app.mixpos.ui.text.SurplusWords;
import app.mixpos.ui.text.Texts;

/** A sale's outcome in a word or two for lists: {@code history.outcome.<OUTCOME>}. */
final class OutcomeWords {

    private static final String KEY = "history.outcome.";

    private OutcomeWords() {
    }

    /** As {@link #of}, without the advice after a dash: the list's short form; the detail shows it all. */
    static String brief(Texts texts, SaleState s) {
        if (s.outcome() == Outcome.PAID_SURPLUS) {
            String refund = SurplusWords.of(texts, s.surplusStatus());
            int dash = refund.indexOf(" — ");
            return texts.get(KEY + Outcome.PAID_SURPLUS.name() + ".brief",
                    dash < 0 ? refund : refund.substring(0, dash));
        }
        return of(texts, s);
    }

    static String of(Texts texts, SaleState s) {
        String key = KEY + s.outcome().name();
        return switch (s.outcome()) {
            case OPEN -> texts.get(key, s.status().wire());
            case PAID_SURPLUS -> texts.get(key, SurplusWords.of(texts, s.surplusStatus()));
            case FAILED -> texts.get(key, s.failureCode().code());
            default -> texts.get(key);
        };
    }
}
