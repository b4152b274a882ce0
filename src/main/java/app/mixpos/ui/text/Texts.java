package app.mixpos.ui.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of the screens in one language, from {@code app/mixpos/ui/text/messages*.properties} (UTF-8). One
 * instance per locale, never a global one: the cashier's window and a customer display may speak different
 * languages. Keys are grouped by screen ({@code keypad.*}, {@code payment.*}, ...); arguments are filled in with
 * {@link MessageFormat} in this locale. In the bundle an apostrophe is just an apostrophe (no MessageFormat quoting).
 *
 * <p>A key missing from the bundle is a bug: with assertions on (tests) it throws; in production it is logged once
 * and the key itself is shown, so the till keeps working.
 */
public final class Texts {

    /** Where the bundles are, for {@link ResourceBundle#getBundle(String, Locale)}. */
    public static final String BUNDLE = "app.mixpos.ui.text.messages";

    private static final Texts ENGLISH = new Texts(Locale.ENGLISH, Texts.class.desiredAssertionStatus());

    private final Locale locale;
    private final ResourceBundle bundle;
    private final boolean strict;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private Texts(Locale locale, boolean strict) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = Locale.ENGLISH.equals(locale) ? base()
                // English is the base bundle: never fall back to the JVM's default locale's bundle instead
                : ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        this.strict = strict;
    }

    /**
     * The English (base) bundle read straight from its file: the keypad needs it before the first frame, and
     * {@link ResourceBundle#getBundle}'s lookup cost about twice as long as reading the file on a loaded machine.
     */
    private static ResourceBundle base() {
        String file = "/" + BUNDLE.replace('.', '/') + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new MissingResourceException("No " + file + " on the classpath", BUNDLE, "");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** The till's words in English, the language every key has. */
    public static Texts english() {
        return ENGLISH;
    }

    /** The words in {@code locale}, falling back key by key to English where the locale's bundle lacks one. */
    public static Texts of(Locale locale) {
        return Locale.ENGLISH.equals(locale) ? ENGLISH : new Texts(locale, ENGLISH.strict);
    }

    /** A lenient instance, as production runs it: a missing key is logged once and shown as the key. */
    static Texts lenient(Locale locale) {
        return new Texts(locale, false);
    }

    public Locale locale() {
        return locale;
    }

    /** True when the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key}, as written in the bundle. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return missing(key);
        }
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}... filled from {@code args} in this locale. */
    public String get(String key, Object... args) {
        if (args == null || args.length == 0) {
            return get(key);
        }
        if (!has(key)) {
            return missing(key);
        }
        return new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(args);
    }

    /**
     * Not a static field: the keypad reads its words before the first frame, and logging is set up only after it
     * (PosApp); a logger taken here would set logging up on the FX thread first (it cost about 0.3 s of start-up).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Texts.class);
    }

    private String missing(String key) {
        if (strict) {
            throw new MissingResourceException("No text for key " + key + " in " + BUNDLE + " (" + locale + ")",
                    BUNDLE, key);
        }
        if (reported.add(key)) {
            log().error("No text for key {} in {} ({}); the key is shown instead", key, BUNDLE, locale);
        }
        return key;
    }
}
