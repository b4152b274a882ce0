package app.mixpos.shop;

/** A read from the store database that failed: the server down, a timeout, a refused login. */
public final class StoreReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
