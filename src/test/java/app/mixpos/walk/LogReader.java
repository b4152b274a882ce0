package app.mixpos.walk;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The receipt log read from outside the till, the way README invites an accountant to: a separate, read-only
 * SQLite connection (never any other handle on the file, which would drop SQLite's locks).
 */
final class LogReader implements AutoCloseable {

    /** One row of {@code sales}, as stored. */
    record Row(String orderId, String amount, String symbol, String outcome, String status, String failureCode,
               String surplusStatus) {

        /** The amount as every screen writes it in the walk's language: {@code 1,234.50 USD}, every decimal kept. */
        String money() {
            return WalkLanguage.TEXTS.number(new java.math.BigDecimal(amount)) + " " + symbol;
        }
    }

    private final Connection connection;

    LogReader(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    Optional<Row> sale(String orderId) {
        try (PreparedStatement s = connection.prepareStatement("SELECT order_id, amount, quote_symbol, outcome, "
                + "status, failure_code, surplus_status FROM sales WHERE order_id = ?")) {
            s.setString(1, orderId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading order " + orderId + " from the receipt log failed", e);
        }
    }

    /** The order id of the sale whose id appears in {@code text} (a screen's title), or null. */
    String orderIdIn(String text) {
        try (PreparedStatement s = connection.prepareStatement("SELECT order_id FROM sales WHERE instr(?, order_id) > 0 "
                + "ORDER BY length(order_id) DESC LIMIT 1")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Finding an order id in the receipt log failed", e);
        }
    }

    int count() {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM sales");
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the receipt log's sales failed", e);
        }
    }

    /**
     * Sales created in {@code [from, to)} (UTC text as the log stores times), per quote symbol: how many, and the
     * exact sum of the paid ones' prices, summed here from the stored decimal text.
     */
    java.util.Map<String, java.math.BigDecimal[]> totals(String from, String to) {
        java.util.Map<String, java.math.BigDecimal[]> totals = new java.util.TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT quote_symbol, amount, outcome FROM sales "
                + "WHERE created_at >= ? AND created_at < ?")) {
            s.setString(1, from);
            s.setString(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    java.math.BigDecimal[] t = totals.computeIfAbsent(r.getString(1),
                            k -> new java.math.BigDecimal[] {java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
                    t[0] = t[0].add(java.math.BigDecimal.ONE);
                    if (java.util.Set.of("PAID", "PAID_SURPLUS", "PAID_AFTER_CANCEL").contains(r.getString(3))) {
                        t[1] = t[1].add(new java.math.BigDecimal(r.getString(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Summing the receipt log's sales failed", e);
        }
        return totals;
    }

    /** How many Z reports the till has closed. */
    int zReports() {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM z_reports");
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the Z reports failed", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Closing the outside reader failed", e);
        }
    }
}
