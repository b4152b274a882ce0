package app.mixpos.receipts;

/**
 * Another program held the receipt log locked for longer than the till waits (SQLite's {@code SQLITE_BUSY} after
 * the busy timeout): nothing was written, and the same write can succeed once that program lets go.
 */
public final class ReceiptLogBusyException extends ReceiptLogException {

    ReceiptLogBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
