package app.mixpos.receipts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outbox (schema version 5): one row per change, written in the transaction of the change itself, numbered
 * 1, 2, 3 ... per till with no gap. It is the only path from the log to a store database; a sender reads it in
 * order and moves the till's acknowledged high-water mark once the store has committed.
 */
public final class Outbox {

    /** A sale recorded or changed: its new {@code sale_events} row and the {@code sales} row after it. */
    public static final String SALE_EVENT = "sale_event";

    /** A Z report closing a till's period: its {@code z_reports} row as stored (with its hash and prev hash). */
    public static final String Z_REPORT = "z_report";

    private static final JsonFactory JSON = new JsonFactory();
    private static final String Z_ROW = "SELECT * FROM z_reports WHERE till_id = ? AND number = ?";

    private static final String EVENT = "SELECT e.*, s.order_id FROM sale_events e JOIN sales s ON s.id = e.sale_id "
            + "WHERE e.id = ?";
    private static final String SALE = "SELECT s.* FROM sales s JOIN sale_events e ON e.sale_id = s.id WHERE e.id = ?";
    private static final String LAST = "SELECT last_seq FROM outbox_tills WHERE till_id = ?";
    private static final String INSERT = "INSERT INTO outbox (till_id, seq, kind, payload, created_at) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final String ADVANCE = "INSERT INTO outbox_tills (till_id, last_seq) VALUES (?, ?) "
            + "ON CONFLICT (till_id) DO UPDATE SET last_seq = excluded.last_seq";
    private static final String AFTER = "SELECT seq, kind, payload, created_at FROM outbox "
            + "WHERE till_id = ? AND seq > ? ORDER BY seq LIMIT ?";
    private static final String POSITION = "SELECT last_seq, acked_seq FROM outbox_tills WHERE till_id = ?";
    private static final String ACK = "UPDATE outbox_tills SET acked_seq = max(acked_seq, ?), acked_at = ? "
            + "WHERE till_id = ? AND ? <= last_seq";
    private static final String PRUNE = "DELETE FROM outbox WHERE till_id = ? AND seq <= "
            + "(SELECT acked_seq FROM outbox_tills WHERE till_id = ?)";

    /** One change waiting in (or delivered from) the outbox. */
    public record Entry(String tillId, long seq, String kind, String payload, String createdAt) {
    }

    /** A till's outbox: the last change written and the last one the store acknowledged. */
    public record Position(String tillId, long lastSeq, long acknowledgedSeq) {
        /** Changes written but not yet acknowledged. */
        public long waiting() {
            return lastSeq - acknowledgedSeq;
        }
    }

    private Outbox() {
    }

    /**
     * Adds the next row of {@code tillId}'s outbox on {@code c}, inside the caller's transaction: the caller's change
     * and this row commit or roll back together. Any kind of record may use it (a Z report closing a period).
     *
     * @return the row's sequence number
     */
    public static long append(Connection c, String tillId, String kind, String payload, String createdAt)
            throws SQLException {
        long seq = lastSeq(c, tillId) + 1;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, tillId);
            ps.setLong(2, seq);
            ps.setString(3, kind);
            ps.setString(4, payload);
            ps.setString(5, createdAt);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(ADVANCE)) {
            ps.setString(1, tillId);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
        return seq;
    }

    /** Puts the event {@code eventId} (already chained) and its sale's row after it in its till's outbox. */
    static long appendSaleEvent(Connection c, long eventId) throws SQLException {
        Map<String, Object> event = row(c, EVENT, eventId);
        Map<String, Object> sale = row(c, SALE, eventId);
        String tillId = String.valueOf(event.get("till_id"));
        return append(c, tillId, SALE_EVENT, saleEventPayload(event, sale), String.valueOf(event.get("at")));
    }

    /**
     * Adds Z report {@code number} of {@code tillId} to the outbox, inside the transaction that closed it:
     * {@code {"z_report":{...}}}, the row's columns with their names sorted.
     */
    static long appendZReport(Connection c, String tillId, long number) throws SQLException {
        Map<String, Object> row = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(Z_ROW)) {
            ps.setString(1, tillId);
            ps.setLong(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("Z report " + number + " of till " + tillId + " is not in the log");
                }
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
            }
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("z_report");
            write(g, row);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return append(c, tillId, Z_REPORT, out.toString(), String.valueOf(row.get("closed_at")));
    }

    /** Every event already in the log, in id order; migration V5's step. */
    static void backfill(Connection c, String openingTill) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM sale_events ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            appendSaleEvent(c, id);
        }
    }

    static List<Entry> after(Connection c, String tillId, long afterSeq, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AFTER)) {
            ps.setString(1, tillId);
            ps.setLong(2, afterSeq);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(new Entry(tillId, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
                return entries;
            }
        }
    }

    static Position position(Connection c, String tillId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(POSITION)) {
            ps.setString(1, tillId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Position(tillId, rs.getLong(1), rs.getLong(2)) : new Position(tillId, 0, 0);
            }
        }
    }

    /** Moves the high-water mark up to {@code seq} (never down, never past the last row written). */
    static void acknowledge(Connection c, String tillId, long seq, String at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ACK)) {
            ps.setLong(1, seq);
            ps.setString(2, at);
            ps.setString(3, tillId);
            ps.setLong(4, seq);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("till " + tillId + " has no outbox row " + seq + " to acknowledge");
            }
        }
    }

    /** Deletes the rows the store acknowledged; returns how many. */
    static int prune(Connection c, String tillId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PRUNE)) {
            ps.setString(1, tillId);
            ps.setString(2, tillId);
            return ps.executeUpdate();
        }
    }

    private static long lastSeq(Connection c, String tillId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LAST)) {
            ps.setString(1, tillId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The row as column name → value (text, whole number or null), names sorted: the canonical order. */
    private static Map<String, Object> row(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("event " + id + " or its sale is not in the log");
                }
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    /** {@code {"event":{...},"sale":{...}}}, keys sorted, no whitespace: the same change is always the same text. */
    static String saleEventPayload(Map<String, Object> event, Map<String, Object> sale) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("event");
            write(g, event);
            g.writeFieldName("sale");
            write(g, sale);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Map<String, Object> row) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> field : new TreeMap<>(row).entrySet()) {
            Object value = field.getValue();
            g.writeFieldName(field.getKey());
            if (value == null) {
                g.writeNull();
            } else if (value instanceof Integer || value instanceof Long) {
                g.writeNumber(((Number) value).longValue());
            } else {
                g.writeString(value.toString());
            }
        }
        g.writeEndObject();
    }
}
