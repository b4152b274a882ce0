package app.mixpos.receipts;

/** The receipt log could not be opened, read or written. The log is left as it was before the call. */
public class ReceiptLogException extends RuntimeException {

    public ReceiptLogException(String message) {
        super(message);
    }

    public ReceiptLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
