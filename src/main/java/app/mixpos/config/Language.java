package app.mixpos.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * A language the till's screens are written in: each has a complete bundle of words
 * ({@code ui/text/messages*.properties}). The cashier's window and a customer display each speak one.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE),
    JAPANESE("ja", Locale.JAPANESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** As written in flags, the environment and the settings file: {@code en}, {@code zh-CN}, {@code ja}. */
    public String tag() {
        return tag;
    }

    /** The locale its words and its numbers and dates are in. */
    public Locale locale() {
        return locale;
    }

    /** The tags, for messages: {@code en, zh-CN, ja}. */
    public static String tags() {
        return String.join(", ", Arrays.stream(values()).map(Language::tag).toList());
    }

    /**
     * The language with this tag, ignoring case and {@code _} for {@code -} ({@code zh_cn}, {@code ZH-CN}); also
     * {@code zh} and {@code zh-Hans}. Null when none.
     */
    public static Language fromTag(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.equals("zh-hans") || t.equals("zh-hans-cn")) {
            return SIMPLIFIED_CHINESE;
        }
        return Arrays.stream(values()).filter(l -> l.tag.toLowerCase(Locale.ROOT).equals(t)).findFirst().orElse(null);
    }

    /**
     * The language for a machine's locale when the till has one for it, else English: Japanese for {@code ja};
     * Simplified Chinese for {@code zh} written in Han Simplified or used in mainland China or Singapore (or with no
     * country or script given); English for everything else, Traditional Chinese included (no bundle yet).
     */
    public static Language forLocale(Locale machine) {
        if (machine == null) {
            return ENGLISH;
        }
        switch (machine.getLanguage()) {
            case "ja":
                return JAPANESE;
            case "zh":
                String script = machine.getScript();
                String country = machine.getCountry();
                boolean simplified = script.equals("Hans") || script.isEmpty()
                        && (country.isEmpty() || country.equals("CN") || country.equals("SG"));
                return simplified ? SIMPLIFIED_CHINESE : ENGLISH;
            default:
                return ENGLISH;
        }
    }
}
