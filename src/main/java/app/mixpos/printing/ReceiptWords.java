package app.mixpos.printing;

import java.util.Locale;

/**
 * The receipt's words in one language: the screens' bundle ({@code receipt.*} keys) behind a small port, so the
 * printer knows no screen. Arguments are filled in as the bundle's patterns say.
 */
public interface ReceiptWords {

    String get(String key, Object... args);

    /** The language, for dates. */
    Locale locale();
}
