package app.mixpos.export;

import java.time.ZoneId;
import java.util.List;

/**
 * The documented column sets of the two CSV files (README, "Exports"), in one place. A column is named as in the
 * receipt log (the header is the log's column name, so an accountant can match them with the log's schema) and says
 * how its stored value becomes a cell. Adding a column is one line here (and a row in README's table): a new
 * {@code sales} column of the log, say {@code number("settle_amount")}, is read and written with no other change.
 * Changing a column is a change of the file format: add at the end, never rename.
 */
final class SaleColumns {

    /** How a stored value becomes a cell (see {@link Cells}). */
    enum Kind { TEXT, PLAIN, NUMBER, TIME }

    /** A column: the log's name for it, which is also its header, and how its cells are written. */
    record Column(String name, Kind kind) {
    }

    static final List<Column> SALES = List.of(
            text("order_id"),
            text("till_id"),
            time("created_at"),
            plain("outcome"),
            number("amount"),
            text("quote_symbol"),
            text("quote_asset_id"),
            number("payment_amount"),
            number("payable_amount"),
            text("payable_symbol"),
            number("surplus_amount"),
            plain("surplus_status"),
            text("status"),
            text("failure_code"),
            text("reasons"),
            plain("trace_id"),
            text("remark"),
            plain("link_mode"),
            text("payment_link"),
            text("settlement_asset_id"),
            text("payee_id"),
            time("expires_at"),
            time("updated_at"),
            plain("version"),
            text("settle_status"),
            number("settle_amount"),
            text("settle_symbol"),
            text("settle_asset_id"));

    static final List<Column> EVENTS = List.of(
            text("order_id"),
            plain("event_id"),
            time("at"),
            text("till_id"),
            text("kind"),
            plain("outcome"),
            text("status"),
            text("reasons"));

    private SaleColumns() {
    }

    private static Column text(String name) {
        return new Column(name, Kind.TEXT);
    }

    /** Written as stored: codes the app writes itself (an outcome, a link mode) and whole numbers. */
    private static Column plain(String name) {
        return new Column(name, Kind.PLAIN);
    }

    private static Column number(String name) {
        return new Column(name, Kind.NUMBER);
    }

    private static Column time(String name) {
        return new Column(name, Kind.TIME);
    }

    static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Turns stored rows into cells, one instance per file and thread: its times remember their last minute (see
     * {@link StoredTimes}).
     */
    static final class Writer {
        private final Kind[] kinds;
        private final StoredTimes[] times;
        private final String[] cells;

        Writer(List<Column> columns, ZoneId zone) {
            kinds = columns.stream().map(Column::kind).toArray(Kind[]::new);
            times = new StoredTimes[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                times[i] = kinds[i] == Kind.TIME ? new StoredTimes(zone) : null;
            }
            cells = new String[kinds.length];
        }

        /** The row's cells, in an array reused for the next row. */
        String[] cells(String[] stored) {
            for (int i = 0; i < cells.length; i++) {
                String v = stored[i];
                cells[i] = switch (kinds[i]) {
                    case TEXT -> Cells.text(v);
                    case PLAIN -> Cells.plain(v);
                    case NUMBER -> Cells.number(v);
                    case TIME -> times[i].cell(v);
                };
            }
            return cells;
        }
    }
}
