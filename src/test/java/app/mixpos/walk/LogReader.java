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

    int count() {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM sales");
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the receipt log's sales failed", e);
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
