package app.mixpos.training;

/** A way the simulated MixPay misbehaves on purpose; see {@link Faults}. */
public enum Fault {
    /** HTTP 500 with MixPay's envelope, code {@code -1}. */
    HTTP_500,
    /** HTTP 502 with a proxy's HTML page instead of JSON. */
    HTML_ERROR_PAGE,
    /** HTTP 200 with no body at all. */
    EMPTY_BODY,
    /** HTTP 200 with JSON cut off halfway. */
    MALFORMED_JSON,
    /** HTTP 429 with code {@code 1429}, as if the rate limit were exceeded. */
    RATE_LIMITED_1429,
    /** HTTP 200 with MixPay's verbatim code {@code 10008} maintenance answer. */
    MAINTENANCE_10008,
    /** The normal answer, but only after {@link Faults#slowDelay()} of real time (default 8 s). */
    SLOW,
    /** The connection is closed without any response, so the client sees a reset or EOF. */
    CONNECTION_RESET
}
