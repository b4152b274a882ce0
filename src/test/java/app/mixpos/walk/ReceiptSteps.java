package app.mixpos.walk;

import static javafx.scene.input.KeyCode.P;

import app.mixpos.sale.SaleSnapshot;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The receipt key in a walk: P on a sale's result prints its receipt, P in recent sales a COPY of the selected sale's,
 * through the real printing desk into a PDF folder. After each: the cashier is told it printed, the PDF of that sale
 * is there and is a PDF, and the sale in the receipt log is as it was.
 */
final class ReceiptSteps {

    private ReceiptSteps() {
    }

    /** P on the result screen. */
    static void printShown(Walk w) throws Exception {
        Till t = w.till;
        SaleSnapshot shown = Till.fx(() -> t.model.current().facing());
        w.expect(shown != null, "a result is on screen with its sale facing the customer");
        if (shown == null) {
            return;
        }
        var before = t.log.sale(shown.orderId()).map(r -> r.amount() + " " + r.symbol() + " " + r.outcome());
        Path pdf = t.receipts().resolve("receipt-" + shown.orderId() + ".pdf");
        Files.deleteIfExists(pdf);
        t.key(P);
        printed(w, "result-receipt", pdf);
        var after = t.log.sale(shown.orderId()).map(r -> r.amount() + " " + r.symbol() + " " + r.outcome());
        w.expect(before.equals(after), "printing leaves the sale as it was in the log (" + before + ", now " + after
                + ")");
    }

    /** P in recent sales: a copy of the selected sale's receipt. */
    static void printCopy(Walk w) throws Exception {
        Till t = w.till;
        String title = Till.fx(() -> t.visible("detail-title") ? t.text("detail-title") : null);
        String order = title == null ? null : t.log.orderIdIn(title);
        if (order == null) {
            t.key(P);
            t.settle();
            return;
        }
        Path pdf = t.receipts().resolve("receipt-" + order + "-copy.pdf");
        Files.deleteIfExists(pdf);
        t.key(P);
        printed(w, "history-message", pdf);
    }

    private static void printed(Walk w, String messageId, Path pdf) throws Exception {
        Till t = w.till;
        String done = WalkLanguage.TEXTS.get("receipt.printed");
        t.settle();
        t.waitFx("the receipt to be printed", () -> done.equals(t.text(messageId)));
        w.expect(Files.isRegularFile(pdf), "P saved " + pdf.getFileName());
        if (Files.isRegularFile(pdf)) {
            try (InputStream in = Files.newInputStream(pdf)) {
                w.expect(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
                        pdf.getFileName() + " is a PDF");
            }
        }
    }
}
