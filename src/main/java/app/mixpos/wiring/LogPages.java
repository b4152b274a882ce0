package app.mixpos.wiring;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.ExportRows;
import app.mixpos.records.SaleQueries;

/** The receipt log as the exports and the lists read it. */
public final class LogPages {

    private LogPages() {
    }

    /** The receipt log as the exports read it, streamed. */
    public static ExportRows of(ReceiptLog log) {
        return new ReceiptLogStore(log);
    }

    /** The receipt log as lists and look-ups read it. */
    public static SaleQueries queries(ReceiptLog log) {
        return new ReceiptLogStore(log);
    }
}
