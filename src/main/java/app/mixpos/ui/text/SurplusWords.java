package app.mixpos.ui.text;

import app.mixpos.sale.SurplusStatus;

/** How far the refund of an overpayment has got, in a few words: {@code common.surplus.<status>}. */
public final class SurplusWords {

    private SurplusWords() {
    }

    public static String of(Texts texts, SurplusStatus status) {
        return texts.get("common.surplus." + status.name());
    }
}
