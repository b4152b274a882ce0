package app.mixpos.receipts;

import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A period's sales a page at a time, by keyset on {@code (created_at, id)} (the {@code sales_by_created_at} index
 * holds both), so page 1,000 costs what page 1 does.
 */
final class SalePageRows {

    static final String COUNT = "SELECT count(*) FROM sales WHERE created_at >= ? AND created_at < ?";
    static final String FIRST = "SELECT *, id AS position FROM sales WHERE created_at >= ? AND created_at < ? "
            + "ORDER BY created_at, id LIMIT ?";
    static final String AFTER = "SELECT *, id AS position FROM sales WHERE created_at >= ? AND (created_at, id) > (?, ?) "
            + "AND created_at < ? "
            + "ORDER BY created_at, id LIMIT ?";

    /** As {@link SaleEvents#SELECT}, without MixPay's raw answers (about 400 bytes an event that exports leave out). */
    static final String WITHOUT_RAW = SaleEvents.SELECT.replace("e.raw_body", "NULL");

    /** One page's sales and the position of the last of them. */
    record Rows(List<SaleSnapshot> sales, Instant lastCreatedAt, long lastPosition) {
    }

    private SalePageRows() {
    }

    static long count(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT)) {
            ps.setString(1, Timestamps.format(from));
            ps.setString(2, Timestamps.format(to));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    static Rows page(Connection c, Instant from, Instant to, Instant afterCreatedAt, Long afterPosition, int limit)
            throws SQLException {
        boolean first = afterCreatedAt == null;
        try (PreparedStatement ps = c.prepareStatement(first ? FIRST : AFTER)) {
            int i = 1;
            ps.setString(i++, Timestamps.format(from));
            if (!first) {
                ps.setString(i++, Timestamps.format(afterCreatedAt));
                ps.setLong(i++, afterPosition);
            }
            ps.setString(i++, Timestamps.format(to));
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<SaleSnapshot> sales = new ArrayList<>();
                Instant last = null;
                long position = 0;
                while (rs.next()) {
                    SaleSnapshot s = SaleRows.read(rs);
                    sales.add(s);
                    last = s.sale().createdAt();
                    position = rs.getLong("position");
                }
                return new Rows(sales, last, position);
            }
        }
    }

    /**
     * The events of the named sales, grouped by sale in the order the names are given, each sale oldest first, without
     * MixPay's raw answers ({@link SaleEvent#rawBody()} is null).
     */
    static List<SaleEvent> eventsOf(Connection c, List<String> orderIds) throws SQLException {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(orderIds.size(), "?"));
        List<SaleEvent> events = SaleEvents.query(c, WITHOUT_RAW + "WHERE s.order_id IN (" + marks
                + ") ORDER BY e.sale_id, e.id", orderIds.toArray());
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        for (int k = 0; k < orderIds.size(); k++) {
            order.putIfAbsent(orderIds.get(k), k);
        }
        List<SaleEvent> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparingInt((SaleEvent e) -> order.get(e.orderId()))
                .thenComparingLong(SaleEvent::id));
        return sorted;
    }
}
