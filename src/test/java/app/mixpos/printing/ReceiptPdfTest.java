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
    void aChineseReceiptIsDrawnInTheScriptFontWhereDejaVuHasNoGlyph() throws Exception {
        TestWords chinese = new TestWords(app.mixpos.ui.text.Texts.of(java.util.Locale.SIMPLIFIED_CHINESE));
        Receipt receipt = Receipts.withShop(Receipts.paidWithSurplus(), "街角咖啡 Café", java.util.List.of("上海市 南京东路 1号"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(receipt, chinese, PdfFonts.dejaVu(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("街角咖啡 Café").contains("上海市 南京东路 1号")
                    .contains(chinese.get("receipt.order")).contains(chinese.get("receipt.thanks"))
                    .contains("12.50 USD").contains("T7K2M-261202-140301-9QX4M");
            assertThat(PdfChecks.fontsEmbedded(doc)).anyMatch(f -> f.contains("DejaVuSans"))
                    .anyMatch(f -> f.contains("WenQuanYi"));
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            assertThat(EscPosNetworkTest.decode(page)).isEqualTo(Receipts.EXPLORER);
            PdfChecks.keep(page, "receipt-zh.png");
        }
    }

    @Test
    void aCharacterNoFontHasIsAQuestionMarkNotAFailure() throws Exception {
        Receipt receipt = Receipts.withShop(Receipts.paidWithSurplus(), "Shop \uE000 \u0F00", java.util.List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(receipt, WORDS, PdfFonts.dejaVu(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Shop ? ?");
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
