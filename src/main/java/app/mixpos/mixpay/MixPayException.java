package app.mixpos.mixpay;

/**
 * A MixPay call that gave no usable answer. {@link #kind()} says what the caller should do next;
 * {@link #code()} and {@link #mixPayMessage()} carry what MixPay itself said, if it said anything.
 */
public final class MixPayException extends Exception {

    private static final long serialVersionUID = 1L;

    /** How a failed call is to be treated. */
    public enum Kind {
        /** Network fault, timeout, 5xx, a body that is not MixPay's JSON, code {@code -1}: ask again later. */
        TRANSIENT,
        /** Code {@code 1429} or HTTP 429: too many requests; back off. */
        RATE_LIMITED,
        /** MixPay answered with an error code (maintenance, parameter error, …); asking again will not help soon. */
        REJECTED
    }

    private final Kind kind;
    private final int code;
    private final String mixPayMessage;

    /**
     * @param code          MixPay's code, 0 when the failure was not an answer from MixPay
     * @param message       a sentence for the log: what was asked and what went wrong
     * @param mixPayMessage MixPay's own {@code message}, or null
     */
    public MixPayException(Kind kind, int code, String message, String mixPayMessage, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.code = code;
        this.mixPayMessage = mixPayMessage == null ? "" : mixPayMessage;
    }

    /** A failure without an answer from MixPay (network, timeout, a body that is not MixPay's). */
    public static MixPayException transientFault(String message, Throwable cause) {
        return new MixPayException(Kind.TRANSIENT, 0, message, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** MixPay's error code, or 0 when the failure was not an answer from MixPay. */
    public int code() {
        return code;
    }

    /** MixPay's own {@code message} text, empty when there was none. Show it, never branch on it. */
    public String mixPayMessage() {
        return mixPayMessage;
    }
}
