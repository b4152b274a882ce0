package app.mixpos.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.reports.CurrencyLine;
import app.mixpos.reports.Report;
import app.mixpos.reports.TillLine;
import app.mixpos.reports.Totals;
import app.mixpos.reports.Reports;
import app.mixpos.testing.LogReports;
import app.mixpos.ui.text.Texts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPdfTest {

    static final Words WORDS = new Words() {
        @Override
        public String get(String key, Object... args) {
            return Texts.english().get(key, args);
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }
    };

    @TempDir
    Path dir;

    private Reports reports(ReceiptLog log) {
        Clock clock = Clock.fixed(ExportLog.T0.plusSeconds(8 * 3600), ZoneOffset.UTC);
        return new Reports(new LogReports(log), new LogReports(log), Runnable::run, clock, ZoneId.of("UTC"), "T1");
    }

    @Test
    void anXReportPdfHasTheTotalsTheChartAndAnEmbeddedFont() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("r.sqlite"), "T1")) {
            ExportLog.fill(log, 60, 400);
            Report x = reports(log).day(LocalDate.of(2026, 11, 21)).join();
            String text = render(x, "x-report.png");
            assertThat(text).contains("X report (nothing closed)").contains("Sales per currency")
                    .contains("Sales per hour").contains("Sales that need attention (" + x.attentionTotal() + ")");
            for (CurrencyLine l : x.totals().currencies()) {
                assertThat(text).contains(l.symbol() + " " + l.sales() + " " + l.paidSales() + " "
                        + l.paid().toPlainString());
            }
            assertThat(x.totals().currencies()).isNotEmpty();
            assertThat(x.totals().settled()).isNotEmpty();
            assertThat(text).contains("What MixPay settled to the shop");
            for (app.mixpos.reports.SettledLine l : x.totals().settled()) {
                assertThat(text).contains(l.symbol() + " " + l.paidSales() + " " + l.settled().toPlainString());
            }
            assertThat(text).contains("Not settled by MixPay yet: " + x.totals().settlePending() + " paid sales.");
        }
    }

    @Test
    void aZReportPdfHasItsNumberAndHash() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("r.sqlite"), "T1")) {
            ExportLog.fill(log, 30, 900);
            Reports reports = reports(log);
            Report z = reports.closeZ(reports.nextZ().join()).join();
            String text = render(z, "z-report.png");
            assertThat(text).contains("Z report no. 1").contains("Receipt log hash: " + z.hash().substring(0, 16));
        }
    }

    @Test
    void aChineseXReportPdfDrawsItsWordsInTheScriptFont() throws Exception {
        Texts zh = Texts.of(Locale.SIMPLIFIED_CHINESE);
        Words chinese = new Words() {
            @Override
            public String get(String key, Object... args) {
                return zh.get(key, args);
            }

            @Override
            public Locale locale() {
                return zh.locale();
            }
        };
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("r.sqlite"), "T1")) {
            ExportLog.fill(log, 40, 400);
            Report x = reports(log).day(LocalDate.of(2026, 11, 21)).join();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportPdf.write(x, chinese, PdfFonts.dejaVu(), out);
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                assertThat(PdfChecks.fontsEmbedded(doc)).anyMatch(f -> f.contains("WenQuanYi"));
                String text = new PDFTextStripper().getText(doc);
                String title = zh.get("pdf.report.sales");
                assertThat(title).matches(".*\\p{IsHan}.*");
                assertThat(text).contains(title).doesNotContain("?");
                PdfChecks.keep(new PDFRenderer(doc).renderImageWithDPI(0, 110), "x-report-zh.png");
            }
        }
    }

    @Test
    void aWholeShopXPdfHasALinePerTillAndSaysWhichTillSoldNothing() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("r.sqlite"), "T1")) {
            ExportLog.fill(log, 60, 400);
            Report x = reports(log).day(LocalDate.of(2026, 11, 21)).join();
            Report shop = new Report(x.kind(), "", 0, x.period(), x.madeAt(), x.totals(), x.adjustments(),
                    x.attention(), x.attentionTotal(), x.chart(), "",
                    List.of(new TillLine("T1", x.totals()), new TillLine("T2", Totals.NONE)));
            String text = render(shop, "x-report-whole-shop.png");
            assertThat(text).contains("Till: all tills").contains("Per till (whole shop)").contains("T2 None.");
            for (CurrencyLine l : x.totals().currencies()) {
                assertThat(text).contains("T1 " + l.symbol() + " " + l.sales() + " " + l.paidSales() + " "
                        + l.paid().toPlainString() + " " + l.openSales());
            }
        }
    }

    private static String render(Report report, String png) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(report, WORDS, PdfFonts.dejaVu(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(PdfChecks.fontsEmbedded(doc)).hasSize(PdfChecks.fontCount(doc) > 1 ? 2 : 1)
                    .allMatch(f -> f.contains("DejaVuSans"));
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            assertThat(PdfChecks.inkFraction(page)).isBetween(0.01, 0.5);
            PdfChecks.keep(page, png);
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
        }
    }
}
