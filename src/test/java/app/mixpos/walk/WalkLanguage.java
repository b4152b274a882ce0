package app.mixpos.walk;

import app.mixpos.ui.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The language a walk runs the till in: {@code -Dwalk.locale=zh-CN} (the {@code walk-zh} execution), English by
 * default. The walk finds buttons and reads screens through the same bundle, and its checks that read outcomes
 * from English words run only in English; every language-free invariant (nothing cut short or off the window, the
 * focus, amounts and order ids against the receipt log, the sale facing the customer) runs in every language.
 */
final class WalkLanguage {

    static final Texts TEXTS = Texts.of(Locale.forLanguageTag(System.getProperty("walk.locale", "en")));

    private WalkLanguage() {
    }

    static boolean english() {
        return TEXTS.locale().getLanguage().equals("en");
    }

    /** {@code ""} in English, else e.g. {@code " zh-CN"}: for the walk's one line. */
    static String label() {
        return english() ? "" : " " + TEXTS.locale().toLanguageTag();
    }

    /**
     * The English texts (those without arguments) that the walk's language words otherwise: one of them on screen
     * is a word the screens took from English instead of the cashier's language. Empty in English.
     */
    static final Set<String> ENGLISH_ONLY = englishOnly();

    private static Set<String> englishOnly() {
        Set<String> out = new HashSet<>();
        if (english()) {
            return out;
        }
        Properties en = new Properties();
        try (InputStream in = WalkLanguage.class.getResourceAsStream("/app/mixpos/ui/text/messages.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            if (!text.contains("{") && !text.equals(TEXTS.get(key))) {
                out.add(text);
            }
        }
        return out;
    }

    /** The words of {@code key} before its first argument, e.g. {@code "Too many wrong PINs. Try again in"}. */
    static String prefix(String key) {
        String text = TEXTS.get(key);
        int brace = text.indexOf('{');
        return (brace < 0 ? text : text.substring(0, brace)).strip();
    }
}
