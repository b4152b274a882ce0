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
 * @param firstBadZ     the number of the till's first Z report that was changed, removed or does not follow from
 *                      the events and Zs before it; 0 when every Z is intact (the events' chains are checked first)
 */
public record ChainCheck(long events, long firstBadEvent, String problem, String tillId, long firstBadZ) {

    public ChainCheck {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(tillId, "tillId");
    }

    public ChainCheck(long events, long firstBadEvent, String problem, String tillId) {
        this(events, firstBadEvent, problem, tillId, 0);
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

    static ChainCheck brokenZ(long events, String tillId, long number, String problem) {
        return new ChainCheck(events, 0, "till " + tillId + ": Z report " + number + " " + problem, tillId, number);
    }

    /** True when every event's hash follows from the one before, and every Z report from the ones before it. */
    public boolean isIntact() {
        return firstBadEvent == 0 && firstBadZ == 0;
    }
}
