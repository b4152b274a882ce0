package app.mixpos.export;

import java.util.Locale;

/**
 * Words for what the till prints or saves (a receipt, a report's PDF), in one language: the screens' bundle behind
 * a small port, so exports and printers know no screen. Arguments are filled in as the bundle's patterns say.
 */
public interface Words {

    String get(String key, Object... args);

    /** The language, for dates. */
    Locale locale();
}
