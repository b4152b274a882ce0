package app.mixpos.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts a PDF embeds (as subsets): DejaVu Sans by default (Bitstream Vera licence, see
 * {@code fonts/DejaVu-LICENSE.txt}), and a script font for the characters DejaVu lacks (Chinese, Japanese: the app's
 * WenQuanYi Micro Hei). Text is drawn in runs: each character in the main font when it has a glyph for it, else in
 * the script font, else as "?" — so a Chinese shop name on an English till, or a whole Chinese report, never stops a
 * PDF. The script font is read only for a document that needs it.
 *
 * @param script a TrueType font or collection ({@code .ttc}, its first font) for what the main fonts lack; may be null
 */
public record PdfFonts(Supplier<InputStream> regular, Supplier<InputStream> bold, Supplier<InputStream> script) {

    /** The bundled CJK font, shared with the screens (ui/fonts). */
    static final String SCRIPT_FONT = "/app/mixpos/ui/fonts/wqy-microhei.ttc";

    public PdfFonts {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
    }

    public PdfFonts(Supplier<InputStream> regular, Supplier<InputStream> bold) {
        this(regular, bold, null);
    }

    /** DejaVu Sans and DejaVu Sans Bold, from the app's jar, with the bundled Chinese/Japanese font behind them. */
    public static PdfFonts dejaVu() {
        return new PdfFonts(() -> resource("fonts/DejaVuSans.ttf"), () -> resource("fonts/DejaVuSans-Bold.ttf"),
                () -> resource(SCRIPT_FONT));
    }

    /** Both weights from one TrueType font, with no script font behind it. */
    public static PdfFonts of(Supplier<InputStream> font) {
        return new PdfFonts(font, font, null);
    }

    /** The fonts loaded into {@code doc}, to be embedded with the glyphs used. */
    public Loaded load(PDDocument doc) {
        return new Loaded(doc, face(doc, regular), face(doc, bold), script);
    }

    private static Face face(PDDocument doc, Supplier<InputStream> source) {
        try (InputStream in = source.get()) {
            TrueTypeFont ttf = parse(in);
            return new Face(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the PDF font", e);
        }
    }

    /** A TrueType font, or the first font of a collection. Left open: the subset is cut from it when saving. */
    private static TrueTypeFont parse(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        boolean collection = bytes.length > 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';
        if (!collection) {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }
        List<TrueTypeFont> fonts = new ArrayList<>();
        new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes)).processAllFonts(fonts::add);
        if (fonts.isEmpty()) {
            throw new IOException("The font collection holds no font");
        }
        return fonts.get(0);
    }

    /** A font as loaded into a document, with its character map to ask whether it draws a character. */
    private record Face(PDType0Font font, CmapLookup cmap) {
        boolean draws(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }

    /** The fonts as loaded into one document: draws and measures text with the script font behind the main ones. */
    public static final class Loaded {

        private final PDDocument doc;
        private final Face regular;
        private final Face bold;
        private final Supplier<InputStream> scriptSource;
        private Face script;
        private boolean scriptTried;

        private Loaded(PDDocument doc, Face regular, Face bold, Supplier<InputStream> scriptSource) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            this.scriptSource = scriptSource;
        }

        public PDType0Font regular() {
            return regular.font();
        }

        public PDType0Font bold() {
            return bold.font();
        }

        /** Draws {@code text} with its baseline at ({@code x}, {@code y}) in {@code font} (regular or bold). */
        public void show(PDPageContentStream cs, PDFont font, float size, String text, float x, float y)
                throws IOException {
            cs.beginText();
            cs.newLineAtOffset(x, y);
            for (Run run : runs(font, text)) {
                cs.setFont(run.face().font(), size);
                cs.showText(run.text());
            }
            cs.endText();
        }

        /** The width of {@code text} at {@code size} points, as {@link #show} draws it. */
        public float width(PDFont font, float size, String text) throws IOException {
            float units = 0;
            for (Run run : runs(font, text)) {
                units += run.face().font().getStringWidth(run.text());
            }
            return units / 1000f * size;
        }

        private record Run(Face face, String text) {
        }

        private List<Run> runs(PDFont font, String text) {
            Face main = font == bold.font() ? bold : regular;
            List<Run> runs = new ArrayList<>();
            StringBuilder chunk = new StringBuilder();
            Face current = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    cp = ' ';
                }
                Face face = main;
                if (!main.draws(cp)) {
                    Face s = script();
                    if (s != null && s.draws(cp)) {
                        face = s;
                    } else {
                        cp = '?';
                    }
                }
                if (face != current && chunk.length() > 0) {
                    runs.add(new Run(current, chunk.toString()));
                    chunk.setLength(0);
                }
                current = face;
                chunk.appendCodePoint(cp);
            }
            if (chunk.length() > 0) {
                runs.add(new Run(current, chunk.toString()));
            }
            return runs;
        }

        private Face script() {
            if (!scriptTried) {
                scriptTried = true;
                if (scriptSource != null) {
                    script = face(doc, scriptSource);
                }
            }
            return script;
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PdfFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The font " + name + " is missing from the app's jar");
        }
        return in;
    }
}
