package app.mixpos.printing;

import app.mixpos.ui.text.Texts;
import java.util.Locale;

/** The receipt's words from the real English bundle, as the till passes them. */
final class TestWords implements ReceiptWords {

    private final Texts texts;

    TestWords() {
        this(Texts.english());
    }

    TestWords(Texts texts) {
        this.texts = texts;
    }

    @Override
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }

    @Override
    public Locale locale() {
        return texts.locale();
    }
}
