package app.mixpos.ui.text;

import app.mixpos.sale.FailureCode;

/** What a MixPay failure code means and what to do next, for the cashier: {@code failure.<meaning>}. */
public final class FailureWords {

    private FailureWords() {
    }

    public static String of(Texts texts, FailureCode code) {
        return texts.get("failure." + code.meaning(), code.code());
    }
}
