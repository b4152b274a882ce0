package app.mixpos.shop;

import app.mixpos.records.ShopReportQueries;
import app.mixpos.sale.FlaggedSale;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The whole shop's X report and its closing of the day, read from the store database: every sum is PostgreSQL's
 * exact NUMERIC {@code sum()} over the shop's {@code sales} (three scans of the period on {@code sales_shop_recent}:
 * the tallies per hour or day, till, currency and outcome, with {@code width_bucket} over the period's bounds; what
 * customers paid with; the sales to look at with their count), and the Zs are the tills' own as
 * {@code store_z_reports} (V101) keeps them. The conditions are the receipt log's own (receipts' Tallies), so a
 * till's figures here are its X report's. Calls block up to the pool's timeouts; run them off the FX thread. A
 * failure is a {@link StoreReadException}.
 */
public final class StoreReportQueries implements ShopReportQueries {

    static final String PAID = "outcome IN ('PAID', 'PAID_SURPLUS', 'PAID_AFTER_CANCEL')";
    static final String FLAGGED = "(outcome IN ('CREATING', 'OPEN', 'MISMATCH', 'PAID_AFTER_CANCEL', 'VOID') "
            + "OR surplus_status IN ('pending', 'sending', 'unknown'))";
    private static final String IN_SHOP = " FROM sales WHERE shop_id = ? AND created_at >= ? AND created_at < ?";

    public static final String OUTCOMES_PER = "SELECT width_bucket(created_at, ?::timestamptz[]) AS bucket, "
            + "till_id, quote_asset_id, quote_decimals, max(quote_symbol), outcome, count(*), sum(amount)" + IN_SHOP
            + " GROUP BY bucket, till_id, quote_asset_id, quote_decimals, outcome";
    public static final String PAYMENTS = "SELECT coalesce(payable_symbol, ''), surplus_status, count(*), "
            + "coalesce(sum(payment_amount), 0), coalesce(sum(surplus_amount), 0)" + IN_SHOP + " AND " + PAID
            + " GROUP BY coalesce(payable_symbol, ''), surplus_status ORDER BY 1, 2";
    // the rows to list and, in the same scan, how many there are in all (the window counts before the LIMIT)
    private static final String FLAGGED_ROWS = "SELECT order_id, created_at, amount, quote_symbol, outcome, "
            + "surplus_status, count(*) OVER ()" + IN_SHOP + " AND " + FLAGGED
            + " ORDER BY created_at, till_id, order_id LIMIT ?";
    private static final String TILLS = "SELECT till_id FROM tills WHERE shop_id = ? ORDER BY till_id";
    public static final String ZS = "SELECT till_id, number, opened_at, closed_at, hash, totals FROM store_z_reports "
            + "WHERE shop_id = ? AND closed_at >= ? AND closed_at < ? ORDER BY till_id, number";
    private static final String NOT_CLOSED = "SELECT s.till_id, count(*) FROM sales s LEFT JOIN ("
            + "SELECT till_id, max(closed_at) AS last FROM store_z_reports WHERE shop_id = ? AND closed_at >= ? "
            + "AND closed_at < ? GROUP BY till_id) z ON z.till_id = s.till_id WHERE s.shop_id = ? "
            + "AND s.created_at >= ? AND s.created_at < ? AND (z.last IS NULL OR s.created_at > z.last) "
            + "GROUP BY s.till_id ORDER BY s.till_id";

    private final StoreReads reads;
    private final String shopId;

    /**
     * @param store  the store database's pool
     * @param shopId the shop whose tills are reported
     */
    public StoreReportQueries(DataSource store, String shopId) {
        this.reads = new StoreReads(store);
        this.shopId = Objects.requireNonNull(shopId, "shopId");
    }

    @Override
    public List<List<TillTally>> outcomesPerTill(List<Instant> bounds) {
        if (bounds.size() < 2) {
            return List.of();
        }
        List<List<TillTally>> per = new ArrayList<>();
        for (int i = 1; i < bounds.size(); i++) {
            per.add(new ArrayList<>());
        }
        Instant from = bounds.get(0);
        Instant to = bounds.get(bounds.size() - 1);
        reads.query("the shop's sales from " + from + " to " + to, OUTCOMES_PER, (c, ps) -> {
            ps.setArray(1, c.createArrayOf("text", bounds.stream().map(Instant::toString).toArray()));
            inShop(ps, 2, from, to);
        }, rs -> {
            per.get(rs.getInt(1) - 1).add(new TillTally(rs.getString(2), tally(rs, 3)));
            return null;
        });
        return per.stream().map(List::copyOf).toList();
    }

    @Override
    public List<PaymentTally> payments(Instant from, Instant to) {
        return reads.query("what the shop's customers paid with", PAYMENTS, (c, ps) -> inShop(ps, 1, from, to),
                rs -> new PaymentTally(rs.getString(1), surplus(rs.getString(2)), rs.getLong(3),
                        normal(rs.getBigDecimal(4)), normal(rs.getBigDecimal(5))));
    }

    @Override
    public FlaggedSales flagged(Instant from, Instant to, int limit) {
        long[] total = {0};
        List<FlaggedSale> first = reads.query("the shop's sales to look at", FLAGGED_ROWS, (c, ps) -> {
            inShop(ps, 1, from, to);
            ps.setInt(4, limit);
        }, rs -> {
            total[0] = rs.getLong(7);
            return new FlaggedSale(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getBigDecimal(3),
                    rs.getString(4), Outcome.valueOf(rs.getString(5)), surplus(rs.getString(6)));
        });
        return first.isEmpty() ? FlaggedSales.NONE : new FlaggedSales(first, Math.max(total[0], first.size()));
    }

    @Override
    public List<String> tills() {
        return reads.query("the shop's tills", TILLS, (c, ps) -> ps.setString(1, shopId), rs -> rs.getString(1));
    }

    @Override
    public List<StoredZ> zReports(Instant from, Instant to) {
        return reads.query("the shop's Z reports", ZS, (c, ps) -> inShop(ps, 1, from, to),
                rs -> new StoredZ(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), ZFigures.sales(rs.getString(6)),
                        ZFigures.adjustments(rs.getString(6))));
    }

    @Override
    public List<TillCount> salesNotClosed(Instant from, Instant to) {
        return reads.query("the shop's sales not closed", NOT_CLOSED, (c, ps) -> {
            inShop(ps, 1, from, to);
            inShop(ps, 4, from, to);
        }, rs -> new TillCount(rs.getString(1), rs.getLong(2)));
    }

    private void inShop(PreparedStatement ps, int first, Instant from, Instant to) throws SQLException {
        ps.setString(first, shopId);
        ps.setTimestamp(first + 1, Timestamp.from(from));
        ps.setTimestamp(first + 2, Timestamp.from(to));
    }

    /** Columns from {@code first}: asset id, decimals, symbol, outcome, count, exact sum. */
    private static OutcomeTally tally(ResultSet rs, int first) throws SQLException {
        int decimals = rs.getInt(first + 1);
        BigDecimal sum = rs.getBigDecimal(first + 5);
        return new OutcomeTally(rs.getString(first), rs.getString(first + 2), decimals,
                Outcome.valueOf(rs.getString(first + 3)), rs.getLong(first + 4),
                sum.scale() < decimals ? sum.setScale(decimals) : sum);
    }

    static SurplusStatus surplus(String stored) {
        return SurplusStatus.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    /** As the receipt log gives what customers paid: no trailing zeros, never in exponent form. */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
