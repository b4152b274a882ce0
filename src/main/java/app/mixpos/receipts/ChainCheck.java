package app.mixpos.receipts;

/**
 * What checking the receipt log's hash chain found.
 *
 * @param events        how many events the log holds
 * @param firstBadEvent the id of the first event whose hash does not follow from the events before it;
 *                      0 when the chain is intact
 * @param problem       what is wrong there, in words; empty when intact
 */
public record ChainCheck(long events, long firstBadEvent, String problem) {

    static ChainCheck intact(long events) {
        return new ChainCheck(events, 0, "");
    }

    static ChainCheck brokenAt(long events, long id, String problem) {
        return new ChainCheck(events, id, problem);
    }

    /** True when every event's hash follows from the one before. */
    public boolean isIntact() {
        return firstBadEvent == 0;
    }
}
