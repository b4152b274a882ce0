package app.mixpos.receipts;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only history in {@code sale_events}. New events are written in {@link HashChain#CODED_FORMAT}: reasons
 * as codes, no sentence. Events from before schema version 4 are read with their reasons recognised from the
 * sentence they stored ({@link LegacyReasons}).
 */
final class SaleEvents {

    private static final String APPEND = "INSERT INTO sale_events (sale_id, at, kind, outcome, status, detail, raw_body, "
            + "prev_hash, hash, till_id, reasons, chain_format) "
            + "VALUES ((SELECT id FROM sales WHERE order_id = ?), ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)";

    private static final String FOR_SALE = "SELECT e.id, s.order_id, e.at, e.kind, e.outcome, e.status, e.detail, "
            + "e.raw_body, e.till_id, e.reasons, e.chain_format, s.trace_id, s.payee_id "
            + "FROM sale_events e JOIN sales s ON s.id = e.sale_id WHERE s.order_id = ? ORDER BY e.id";

    private SaleEvents() {
    }

    /**
     * Appends what just happened to the sale, with the state it left behind, chained to its till's last event.
     *
     * @return the new event's id
     */
    static long append(Connection c, String orderId, String tillId, String kind, SaleState state, String rawBody)
            throws SQLException {
        String at = Timestamps.format(state.updatedAt());
        String body = rawBody == null ? "" : rawBody;
        String reasons = ReasonJson.write(state.reasons());
        String previous = HashChain.last(c, tillId);
        String hash = HashChain.codedHash(previous, orderId, at, kind, state.outcome().name(), state.status().wire(),
                null, body, tillId, reasons);
        try (PreparedStatement ps = c.prepareStatement(APPEND)) {
            ps.setString(1, orderId);
            ps.setString(2, at);
            ps.setString(3, kind);
            ps.setString(4, state.outcome().name());
            ps.setString(5, state.status().wire());
            ps.setString(6, body);
            ps.setString(7, previous);
            ps.setString(8, hash);
            ps.setString(9, tillId);
            ps.setString(10, reasons);
            ps.setInt(11, HashChain.CODED_FORMAT);
            ps.executeUpdate();
        }
        long id = lastInsertedId(c);
        HashChain.advanceHead(c, tillId, id, hash);
        return id;
    }

    static List<SaleEvent> forSale(Connection c, String orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FOR_SALE)) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                List<SaleEvent> events = new ArrayList<>();
                while (rs.next()) {
                    List<Reason> reasons = rs.getInt(11) == HashChain.TEXT_FORMAT
                            ? LegacyReasons.recognise(rs.getString(7), rs.getString(12), rs.getString(13))
                            : ReasonJson.read(rs.getString(10));
                    events.add(new SaleEvent(rs.getLong(1), rs.getString(2), Timestamps.parse(rs.getString(3)),
                            rs.getString(4), Outcome.valueOf(rs.getString(5)), rs.getString(6), reasons,
                            rs.getString(8), rs.getString(9)));
                }
                return events;
            }
        }
    }

    private static long lastInsertedId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            if (!rs.next()) {
                throw new SQLException("SQLite gave no id for the event just appended");
            }
            return rs.getLong(1);
        }
    }
}
