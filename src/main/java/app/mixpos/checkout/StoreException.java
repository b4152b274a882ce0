package app.mixpos.checkout;

/**
 * The receipt log could not be read or written ({@link SaleStore} implementations throw it); the log is as it
 * was before the call. Screens tell the cashier in their own words and log this with its cause.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
