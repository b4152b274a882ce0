package app.mixpos.checkout;

/**
 * A change was made from a snapshot that is no longer the stored one: another writer stored a newer version first.
 * The change is not stored; it is a bug (every write of a sale goes through its one owner) and fails loudly.
 */
public final class VersionConflictException extends RuntimeException {

    private final String orderId;
    private final long expected;

    public VersionConflictException(String orderId, long expected, Throwable cause) {
        super("Sale " + orderId + " was changed elsewhere: the change was made from version " + expected
                + ", which is no longer the stored one; nothing was changed", cause);
        this.orderId = orderId;
        this.expected = expected;
    }

    public String orderId() {
        return orderId;
    }

    public long expectedVersion() {
        return expected;
    }
}
