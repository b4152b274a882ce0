package app.mixpos.records;

/**
 * What the till knows of its store database, for the line the cashier sees: whether the store can be reached and
 * how many of this till's changes are still waiting to be sent. Sales never wait on it.
 *
 * @param link      whether the store answers
 * @param waiting   this till's changes recorded but not yet acknowledged by the store
 * @param conflicts changes the store refused because it holds different content under the same key (kept there)
 */
public record StoreState(Link link, long waiting, long conflicts) {

    /** The store's connection as the sender last found it. */
    public enum Link {
        /** Not tried yet (just started). */
        CONNECTING,
        /** The last attempt reached the store. */
        REACHABLE,
        /** The store did not answer (server down, network, timeout). */
        UNREACHABLE,
        /** The store answered but refused this till (wrong password or role, TLS not verified, no such database). */
        REFUSED
    }

    public StoreState {
        java.util.Objects.requireNonNull(link, "link");
        if (waiting < 0 || conflicts < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + waiting + ", " + conflicts);
        }
    }

    /** Before the first attempt. */
    public static final StoreState STARTING = new StoreState(Link.CONNECTING, 0, 0);
}
