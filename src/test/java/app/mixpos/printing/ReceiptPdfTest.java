package app.mixpos.printing;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.export.PdfChecks;
import app.mixpos.export.PdfFonts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptPdfTest {

    private static final TestWords WORDS = new TestWords();

    @Test
    void aReceiptPdfHasTheSalesFactsAnEmbeddedFontAndAQrThatScans() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(Receipts.paidWithSurplus().asCopy(), WORDS, PdfFonts.dejaVu(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Corner Café").contains("COPY").contains("T7K2M-261202-140301-9QX4M")
                    .contains("12.50 USD").contains("13.500131 USDT").contains("1.000010 USDT (refunded)")
                    .contains(Receipts.TRACE.toString().substring(0, 20));
            assertThat(PdfChecks.fontsEmbedded(doc)).isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            assertThat(PdfChecks.inkFraction(page)).isBetween(0.02, 0.6);
            assertThat(EscPosNetworkTest.decode(page)).isEqualTo(Receipts.EXPLORER);
            PdfChecks.keep(page, "receipt.png");
        }
    }

    @Test
    void thePdfFolderSavesEachReceiptUnderItsOrderIdAndACopyBesideIt(@TempDir Path dir) throws Exception {
        PdfFolder folder = new PdfFolder(dir.resolve("receipts"), PdfFonts.dejaVu());
        folder.print(Receipts.paidWithoutTransaction(), WORDS);
        folder.print(Receipts.paidWithoutTransaction().asCopy(), WORDS);
        try (var files = Files.list(dir.resolve("receipts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "receipt-T7K2M-261202-090000-AAAAA.pdf", "receipt-T7K2M-261202-090000-AAAAA-copy.pdf");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNotSaved(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        PdfFolder folder = new PdfFolder(file, PdfFonts.dejaVu());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> folder.print(Receipts.paidWithoutTransaction(), WORDS))
                .isInstanceOfSatisfying(PrintException.class,
                        e -> assertThat(e.problem()).isEqualTo(PrintProblem.NOT_SAVED));
    }
}
