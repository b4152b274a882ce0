package app.mixpos.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font that travels with the app for Chinese and Japanese text, so a till without CJK fonts shows no boxes:
 * WenQuanYi Micro Hei (Apache-2.0, {@code app/mixpos/ui/fonts/}), a TrueType collection of about 5 MB with Latin,
 * Han, kana and Hangul glyphs. It is read once, off the FX thread and after the first frame (about a tenth of a
 * second), and then set as the font family of a window's whole scene when the window speaks such a language; every
 * text of the window is then measured and drawn with the same glyphs on every till.
 */
public final class ScriptFont {

    static final String FILE = "/app/mixpos/ui/fonts/wqy-microhei.ttc";

    private static final Set<String> LANGUAGES = Set.of("zh", "ja", "ko");
    private static Optional<String> loaded;

    private ScriptFont() {
    }

    /** Not a static field: taken on the FX thread before the engine sets logging up, it cost about 0.3 s (Texts). */
    private static Logger log() {
        return LoggerFactory.getLogger(ScriptFont.class);
    }

    /** True when text in {@code locale} needs the bundled font: Chinese, Japanese (and Korean). */
    public static boolean needs(Locale locale) {
        return locale != null && LANGUAGES.contains(locale.getLanguage());
    }

    /**
     * Reads the bundled font into the toolkit, once; call it off the FX thread. The family's name (the collection's
     * first font, "WenQuanYi Micro Hei"), or empty when
     * the font could not be read (logged: the window keeps the system's fonts, which may draw boxes).
     */
    public static synchronized Optional<String> load() {
        if (loaded == null) {
            loaded = read();
        }
        return loaded;
    }

    private static Optional<String> read() {
        long start = System.nanoTime();
        try (InputStream in = ScriptFont.class.getResourceAsStream(FILE)) {
            if (in == null) {
                log().error("The font {} is not in the app; Chinese and Japanese may show as boxes", FILE);
                return Optional.empty();
            }
            Font[] fonts = Font.loadFonts(in, 12);
            if (fonts == null || fonts.length == 0) {
                log().error("The font {} could not be read; Chinese and Japanese may show as boxes", FILE);
                return Optional.empty();
            }
            log().info("Loaded the font {} in {} ms", fonts[0].getFamily(), (System.nanoTime() - start) / 1_000_000);
            return Optional.of(fonts[0].getFamily());
        } catch (IOException | RuntimeException e) {
            log().error("The font {} could not be read; Chinese and Japanese may show as boxes", FILE, e);
            return Optional.empty();
        }
    }

    /**
     * Sets {@code family} as the font of every text under {@code root} (its inline style; sizes and weights stay the
     * style sheets'). Call it on the FX thread.
     */
    public static void apply(Parent root, String family) {
        root.setStyle("-fx-font-family:\"" + family + "\"");
    }

    /**
     * For a window speaking {@code locale}: when it needs the bundled font, loads it on a thread of its own and then
     * sets it on {@code root} on the FX thread; otherwise does nothing. Call it once the window's first frame is up.
     */
    public static void useFor(Parent root, Locale locale) {
        if (!needs(locale)) {
            return;
        }
        Thread t = new Thread(() -> load().ifPresent(family -> FxThread.run(() -> apply(root, family))),
                "font-load");
        t.setDaemon(true);
        t.start();
    }
}
