package app.mixpos.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writes down A4 pages: text in columns, a new page when the current one is full. */
final class PdfCursor implements AutoCloseable {

    static final float MARGIN = 48;
    private final PDDocument doc;
    private final PdfFonts.Loaded fonts;
    private PDPageContentStream cs;
    private float y;

    PdfCursor(PDDocument doc, PdfFonts.Loaded fonts) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    PDPageContentStream stream() {
        return cs;
    }

    PdfFonts.Loaded fonts() {
        return fonts;
    }

    /** Makes room for {@code height} points, on a new page when this one has less left. */
    void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void down(float points) {
        y -= points;
    }

    /** One line of cells: each at its column's left edge ({@code x} from the margin), right-aligned when asked. */
    void row(float size, boolean bold, float[] x, boolean[] right, String... cells) throws IOException {
        need(size * 1.5f);
        y -= size * 1.5f;
        PDFont font = bold ? fonts.bold() : fonts.regular();
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "" : cells[i];
            float left = MARGIN + x[i];
            if (right != null && right[i]) {
                float edge = i + 1 < x.length ? MARGIN + x[i + 1] - 6 : MARGIN + width();
                left = edge - fonts.width(font, size, text);
            }
            show(font, size, text, left, y);
        }
    }

    /** A line of text across the page. */
    void line(float size, boolean bold, String text) throws IOException {
        row(size, bold, new float[] {0}, null, text);
    }

    void show(PDFont font, float size, String text, float x, float atY) throws IOException {
        fonts.show(cs, font, size, text, x, atY);
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
