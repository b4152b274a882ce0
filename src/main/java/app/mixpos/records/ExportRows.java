package app.mixpos.records;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The log's rows for an export, streamed as stored: a million sales are written without a million domain objects,
 * and without holding the log for the whole export (a store reads a few thousand sales per read transaction, beside
 * the till's writes). Columns are named as in the log; each row's cells come in one array the source reuses, valid
 * only during the call. What the consumer throws ends the stream.
 */
public interface ExportRows {

    /** What an export of the sales created in {@code [from, to)} covers as of now; later reads stop there. */
    Extent extent(Instant from, Instant to);

    /**
     * The named columns of the sales in {@code extent}, oldest first. Cells are the log's text: times as UTC ISO 8601
     * with milliseconds ({@code 2026-11-21T10:15:30.123Z}), amounts as exact decimal text, empty (or null) for nothing, and
     * {@code reasons} as the canonical coded JSON ({@code []} for none).
     */
    void sales(Extent extent, List<String> columns, Consumer<String[]> row);

    /**
     * The named columns of those sales' events, the sales in the same order, each sale's events oldest first:
     * {@code order_id} is the sale's, {@code event_id} the event's own number; cells as in {@link #sales}.
     */
    void events(Extent extent, List<String> columns, Consumer<String[]> row);

    /** The sales created in {@code [from, to)} as of when it was taken: {@code sales} of them, up to {@code mark}. */
    record Extent(Instant from, Instant to, long sales, long mark) {
    }
}
