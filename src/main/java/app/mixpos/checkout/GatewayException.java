package app.mixpos.checkout;

import java.time.Duration;

/** A MixPay call that gave no usable answer. The kind decides what the watcher does next. */
public final class GatewayException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Checkout's own words for what to do after a failed call, so checkout does not depend on the MixPay client;
     * the gateway adapter maps the client's kinds onto these with an exhaustive switch.
     */
    public enum Kind {
        /** Network fault, timeout, 5xx, a body that is not MixPay's JSON: ask again later. */
        TRANSIENT,
        /** MixPay's {@code 1429}: too many requests; back off. */
        RATE_LIMITED,
        /** MixPay answered with an error code (maintenance, parameter error, …). */
        REJECTED
    }

    private final Kind kind;
    private final int code;

    public GatewayException(Kind kind, int code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    public GatewayException(Kind kind, int code, String message) {
        this(kind, code, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** MixPay's error code, or 0 when the failure was not an answer from MixPay. */
    public int code() {
        return code;
    }

    /** MixPay's {@code 10008}: payments are suspended for maintenance. */
    public boolean isMaintenance() {
        return code == 10008;
    }

    /** A hint for when to try again; the watcher adds its own back-off on top. */
    public Duration suggestedWait() {
        return kind == Kind.RATE_LIMITED ? Duration.ofSeconds(10) : Duration.ofSeconds(2);
    }
}
