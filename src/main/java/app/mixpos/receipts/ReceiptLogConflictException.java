package app.mixpos.receipts;

/**
 * A change was made from a version of a sale that is no longer the stored one: something else wrote the sale since.
 * Nothing was changed; the writer must read the sale again and decide anew, never overwrite.
 */
public class ReceiptLogConflictException extends ReceiptLogException {

    private final String orderId;
    private final long storedVersion;
    private final long changedFrom;

    public ReceiptLogConflictException(String orderId, long storedVersion, long changedFrom) {
        super("Sale " + orderId + " was changed from version " + changedFrom + ", but the receipt log holds version "
                + storedVersion + ": another write came first. Nothing was changed; read the sale again.");
        this.orderId = orderId;
        this.storedVersion = storedVersion;
        this.changedFrom = changedFrom;
    }

    public String orderId() {
        return orderId;
    }

    public long storedVersion() {
        return storedVersion;
    }

    /** The version the rejected change was made from. */
    public long changedFrom() {
        return changedFrom;
    }
}
