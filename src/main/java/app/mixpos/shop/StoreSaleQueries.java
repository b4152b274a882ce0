package app.mixpos.shop;

import app.mixpos.records.ShopQueries;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The whole shop's sales read from the store database (s1's schema, {@code db/store/V1__store.sql}): each query is
 * one statement on an index made for it (recent: {@code sales_shop_recent}; order id and trace id:
 * {@code sales_by_order}, {@code sales_by_trace}; a day's totals: {@code sales_paid_by_shop_day} and
 * {@code sales_paid_by_day}). A till's role sees only its own shop (row-level security); the shop is named in every
 * query as well, so the owner's role reads the same. Calls block up to the pool's timeouts (the store's pool);
 * run them off the FX thread ({@code records.SaleRecords} does). A failure is a {@link StoreReadException}.
 */
public final class StoreSaleQueries implements ShopQueries {

    public static final String RECENT = "SELECT " + StoreRows.COLUMNS + " FROM sales WHERE shop_id = ? "
            + "ORDER BY created_at DESC, order_id DESC LIMIT ?";
    public static final String BY_ORDER = "SELECT " + StoreRows.COLUMNS + " FROM sales WHERE order_id = ? "
            + "AND shop_id = ? ORDER BY updated_at DESC LIMIT 1";
    public static final String BY_TRACE = "SELECT " + StoreRows.COLUMNS + " FROM sales WHERE trace_id = ? "
            + "AND shop_id = ? ORDER BY updated_at DESC LIMIT 1";
    private static final String BETWEEN = "SELECT " + StoreRows.COLUMNS + " FROM sales WHERE shop_id = ? "
            + "AND created_at >= ? AND created_at < ? ORDER BY created_at, order_id";
    public static final String TOTALS = "SELECT quote_asset_id, quote_decimals, max(quote_symbol), sum(amount), "
            + "count(*) FROM sales WHERE paid AND shop_id = ? AND created_at >= ? AND created_at < ? "
            + "GROUP BY quote_asset_id, quote_decimals ORDER BY quote_asset_id";
    public static final String TILL_TOTALS = "SELECT till_id, quote_asset_id, quote_decimals, max(quote_symbol), "
            + "sum(amount), count(*) FROM sales WHERE paid AND shop_id = ? AND created_at >= ? AND created_at < ? "
            + "GROUP BY till_id, quote_asset_id, quote_decimals ORDER BY till_id, quote_asset_id";
    public static final String SHOP_TOTALS = "SELECT shop_id, quote_asset_id, quote_decimals, max(quote_symbol), "
            + "sum(amount), count(*) FROM sales WHERE paid AND created_at >= ? AND created_at < ? "
            + "GROUP BY shop_id, quote_asset_id, quote_decimals ORDER BY shop_id, quote_asset_id";
    private static final String EVENTS = "SELECT e.event_id, e.order_id, e.at, e.kind, e.outcome, e.status, "
            + "e.raw_body, e.till_id, e.reasons, e.chain_format FROM events e WHERE e.order_id = ? AND e.shop_id = ? "
            + "AND e.till_id = (SELECT s.till_id FROM sales s WHERE s.order_id = ? AND s.shop_id = ? "
            + "ORDER BY s.updated_at DESC LIMIT 1) ORDER BY e.event_id";

    private final StoreReads reads;
    private final String shopId;

    /**
     * @param store  the store database's pool
     * @param shopId the shop whose sales are read
     */
    public StoreSaleQueries(DataSource store, String shopId) {
        this.reads = new StoreReads(store);
        this.shopId = Objects.requireNonNull(shopId, "shopId");
    }

    @Override
    public Optional<SaleSnapshot> byOrderId(String orderId) {
        return query("the sale " + orderId, BY_ORDER, ps -> {
            ps.setString(1, orderId);
            ps.setString(2, shopId);
        }, StoreRows::sale).stream().findFirst();
    }

    @Override
    public Optional<SaleSnapshot> byTraceId(UUID traceId) {
        return query("the sale with trace id " + traceId, BY_TRACE, ps -> {
            ps.setObject(1, traceId);
            ps.setString(2, shopId);
        }, StoreRows::sale).stream().findFirst();
    }

    @Override
    public List<SaleSnapshot> recent(int limit) {
        return query("the shop's recent sales", RECENT, ps -> {
            ps.setString(1, shopId);
            ps.setInt(2, limit);
        }, StoreRows::sale);
    }

    @Override
    public List<SaleSnapshot> between(Instant from, Instant to) {
        return query("the shop's sales from " + from + " to " + to, BETWEEN, ps -> {
            ps.setString(1, shopId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
        }, StoreRows::sale);
    }

    @Override
    public List<SalesTotal> paidTotals(Instant from, Instant to) {
        return query("the shop's totals", TOTALS, ps -> {
            ps.setString(1, shopId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
        }, rs -> total(rs, 1));
    }

    @Override
    public List<TillTotal> paidTotalsPerTill(Instant from, Instant to) {
        return query("the totals per till", TILL_TOTALS, ps -> {
            ps.setString(1, shopId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
        }, rs -> new TillTotal(rs.getString(1), total(rs, 2)));
    }

    @Override
    public List<ShopTotal> paidTotalsPerShop(Instant from, Instant to) {
        return query("the totals per shop", SHOP_TOTALS, ps -> {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
        }, rs -> new ShopTotal(rs.getString(1), total(rs, 2)));
    }

    @Override
    public List<SaleEvent> events(String orderId) {
        return query("the history of " + orderId, EVENTS, ps -> {
            ps.setString(1, orderId);
            ps.setString(2, shopId);
            ps.setString(3, orderId);
            ps.setString(4, shopId);
        }, StoreRows::event);
    }

    /** Columns from {@code first}: asset id, decimals, symbol, exact sum, count. */
    private static SalesTotal total(ResultSet rs, int first) throws SQLException {
        int decimals = rs.getInt(first + 1);
        BigDecimal sum = rs.getBigDecimal(first + 3);
        return new SalesTotal(rs.getString(first), rs.getString(first + 2),
                sum.scale() < decimals ? sum.setScale(decimals) : sum, rs.getLong(first + 4));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private <T> List<T> query(String what, String sql, Binder binder, StoreReads.RowReader<T> reader) {
        return reads.query(what, sql, (c, ps) -> binder.bind(ps), reader);
    }
}
