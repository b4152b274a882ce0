package app.mixpos.printing;

import app.mixpos.export.PdfFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A customer's receipt as a PDF: one page 80 mm wide (a till roll's width), as long as the receipt, with the same
 * lines a receipt printer prints, in an embedded font, and the block-explorer QR as an image.
 */
public final class ReceiptPdf {

    private static final float MM = 72f / 25.4f;
    private static final float WIDTH = 80 * MM;
    private static final float MARGIN = 4 * MM;
    private static final float SIZE = 8f;
    private static final float TITLE = 12f;
    private static final float LEADING = 1.35f;
    private static final float QR = 40 * MM;

    private ReceiptPdf() {
    }

    public static void write(Receipt receipt, ReceiptWords words, PdfFonts fonts, OutputStream out) throws IOException {
        List<ReceiptLayout.Line> lines = ReceiptLayout.lines(receipt, words, ReceiptLayout.WIDE - 6);
        float height = 2 * MARGIN;
        for (ReceiptLayout.Line l : lines) {
            height += heightOf(l);
        }
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Loaded f = fonts.load(doc);
            PDPage page = new PDPage(new PDRectangle(WIDTH, height));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = height - MARGIN;
                for (ReceiptLayout.Line l : lines) {
                    y -= heightOf(l);
                    switch (l.kind()) {
                        case TITLE -> centred(cs, f, f.bold(), TITLE, l.text(), y + 3);
                        case CENTRED -> centred(cs, f, f.regular(), SIZE, l.text(), y + 3);
                        case TEXT -> f.show(cs, f.regular(), SIZE, l.text(), MARGIN, y + 3);
                        case PAIR -> pair(cs, f, f.regular(), SIZE, l, y + 3);
                        case RULE -> {
                            cs.setLineWidth(0.5f);
                            cs.moveTo(MARGIN, y + SIZE * 0.6f);
                            cs.lineTo(WIDTH - MARGIN, y + SIZE * 0.6f);
                            cs.stroke();
                        }
                        case QR -> {
                            PDImageXObject img = LosslessFactory.createFromImage(doc, QrBitmap.of(l.text(), 264));
                            cs.drawImage(img, (WIDTH - QR) / 2, y, QR, QR);
                        }
                        case BLANK -> { }
                    }
                }
            }
            doc.getDocumentInformation().setTitle(words.get("receipt.order") + " " + receipt.orderId());
            doc.save(out);
        }
    }

    private static void pair(PDPageContentStream cs, PdfFonts.Loaded f, PDFont font, float size,
                             ReceiptLayout.Line l, float y) throws IOException {
        f.show(cs, font, size, l.label(), MARGIN, y);
        f.show(cs, font, size, l.value(), WIDTH - MARGIN - f.width(font, size, l.value()), y);
    }

    private static void centred(PDPageContentStream cs, PdfFonts.Loaded f, PDFont font, float size, String text,
                                float y) throws IOException {
        f.show(cs, font, size, text, (WIDTH - f.width(font, size, text)) / 2, y);
    }

    private static float heightOf(ReceiptLayout.Line l) {
        return switch (l.kind()) {
            case TITLE -> TITLE * LEADING;
            case QR -> QR + 2;
            case BLANK -> SIZE;
            default -> SIZE * LEADING;
        };
    }
}
