package app.mixpos.checkout;

import java.time.Instant;

/**
 * Whether MixPay is answering. While in trouble the watcher keeps asking; sales stay open.
 *
 * @param lastGoodAnswer when MixPay last answered usefully, null if never since start
 * @param problem        what went wrong last, in cashier words; null when fine
 */
public record ConnectionHealth(boolean trouble, Instant lastGoodAnswer, String problem) {

    public static final ConnectionHealth UNKNOWN = new ConnectionHealth(false, null, null);
}
