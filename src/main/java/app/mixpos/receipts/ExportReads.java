package app.mixpos.receipts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rows an export writes, streamed as the log stores them: no {@code SaleSnapshot} per row, no parsing. SQLite
 * joins each row's cells into one text with a unit separator, so a row costs one JDBC call instead of one per column
 * (each is a trip through JNI that cost more than SQLite's own work); a row holding the separator itself, or an event
 * whose reasons must be recognised from an old sentence, is read again column by column by its id. Sales are read by
 * keyset on {@code (created_at, id)} (the {@code sales_by_created_at} index holds both, so no sort), events through
 * {@code sale_events_by_sale}, each sale's oldest first. A statement is restarted after every {@code chunk} sales, so
 * no read transaction lasts long enough to keep the write-ahead log from being checkpointed while the till sells.
 */
final class ExportReads {

    /** Sales read in one read transaction (about a tenth of a second on an idle machine). */
    static final int CHUNK = 10_000;
    static final String EXTENT = "SELECT count(*), max(id) FROM sales WHERE created_at >= ? AND created_at < ?";

    /** The one column the log stores in another form than it exports: coded reasons, made canonical here. */
    private static final String REASONS = "reasons";
    private static final char SEPARATOR = '\u001f';

    private final List<String> columns;
    private final boolean events;
    private final String first;
    private final String after;
    private final String one;
    private final int reasons;
    private final String[] cells;

    /**
     * @param events whether these are event rows ({@code order_id} is the sale's, {@code event_id} the event's
     *               {@code id}, any other name a {@code sale_events} column) or sales rows ({@code sales} columns)
     * @throws IllegalArgumentException when the log has no such column
     */
    ExportReads(Connection c, List<String> columns, boolean events) throws SQLException {
        this.columns = List.copyOf(columns);
        this.events = events;
        Set<String> known = columnsOf(c, events ? "sale_events" : "sales");
        StringBuilder joined = new StringBuilder();
        StringBuilder apart = new StringBuilder();
        for (String column : this.columns) {
            String sql = sql(column, known);
            boolean reasonsOfAnEvent = events && column.equals(REASONS);
            joined.append(joined.length() == 0 ? "" : " || char(31) || ")
                    .append(reasonsOfAnEvent ? "CASE e.chain_format WHEN 1 THEN '[]' ELSE coalesce(e.reasons, '[]') END"
                            : "coalesce(" + sql + ", '')");
            apart.append(apart.length() == 0 ? "" : ", ").append(sql);
        }
        String head = events ? "SELECT s.created_at, s.id, e.id, " : "SELECT created_at, id, id, ";
        String body = events ? " || char(31) || (e.chain_format = 1 AND coalesce(e.detail, '') <> '')"
                + " FROM sales s JOIN sale_events e ON e.sale_id = s.id WHERE " : " FROM sales WHERE ";
        String order = events ? " ORDER BY s.created_at, s.id, e.id" : " ORDER BY created_at, id";
        String table = events ? "s." : "";
        this.first = head + joined + body + range(table, false) + order;
        this.after = head + joined + body + range(table, true) + order;
        this.one = events ? "SELECT " + apart + ", e.chain_format, e.detail, s.trace_id, s.payee_id "
                + "FROM sales s JOIN sale_events e ON e.sale_id = s.id WHERE e.id = ?"
                : "SELECT " + apart + " FROM sales WHERE id = ?";
        this.reasons = this.columns.indexOf(REASONS);
        this.cells = new String[this.columns.size()];
    }

    /** How many sales were created in {@code [from, to)}, and the highest row id among them (0 when none). */
    static long[] extent(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(EXTENT)) {
            ps.setString(1, Timestamps.format(from));
            ps.setString(2, Timestamps.format(to));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private String sql(String column, Set<String> known) {
        if (events && column.equals("order_id")) {
            return "s.order_id";
        }
        if (events && column.equals("event_id")) {
            return "e.id";
        }
        if (!known.contains(column)) {
            throw new IllegalArgumentException("the receipt log's " + (events ? "events" : "sales") + " have no column "
                    + column);
        }
        return events ? "e." + column : column;
    }

    /**
     * The period, or the rest of it after a mark. After a mark the lower bound is the mark's own time, not the
     * period's start: with the period's start SQLite seeks there and steps over every sale before the mark (a
     * quarter of a second per read at a million sales), with the mark's it seeks straight to the mark.
     */
    private static String range(String table, boolean after) {
        String from = after ? table + "created_at >= ? AND (" + table + "created_at, " + table + "id) > (?, ?)"
                : table + "created_at >= ?";
        return from + " AND " + table + "created_at < ? AND " + table + "id <= ?";
    }

    private static Set<String> columnsOf(Connection c, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }

    /**
     * Streams the rows of the sales created in {@code [from, to)} up to row {@code lastId}, restarting after each
     * {@code chunk} sales from where the last read stopped; {@code sink} gets each row's cells in a reused array.
     */
    void stream(Connection c, Instant from, Instant to, long lastId, int chunk, Consumer<String[]> sink)
            throws SQLException {
        String markAt = null;
        long markId = 0;
        boolean more = true;
        try (PreparedStatement byId = c.prepareStatement(one)) {
            while (more) {
                more = false;
                try (PreparedStatement ps = c.prepareStatement(markAt == null ? first : after)) {
                    int p = 1;
                    if (markAt == null) {
                        ps.setString(p++, Timestamps.format(from));
                    } else {
                        ps.setString(p++, markAt);
                        ps.setString(p++, markAt);
                        ps.setLong(p++, markId);
                    }
                    ps.setString(p++, Timestamps.format(to));
                    ps.setLong(p, lastId);
                    try (ResultSet rs = ps.executeQuery()) {
                        int sales = 0;
                        long current = -1;
                        String currentAt = null;
                        while (rs.next()) {
                            long saleId = rs.getLong(2);
                            if (saleId != current) {
                                if (sales == chunk) {
                                    markAt = currentAt;
                                    markId = current;
                                    more = true;
                                    break;
                                }
                                sales++;
                                current = saleId;
                                if (sales == chunk) {
                                    currentAt = rs.getString(1);
                                }
                            }
                            if (!split(rs.getString(4))) {
                                readApart(byId, rs.getLong(3));
                            }
                            sink.accept(cells);
                        }
                    }
                }
            }
        }
    }

    /**
     * Splits a joined row into the cells; false when it cannot be trusted (a value held the separator, or an event's
     * reasons are to be recognised from its sentence), so the row is read again column by column.
     */
    private boolean split(String joined) {
        int fields = cells.length + (events ? 1 : 0);
        int start = 0;
        for (int i = 0; i < fields; i++) {
            boolean last = i == fields - 1;
            int end = joined.indexOf(SEPARATOR, start);
            if (last ? end >= 0 : end < 0) {
                return false;
            }
            end = last ? joined.length() : end;
            if (i < cells.length) {
                cells[i] = joined.substring(start, end);
            } else if (end - start != 1 || joined.charAt(start) != '0') {
                return false;
            }
            start = end + 1;
        }
        if (reasons >= 0 && !cells[reasons].equals("[]")) {
            cells[reasons] = cells[reasons].isEmpty() ? "[]" : ReasonJson.write(ReasonJson.read(cells[reasons]));
        }
        return true;
    }

    /** The row read column by column, with an old event's reasons recognised from the sentence it stored. */
    private void readApart(PreparedStatement byId, long id) throws SQLException {
        byId.setLong(1, id);
        try (ResultSet rs = byId.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("row " + id + " went away during the export");
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = rs.getString(i + 1);
            }
            if (reasons >= 0) {
                cells[reasons] = reasons(rs);
            }
        }
    }

    /**
     * Reasons in the log's canonical JSON, as {@link SaleEvents} and {@link SaleRows} read them: {@code []} for none,
     * an event from before schema version 4 recognised from its sentence.
     */
    private String reasons(ResultSet rs) throws SQLException {
        int legacy = cells.length + 1;
        if (events && rs.getInt(legacy) == HashChain.TEXT_FORMAT) {
            String detail = rs.getString(legacy + 1);
            return detail == null || detail.isEmpty() ? "[]"
                    : ReasonJson.write(LegacyReasons.recognise(detail, rs.getString(legacy + 2), rs.getString(legacy + 3)));
        }
        String stored = rs.getString(reasons + 1);
        return stored == null || stored.equals("[]") ? "[]" : ReasonJson.write(ReasonJson.read(stored));
    }
}
