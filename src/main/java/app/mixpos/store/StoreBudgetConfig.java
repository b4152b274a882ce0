package app.mixpos.store;

import app.mixpos.sale.Sale;
import java.time.Duration;
import java.util.Objects;

/**
 * How one till takes part in its shop's shared MixPay budget.
 *
 * @param address   the budget address: a name for the internet address the shop's tills reach MixPay from (MixPay
 *                  counts its limit per address); every till behind that address must give the same name, the same
 *                  {@code perMinute} and the same {@code tills}
 * @param tillId    this till
 * @param perMinute the most requests all tills behind the address make together in any minute, MixPay's 60 less a
 *                  safety margin (57 leaves room for OkHttp's one retry on a stale connection and clock drift)
 * @param tills     how many tills share the address (at least as many as there are): with the store away each one
 *                  keeps to {@code perMinute / tills}, rounded down, so together they still keep to {@code perMinute}
 * @param timeScale how much faster the till's clock runs than the store server's: 1 in the app; a test running
 *                  the tills, the budget and MixPay on one accelerated clock gives its factor here, and every
 *                  duration the server measures (the window, the leases) is that much shorter in its time
 * @param tokenLife how long a granted request stays usable on the till that leased it, counted from before the
 *                  lease was asked for: it must be longer than a lease takes ({@link #TOKEN_LIFE})
 * @param transit   slack for the time between a request leaving the till and MixPay counting it ({@link #TRANSIT})
 */
public record StoreBudgetConfig(String address, String tillId, int perMinute, int tills, double timeScale,
                                Duration tokenLife, Duration transit) {

    /** MixPay's window. */
    public static final Duration MINUTE = Duration.ofMinutes(1);
    /** How long a granted request stays usable on the till that leased it, by default. */
    public static final Duration TOKEN_LIFE = Duration.ofSeconds(2);
    /** Slack for the time between a request leaving the till and MixPay counting it, by default. */
    public static final Duration TRANSIT = Duration.ofSeconds(1);
    /** How long one lease keeps a till a member of the shared budget. */
    public static final Duration LEASE = Duration.ofSeconds(6);

    public StoreBudgetConfig {
        Objects.requireNonNull(address, "address");
        if (address.isBlank() || address.length() > 100) {
            throw new IllegalArgumentException("a budget address is 1-100 characters, was '" + address + "'");
        }
        if (!Sale.isValidTillId(tillId)) {
            throw new IllegalArgumentException("A till id is 1-8 characters of A-Z 0-9, not " + tillId);
        }
        if (perMinute < 1 || perMinute > 60) {
            throw new IllegalArgumentException("requests per minute must be 1-60, was " + perMinute);
        }
        if (tills < 1 || tills > perMinute) {
            throw new IllegalArgumentException("1 to " + perMinute + " tills can share " + perMinute
                    + " requests a minute (each needs at least one), not " + tills);
        }
        if (!(timeScale >= 1 && timeScale <= 1000)) {
            throw new IllegalArgumentException("time scale must be 1-1000, was " + timeScale);
        }
        if (tokenLife.isNegative() || tokenLife.isZero() || transit.isNegative()) {
            throw new IllegalArgumentException("token life must be positive and transit not negative");
        }
    }

    /** For the app: the store server's time and the till's run at the same pace. */
    public StoreBudgetConfig(String address, String tillId, int perMinute, int tills) {
        this(address, tillId, perMinute, tills, 1, TOKEN_LIFE, TRANSIT);
    }

    /**
     * On a clock {@code factor} times faster than the server's. A lease's real round trip then lasts {@code factor}
     * times longer on the till's clock, so a token's life and the transit slack must grow with it (and the window
     * with them: fewer requests a minute are used, never more).
     */
    public StoreBudgetConfig accelerated(double factor, Duration life, Duration slack) {
        return new StoreBudgetConfig(address, tillId, perMinute, tills, factor, life, slack);
    }

    /** This till's fixed share while the store cannot be reached. */
    public int share() {
        return perMinute / tills;
    }

    /**
     * How long a request counts against the address: a minute, plus how long a granted token may wait on the till,
     * plus the transit to MixPay (63 s by default). Requests granted in any such window are at most {@code perMinute}, so the
     * requests MixPay sees in any minute are too.
     */
    public Duration window() {
        return MINUTE.plus(tokenLife).plus(transit);
    }

    /** A duration of the till's clock in the server's (and the scheduler's real) time. */
    long serverMillis(Duration tillTime) {
        return Math.max(1, Math.round(tillTime.toMillis() / timeScale));
    }

    /** A duration of the server's time on the till's clock. */
    Duration tillTime(long serverMillis) {
        return Duration.ofMillis(Math.round(serverMillis * timeScale));
    }
}
