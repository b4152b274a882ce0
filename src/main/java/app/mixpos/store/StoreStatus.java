package app.mixpos.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What a till's store sender is doing, for a screen to show: whether the store database was reachable at the last
 * try, how many changes wait in the till's outbox, how many conflicts the store holds for this till, and the last
 * problem as a code (a screen words it; {@code detail} is for the log, never for the cashier).
 *
 * @param reachability    whether the last try reached the store
 * @param waiting         changes written on the till and not yet acknowledged by the store
 * @param conflicts       conflicts the store keeps for this till (same key other content, broken chain links)
 * @param problem         why the last try failed, {@link Problem#NONE} when it did not
 * @param detail          the last failure's technical detail (never a password); empty when none
 * @param lastDeliveredAt when the store last acknowledged changes, or null
 * @param lastTryAt       when the sender last tried, or null before its first try
 */
public record StoreStatus(Reachability reachability, long waiting, long conflicts, Problem problem, String detail,
                          Instant lastDeliveredAt, Instant lastTryAt) {

    /** Whether the store answered the last time the sender asked. */
    public enum Reachability { NOT_YET_TRIED, REACHABLE, UNREACHABLE }

    /** Why the last try failed: a code, worded by whoever shows it. */
    public enum Problem {
        NONE,
        /** No answer from the server (down, wrong address, network) within the timeouts. */
        UNREACHABLE,
        /** The server refused the till's login (role or password). */
        LOGIN_REFUSED,
        /** The store's schema is older than this till and the till's role may not update it. */
        SCHEMA,
        /** The store has no till with this till's id (the owner has not registered it). */
        TILL_NOT_REGISTERED,
        /** The store refused a change (out of order, not this role's till); the detail says which. */
        REFUSED,
        /** The till's own receipt log could not be read or written. */
        LOCAL_LOG,
        /** Anything else; the detail says what. */
        OTHER
    }

    public StoreStatus {
        Objects.requireNonNull(reachability, "reachability");
        Objects.requireNonNull(problem, "problem");
        detail = detail == null ? "" : detail;
    }

    /** Before the sender's first try. */
    public static StoreStatus initial(long waiting) {
        return new StoreStatus(Reachability.NOT_YET_TRIED, waiting, 0, Problem.NONE, "", null, null);
    }

    public boolean reachable() {
        return reachability == Reachability.REACHABLE;
    }
}
