package app.mixpos.wiring;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.SalePages;

/** The receipt log as the exports read it, a page at a time. */
public final class LogPages {

    private LogPages() {
    }

    public static SalePages of(ReceiptLog log) {
        return new ReceiptLogStore(log);
    }
}
