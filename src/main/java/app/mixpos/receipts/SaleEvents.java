package app.mixpos.receipts;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The append-only history in {@code sale_events}. */
final class SaleEvents {

    private static final String APPEND = "INSERT INTO sale_events (sale_id, at, kind, outcome, status, detail, raw_body, "
            + "prev_hash, hash) VALUES ((SELECT id FROM sales WHERE order_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String FOR_SALE = "SELECT e.id, s.order_id, e.at, e.kind, e.outcome, e.status, e.detail, "
            + "e.raw_body FROM sale_events e JOIN sales s ON s.id = e.sale_id WHERE s.order_id = ? ORDER BY e.id";

    private SaleEvents() {
    }

    /** Appends what just happened to the sale, with the state it left behind, chained to the last event. */
    static void append(Connection c, String orderId, String kind, SaleState state, String rawBody)
            throws SQLException {
        String at = Timestamps.format(state.updatedAt());
        String body = rawBody == null ? "" : rawBody;
        String previous = HashChain.last(c);
        try (PreparedStatement ps = c.prepareStatement(APPEND)) {
            ps.setString(1, orderId);
            ps.setString(2, at);
            ps.setString(3, kind);
            ps.setString(4, state.outcome().name());
            ps.setString(5, state.status().wire());
            ps.setString(6, state.detail());
            ps.setString(7, body);
            ps.setString(8, previous);
            ps.setString(9, HashChain.hash(previous, orderId, at, kind, state.outcome().name(), state.status().wire(),
                    state.detail(), body));
            ps.executeUpdate();
        }
    }

    static List<SaleEvent> forSale(Connection c, String orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FOR_SALE)) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                List<SaleEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(new SaleEvent(rs.getLong(1), rs.getString(2), Timestamps.parse(rs.getString(3)),
                            rs.getString(4), Outcome.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                            rs.getString(8)));
                }
                return events;
            }
        }
    }
}
