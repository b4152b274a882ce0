package app.mixpos.mixpay;

/** Told the rate-limit headers of every MixPay response that carries them. */
@FunctionalInterface
public interface RateLimitListener {

    /**
     * Called on the thread that made the request; keep it quick and do not throw.
     *
     * @param limit     {@code x-ratelimit-limit}, or -1 when the response did not carry it
     * @param remaining {@code x-ratelimit-remaining}, or -1 when the response did not carry it
     */
    void observed(int limit, int remaining);
}
