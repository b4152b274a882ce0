package app.mixpos.store;

import java.time.Instant;
import java.util.List;

/**
 * A till's outbox as the sender sees it (the receipt log's outbox, adapted in the wiring): changes numbered 1, 2,
 * 3 ... with no gap, and the high-water mark the store acknowledged.
 */
public interface ChangeSource {

    /** The till whose outbox this is. */
    String tillId();

    /** The last change written. */
    long lastSeq();

    /** The last change the store acknowledged (0 when none). */
    long acknowledgedSeq();

    /** Up to {@code limit} changes after {@code seq}, in order. */
    List<Change> after(long seq, int limit);

    /** Records that the store committed every change up to {@code seq}; called only after the store's commit. */
    void acknowledge(long seq, Instant at);

    /** One change: its sequence number, what kind of record it is, and its payload as the till wrote it. */
    record Change(long seq, String kind, String payload) {
    }
}
