package app.mixpos.ui.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
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

    private static final Map<Locale, Texts> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final boolean strict;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private Texts(Locale locale, boolean strict) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = Locale.ENGLISH.equals(locale) ? base() : translated(locale);
        this.strict = strict;
    }

    /**
     * The English (base) bundle read straight from its file: the keypad needs it before the first frame, and
     * {@link ResourceBundle#getBundle}'s lookup cost about twice as long as reading the file on a loaded machine.
     */
    private static ResourceBundle base() {
        ResourceBundle english = read(file(""));
        if (english == null) {
            throw new MissingResourceException("No " + file("") + " on the classpath", BUNDLE, "");
        }
        return english;
    }

    /**
     * The locale's own file ({@code messages_zh_CN}, else {@code messages_zh}), read the same way as English and
     * chained to it, so a key it lacks comes from English. Never the JVM's default locale's bundle instead; a
     * locale without a file of its own speaks English.
     */
    private static ResourceBundle translated(Locale locale) {
        ResourceBundle english = ENGLISH == null ? base() : ENGLISH.bundle;
        for (String suffix : suffixes(locale)) {
            PropertyResourceBundle own = read(file(suffix));
            if (own != null) {
                return new Chained(own, english);
            }
        }
        return english;
    }

    /** {@code _zh_CN} then {@code _zh}: the file names a locale's words may be in, most specific first. */
    static List<String> suffixes(Locale locale) {
        List<String> out = new ArrayList<>();
        if (!locale.getLanguage().isEmpty() && !locale.getCountry().isEmpty()) {
            out.add("_" + locale.getLanguage() + "_" + locale.getCountry());
        }
        if (!locale.getLanguage().isEmpty()) {
            out.add("_" + locale.getLanguage());
        }
        return out;
    }

    private static String file(String suffix) {
        return "/" + BUNDLE.replace('.', '/') + suffix + ".properties";
    }

    /** A bundle file read as UTF-8, or null when there is none. */
    private static PropertyResourceBundle read(String file) {
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            return in == null ? null : new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** A translation with English behind it, key by key. */
    private static final class Chained extends ResourceBundle {
        Chained(ResourceBundle own, ResourceBundle english) {
            this.own = own;
            setParent(english);
        }

        private final ResourceBundle own;

        @Override
        protected Object handleGetObject(String key) {
            return own.containsKey(key) ? own.getObject(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new TreeSet<>(own.keySet());
            keys.addAll(parent.keySet());
            return Collections.enumeration(keys);
        }
    }

    /** True when this locale's bundle itself has {@code key}, without falling back to English. */
    public boolean translates(String key) {
        return bundle instanceof Chained c ? c.own.containsKey(key) : Locale.ENGLISH.equals(locale) && has(key);
    }

    /** The till's words in English, the language every key has. */
    public static Texts english() {
        return ENGLISH;
    }

    /**
     * The words in {@code locale}, falling back key by key to English where the locale's bundle lacks one. Read once
     * per locale: the start-up reads the cashier's on a thread of its own, and the window finds them ready.
     */
    public static Texts of(Locale locale) {
        return Locale.ENGLISH.equals(locale) ? ENGLISH
                : LOADED.computeIfAbsent(locale, l -> new Texts(l, ENGLISH.strict));
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
     * Every decimal of {@code value} (none rounded away), grouped and separated as this locale writes numbers:
     * {@code 1,234.5} in English, {@code 1.234,5} in German.
     */
    public String number(BigDecimal value) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        int decimals = Math.max(0, value.scale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        f.setGroupingUsed(true);
        return f.format(value);
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
