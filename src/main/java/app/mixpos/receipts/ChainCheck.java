package app.mixpos.receipts;

import java.util.Objects;

/**
 * What checking the receipt log's hash chains found.
 *
 * @param events        how many events the log holds, all tills together
 * @param firstBadEvent the id of the first event whose hash does not follow from the events before it in its
 *                      till's chain (or of a missing event); 0 when every chain is intact
 * @param problem       what is wrong there, in words, naming the till; empty when intact
 * @param tillId        the till whose chain is broken; empty when intact, or when the log predates till ids
 */
public record ChainCheck(long events, long firstBadEvent, String problem, String tillId) {

    public ChainCheck {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(tillId, "tillId");
    }

    /** A result without a till: intact, or from a log before till ids (schema 4). */
    public ChainCheck(long events, long firstBadEvent, String problem) {
        this(events, firstBadEvent, problem, "");
    }

    static ChainCheck intact(long events) {
        return new ChainCheck(events, 0, "");
    }

    static ChainCheck brokenAt(long events, long id, String problem) {
        return new ChainCheck(events, id, problem);
    }

    static ChainCheck brokenAt(long events, long id, String tillId, String problem) {
        return new ChainCheck(events, id, "till " + tillId + ": " + problem, tillId);
    }

    /** True when every event's hash follows from the one before. */
    public boolean isIntact() {
        return firstBadEvent == 0;
    }
}
