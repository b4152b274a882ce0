package app.mixpos.export;

import app.mixpos.reports.CurrencyLine;
import app.mixpos.reports.Report;
import app.mixpos.reports.TillLine;
import java.io.IOException;

/** A whole-shop X's lines per till on its PDF: each till's sales per currency, a till without sales as such. */
final class ShopPdfLines {

    private static final float TEXT = 9;
    private static final float HEAD = 11;

    private ShopPdfLines() {
    }

    static void write(PdfCursor c, Report r, Words w) throws IOException {
        c.down(8);
        c.need(HEAD * 4);
        c.line(HEAD, true, w.get("pdf.report.perTill"));
        float[] x = {0, 80, 150, 220, 300, 420};
        boolean[] right = {false, false, true, true, true, true};
        c.row(TEXT, true, x, right, w.get("pdf.report.tillColumn"), w.get("pdf.report.currency"),
                w.get("pdf.report.salesCount"), w.get("pdf.report.paidCount"), w.get("pdf.report.paidSum"),
                w.get("pdf.report.openCount"));
        for (TillLine t : r.tills()) {
            if (t.totals().currencies().isEmpty()) {
                c.row(TEXT, false, x, right, t.tillId(), w.get("pdf.report.none"), "", "", "", "");
            }
            for (CurrencyLine l : t.totals().currencies()) {
                c.row(TEXT, false, x, right, t.tillId(), l.symbol(), Long.toString(l.sales()),
                        Long.toString(l.paidSales()), l.paid().toPlainString(), Long.toString(l.openSales()));
            }
        }
    }
}
