package app.mixpos.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts a PDF embeds (as subsets): DejaVu Sans by default (Bitstream Vera licence, see
 * {@code fonts/DejaVu-LICENSE.txt}), or any other TrueType font for scripts DejaVu lacks (Chinese, Japanese).
 */
public record PdfFonts(Supplier<InputStream> regular, Supplier<InputStream> bold) {

    public PdfFonts {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
    }

    /** DejaVu Sans and DejaVu Sans Bold, from the app's jar. */
    public static PdfFonts dejaVu() {
        return new PdfFonts(() -> resource("fonts/DejaVuSans.ttf"), () -> resource("fonts/DejaVuSans-Bold.ttf"));
    }

    /** Both weights from one TrueType font. */
    public static PdfFonts of(Supplier<InputStream> font) {
        return new PdfFonts(font, font);
    }

    /** The two fonts loaded into {@code doc}, to be embedded with the glyphs used. */
    public Loaded load(PDDocument doc) {
        try (InputStream r = regular.get(); InputStream b = bold.get()) {
            return new Loaded(PDType0Font.load(doc, r, true), PDType0Font.load(doc, b, true));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the PDF font", e);
        }
    }

    /** The fonts as loaded into one document. */
    public record Loaded(PDType0Font regular, PDType0Font bold) {
    }

    private static InputStream resource(String name) {
        InputStream in = PdfFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The font " + name + " is missing from the app's jar");
        }
        return in;
    }
}
