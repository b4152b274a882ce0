package app.mixpos.checkout;

/**
 * The receipt log could not be read or written ({@link SaleStore} implementations throw it); the log is as it
 * was before the call. Screens tell the cashier in their own words and log this with its cause.
 */
public final class StoreException extends RuntimeException {

    private final boolean heldByAnotherProgram;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param heldByAnotherProgram another program held the log locked longer than the till waits: the same write
     *                             can succeed as soon as it lets go
     */
    public StoreException(String message, Throwable cause, boolean heldByAnotherProgram) {
        super(message, cause);
        this.heldByAnotherProgram = heldByAnotherProgram;
    }

    public boolean heldByAnotherProgram() {
        return heldByAnotherProgram;
    }
}
