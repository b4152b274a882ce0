package app.mixpos.export;

import app.mixpos.reports.Attention;
import app.mixpos.reports.Chart;
import app.mixpos.reports.CurrencyLine;
import app.mixpos.reports.OutcomeCount;
import app.mixpos.reports.PaymentLine;
import app.mixpos.reports.Report;
import app.mixpos.reports.SettledLine;
import app.mixpos.reports.Totals;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * An X or Z report as an A4 PDF, in an embedded font: the period, per currency the sales and what was paid (exact
 * decimals as stored), counts per outcome, what customers paid with and the surplus refunds, a Z's adjustments,
 * sales per hour (a day) or per day (a range) as bars drawn on the page, and the sales that need attention.
 */
public final class ReportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final float TEXT = 9;
    private static final float HEAD = 11;
    private static final float CHART_HEIGHT = 130;
    private static final Color PAID = new Color(0x2e, 0x7d, 0x32);
    private static final Color OTHER = new Color(0xb0, 0xbe, 0xc5);

    private ReportPdf() {
    }

    public static void write(Report report, Words words, PdfFonts fonts, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (PdfCursor c = new PdfCursor(doc, fonts.load(doc))) {
                header(c, report, words);
                currencies(c, words.get("pdf.report.sales"), report.totals(), words);
                outcomes(c, report.totals(), words);
                payments(c, report.totals(), words);
                settled(c, report.totals(), words);
                if (report.isWholeShop()) {
                    ShopPdfLines.write(c, report, words);
                }
                if (report.hasAdjustments()) {
                    currencies(c, words.get("pdf.report.adjustments"), report.adjustments(), words);
                    outcomes(c, report.adjustments(), words);
                }
                chart(c, report.chart(), words);
                attention(c, report, words);
            }
            doc.getDocumentInformation().setTitle(title(report, words));
            doc.save(out);
        }
    }

    static String title(Report r, Words words) {
        return r.isZ() ? words.get("pdf.report.titleZ", r.number()) : words.get("pdf.report.titleX");
    }

    private static void header(PdfCursor c, Report r, Words w) throws IOException {
        c.line(18, true, title(r, w));
        c.down(4);
        String till = r.tillId().isEmpty() ? w.get("pdf.report.allTills") : r.tillId();
        String from = WHEN.format(r.period().from().atZone(r.period().zone()));
        String to = WHEN.format(r.period().to().atZone(r.period().zone()));
        c.line(TEXT, false, w.get("pdf.report.till", till));
        c.line(TEXT, false, w.get("pdf.report.period", from, to, r.period().zone().getId()));
        c.line(TEXT, false, w.get("pdf.report.madeAt", WHEN.format(r.madeAt().atZone(r.period().zone()))));
        if (r.isZ() && !r.hash().isEmpty()) {
            c.line(7, false, w.get("pdf.report.hash", r.hash()));
        }
    }

    private static void currencies(PdfCursor c, String heading, Totals t, Words w) throws IOException {
        section(c, heading);
        float[] x = {0, 90, 160, 240, 360, 430};
        boolean[] right = {false, true, true, true, true, true};
        c.row(TEXT, true, x, right, w.get("pdf.report.currency"), w.get("pdf.report.salesCount"),
                w.get("pdf.report.paidCount"), w.get("pdf.report.paidSum"), w.get("pdf.report.openCount"),
                w.get("pdf.report.openSum"));
        if (t.currencies().isEmpty()) {
            c.line(TEXT, false, w.get("pdf.report.none"));
        }
        for (CurrencyLine l : t.currencies()) {
            c.row(TEXT, false, x, right, l.symbol(), Long.toString(l.sales()), Long.toString(l.paidSales()),
                    plain(l.paid()), Long.toString(l.openSales()), plain(l.open()));
        }
    }

    private static void outcomes(PdfCursor c, Totals t, Words w) throws IOException {
        if (t.outcomes().isEmpty()) {
            return;
        }
        c.down(4);
        float[] x = {0, 160};
        boolean[] right = {false, true};
        c.row(TEXT, true, x, right, w.get("pdf.report.outcome"), w.get("pdf.report.salesCount"));
        for (OutcomeCount o : t.outcomes()) {
            c.row(TEXT, false, x, right, w.get("common.outcome." + o.outcome().name()), Long.toString(o.count()));
        }
    }

    private static void payments(PdfCursor c, Totals t, Words w) throws IOException {
        section(c, w.get("pdf.report.payments"));
        float[] x = {0, 60, 110, 220, 320, 410};
        boolean[] right = {false, true, true, true, true, true};
        c.row(TEXT, true, x, right, w.get("pdf.report.asset"), w.get("pdf.report.paidCount"),
                w.get("pdf.report.received"), w.get("pdf.report.refunded"), w.get("pdf.report.pending"),
                w.get("pdf.report.expired"));
        if (t.payments().isEmpty()) {
            c.line(TEXT, false, w.get("pdf.report.none"));
        }
        for (PaymentLine p : t.payments()) {
            c.row(TEXT, false, x, right, p.symbol(), Long.toString(p.paidSales()), plain(p.received()),
                    plain(p.surplusRefunded()), plain(p.surplusPending()), plain(p.surplusExpired()));
        }
    }

    private static void settled(PdfCursor c, Totals t, Words w) throws IOException {
        section(c, w.get("pdf.report.settled"));
        float[] x = {0, 60, 110, 220};
        boolean[] right = {false, true, true, false};
        c.row(TEXT, true, x, right, w.get("pdf.report.asset"), w.get("pdf.report.paidCount"),
                w.get("pdf.report.settledSum"), "");
        if (t.settled().isEmpty()) {
            c.line(TEXT, false, w.get("pdf.report.none"));
        }
        for (SettledLine s : t.settled()) {
            c.row(TEXT, false, x, right, s.symbol(), Long.toString(s.paidSales()), plain(s.settled()), "");
        }
        if (t.settlePending() > 0) {
            c.line(TEXT, false, w.get("pdf.report.settlePending", t.settlePending()));
        }
        if (t.settleUnknown() > 0) {
            c.line(TEXT, false, w.get("pdf.report.settleUnknown", t.settleUnknown()));
        }
    }

    /** Bars of sales per hour or day, the paid part of each in green, the rest grey, with the scale's top. */
    private static void chart(PdfCursor c, Chart chart, Words w) throws IOException {
        section(c, w.get(chart.unit() == Chart.Unit.HOUR ? "pdf.report.chartHours" : "pdf.report.chartDays"));
        if (chart.bars().isEmpty() || chart.highest() == 0) {
            c.line(TEXT, false, w.get("pdf.report.none"));
            return;
        }
        c.need(CHART_HEIGHT + 30);
        PDPageContentStream cs = c.stream();
        float left = PdfCursor.MARGIN + 24;
        float width = c.width() - 24;
        float base = c.y() - CHART_HEIGHT - 6;
        float slot = width / chart.bars().size();
        float bar = Math.max(1, slot * 0.7f);
        double scale = CHART_HEIGHT / (double) chart.highest();
        cs.setStrokingColor(Color.GRAY);
        cs.setLineWidth(0.5f);
        cs.moveTo(left, base);
        cs.lineTo(left + width, base);
        cs.stroke();
        int labelEvery = Math.max(1, (int) Math.ceil(chart.bars().size() / 12.0));
        for (int i = 0; i < chart.bars().size(); i++) {
            Chart.Bar b = chart.bars().get(i);
            float x = left + i * slot + (slot - bar) / 2;
            float all = (float) (b.sales() * scale);
            float paid = (float) (b.paid() * scale);
            cs.setNonStrokingColor(OTHER);
            cs.addRect(x, base + paid, bar, all - paid);
            cs.fill();
            cs.setNonStrokingColor(PAID);
            cs.addRect(x, base, bar, paid);
            cs.fill();
            if (i % labelEvery == 0) {
                cs.setNonStrokingColor(Color.BLACK);
                String label = chart.unit() == Chart.Unit.HOUR ? String.format(w.locale(), "%02d", b.start().getHour())
                        : DAY.format(b.start()).substring(5);
                c.show(c.fonts().regular(), 6, label, x, base - 8);
            }
        }
        cs.setNonStrokingColor(Color.BLACK);
        c.show(c.fonts().regular(), 6, Long.toString(chart.highest()), PdfCursor.MARGIN, base + CHART_HEIGHT - 6);
        c.show(c.fonts().regular(), 6, "0", PdfCursor.MARGIN, base);
        c.down(CHART_HEIGHT + 14);
        c.line(7, false, w.get("pdf.report.chartKey"));
    }

    private static void attention(PdfCursor c, Report r, Words w) throws IOException {
        section(c, w.get("pdf.report.attention", r.attentionTotal()));
        if (r.attention().isEmpty()) {
            c.line(TEXT, false, w.get("pdf.report.none"));
            return;
        }
        float[] x = {0, 150, 230, 330};
        boolean[] right = {false, false, true, false};
        for (Attention a : r.attention()) {
            c.row(8, false, x, right, a.orderId(), WHEN.format(a.createdAt().atZone(r.period().zone())),
                    plain(a.amount()) + " " + a.symbol(), w.get("pdf.report.why." + a.why().name()));
        }
        if (r.attentionTotal() > r.attention().size()) {
            c.line(8, false, w.get("pdf.report.more", r.attentionTotal() - r.attention().size()));
        }
    }

    private static void section(PdfCursor c, String heading) throws IOException {
        c.down(8);
        c.need(HEAD * 4);
        c.line(HEAD, true, heading);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
