package app.mixpos.wiring;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.SalePages;
import app.mixpos.records.SaleQueries;

/** The receipt log as the exports read it, a page at a time. */
public final class LogPages {

    private LogPages() {
    }

    public static SalePages of(ReceiptLog log) {
        return new ReceiptLogStore(log);
    }

    /** The receipt log as lists and look-ups read it. */
    public static SaleQueries queries(ReceiptLog log) {
        return new ReceiptLogStore(log);
    }
}
