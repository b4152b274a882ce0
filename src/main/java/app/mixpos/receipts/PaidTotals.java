package app.mixpos.receipts;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SalesTotal;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sums paid sales per quote asset. Normally SQLite sums {@code amount_minor} from a covering index; when an
 * amount did not fit a 64-bit integer, or a sum overflows, the decimal text is summed here instead.
 */
final class PaidTotals {

    private static final String PAID = Stream.of(Outcome.values()).filter(Outcome::isPaid)
            .map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));
    private static final String RANGE = " FROM sales WHERE created_at >= ? AND created_at < ? AND outcome IN ("
            + PAID + ")";
    static final String FAST = "SELECT quote_asset_id, quote_decimals, max(quote_symbol), sum(amount_minor), "
            + "count(*), count(amount_minor)" + RANGE + " GROUP BY quote_asset_id, quote_decimals";
    private static final String SLOW = "SELECT quote_asset_id, quote_symbol, amount" + RANGE;

    private final Map<String, SalesTotal> totals = new LinkedHashMap<>();

    private PaidTotals() {
    }

    static List<SalesTotal> between(Connection c, Instant from, Instant to) throws SQLException {
        PaidTotals sums = new PaidTotals();
        try {
            if (sums.fast(c, from, to)) {
                return sums.result();
            }
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("integer overflow")) {
                throw e;
            }
        }
        sums = new PaidTotals();
        sums.slow(c, from, to);
        return sums.result();
    }

    private boolean fast(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = range(c, FAST, from, to); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(5) != rs.getLong(6)) {
                    return false;
                }
                add(rs.getString(1), rs.getString(3), BigDecimal.valueOf(rs.getLong(4), rs.getInt(2)), rs.getLong(5));
            }
            return true;
        }
    }

    private void slow(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = range(c, SLOW, from, to); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                add(rs.getString(1), rs.getString(2), new BigDecimal(rs.getString(3)), 1);
            }
        }
    }

    private void add(String assetId, String symbol, BigDecimal amount, long count) {
        totals.merge(assetId.toLowerCase(Locale.ROOT), new SalesTotal(assetId, symbol, amount, count),
                (a, b) -> new SalesTotal(a.quoteAssetId(), a.symbol(), a.total().add(b.total()), a.count() + b.count()));
    }

    private List<SalesTotal> result() {
        List<SalesTotal> list = new ArrayList<>(totals.values());
        list.sort(Comparator.comparing(SalesTotal::symbol).thenComparing(SalesTotal::quoteAssetId));
        return List.copyOf(list);
    }

    private static PreparedStatement range(Connection c, String sql, Instant from, Instant to) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setString(1, Timestamps.format(from));
        ps.setString(2, Timestamps.format(to));
        return ps;
    }
}
