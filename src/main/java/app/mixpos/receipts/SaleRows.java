package app.mixpos.receipts;

import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.Settlement;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.UUID;

/** Maps a {@link SaleSnapshot} to a {@code sales} row and back. */
final class SaleRows {

    static final String COLUMNS = "order_id, trace_id, created_at, amount, amount_minor, quote_decimals, "
            + "quote_asset_id, quote_symbol, quote_is_fiat, settlement_asset_id, payee_id, remark, link_mode, "
            + "payment_link, outcome, status, confirmations, payment_amount, payable_amount, payable_symbol, "
            + "surplus_amount, surplus_status, failure_code, reasons, needs_watching, updated_at, payment_units, "
            + "payment_scale, surplus_units, surplus_scale, settle_status, settle_amount, settle_symbol, "
            + "settle_asset_id, settle_units, settle_scale, expires_at, till_id, version";

    /** A new sale at version 1; {@code detail} (the sentence logs before schema 4 stored) stays NULL. */
    static final String INSERT = "INSERT INTO sales (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, 1)";

    /** Stores a change only over the version it was made from; an old row's {@code detail} is left as it was. */
    static final String UPDATE = "UPDATE sales SET payment_link = ?, outcome = ?, status = ?, confirmations = ?, "
            + "payment_amount = ?, payable_amount = ?, payable_symbol = ?, surplus_amount = ?, surplus_status = ?, "
            + "failure_code = ?, reasons = ?, needs_watching = ?, updated_at = ?, payment_units = ?, payment_scale = ?, "
            + "surplus_units = ?, surplus_scale = ?, settle_status = ?, settle_amount = ?, settle_symbol = ?, "
            + "settle_asset_id = ?, settle_units = ?, settle_scale = ?, version = version + 1 "
            + "WHERE order_id = ? AND version = ?";

    static final String VERSION = "SELECT version FROM sales WHERE order_id = ?";

    private SaleRows() {
    }

    static void bindInsert(PreparedStatement ps, SaleSnapshot snapshot) throws SQLException {
        Sale sale = snapshot.sale();
        QuoteAsset asset = sale.quoteAsset();
        ps.setString(1, sale.orderId());
        ps.setString(2, traceText(sale.traceId()));
        ps.setString(3, Timestamps.format(sale.createdAt()));
        ps.setString(4, sale.amount().toWire());
        setLong(ps, 5, minorUnits(sale.amount()));
        ps.setInt(6, asset.decimalDigit());
        ps.setString(7, asset.assetId());
        ps.setString(8, asset.symbol());
        ps.setInt(9, asset.fiat() ? 1 : 0);
        ps.setString(10, sale.settlementAssetId());
        ps.setString(11, sale.payeeId());
        ps.setString(12, sale.remark());
        ps.setString(13, sale.linkMode().label());
        int next = bindState(ps, 14, sale.paymentLink(), snapshot.state());
        ps.setString(next, sale.expiresAt() == null ? null : Timestamps.format(sale.expiresAt()));
        ps.setString(next + 1, sale.tillId());
    }

    static void bindUpdate(PreparedStatement ps, SaleSnapshot snapshot) throws SQLException {
        int next = bindState(ps, 1, snapshot.sale().paymentLink(), snapshot.state());
        ps.setString(next, snapshot.orderId());
        ps.setLong(next + 1, snapshot.version());
    }

    /**
     * Binds payment_link through settle_scale, the columns a sale's progress changes (23 in all), and returns the next
     * parameter's index. Amounts go in as decimal text and also as exact integers with their scale (see {@link Units}).
     */
    private static int bindState(PreparedStatement ps, int first, String link, SaleState state) throws SQLException {
        int i = first;
        ps.setString(i++, link);
        ps.setString(i++, state.outcome().name());
        ps.setString(i++, state.status().wire());
        if (state.confirmations() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, state.confirmations());
        }
        ps.setString(i++, decimal(state.paymentAmount()));
        ps.setString(i++, decimal(state.payableAmount()));
        ps.setString(i++, state.payableSymbol());
        ps.setString(i++, decimal(state.surplusAmount()));
        ps.setString(i++, state.surplusStatus().name().toLowerCase(Locale.ROOT));
        ps.setString(i++, state.failureCode().code());
        ps.setString(i++, ReasonJson.write(state.reasons()));
        ps.setInt(i++, state.needsWatching() ? 1 : 0);
        ps.setString(i++, Timestamps.format(state.updatedAt()));
        i = Units.bind(ps, i, state.paymentAmount());
        i = Units.bind(ps, i, state.surplusAmount());
        Settlement settle = state.settlement();
        ps.setString(i++, settle.status());
        ps.setString(i++, decimal(settle.amount()));
        ps.setString(i++, settle.symbol());
        ps.setString(i++, settle.assetId());
        return Units.bind(ps, i, settle.amount());
    }

    static SaleSnapshot read(ResultSet rs) throws SQLException {
        QuoteAsset asset = new QuoteAsset(rs.getString("quote_asset_id"), rs.getString("quote_symbol"),
                rs.getInt("quote_decimals"), null, null, rs.getInt("quote_is_fiat") == 1);
        String expiresAt = rs.getString("expires_at");
        Sale sale = new Sale(rs.getString("order_id"), UUID.fromString(rs.getString("trace_id")),
                new Amount(new BigDecimal(rs.getString("amount")), asset), rs.getString("settlement_asset_id"),
                rs.getString("payee_id"), rs.getString("remark"), LinkMode.fromLabel(rs.getString("link_mode")),
                rs.getString("payment_link"), Timestamps.parse(rs.getString("created_at")),
                expiresAt == null ? null : Timestamps.parse(expiresAt), rs.getString("till_id"));
        int count = rs.getInt("confirmations");
        Integer confirmations = rs.wasNull() ? null : count;
        SaleState state = new SaleState(Outcome.valueOf(rs.getString("outcome")),
                PaymentStatus.of(rs.getString("status")), confirmations,
                decimal(rs.getString("payment_amount")), decimal(rs.getString("payable_amount")),
                rs.getString("payable_symbol"), decimal(rs.getString("surplus_amount")),
                SurplusStatus.valueOf(rs.getString("surplus_status").toUpperCase(Locale.ROOT)),
                FailureCode.of(rs.getString("failure_code")), ReasonJson.read(rs.getString("reasons")),
                Timestamps.parse(rs.getString("updated_at")), new Settlement(rs.getString("settle_status"),
                decimal(rs.getString("settle_amount")), rs.getString("settle_symbol"), rs.getString("settle_asset_id")));
        return new SaleSnapshot(sale, state, rs.getLong("version"));
    }

    static String traceText(UUID traceId) {
        return traceId.toString().toLowerCase(Locale.ROOT);
    }

    /** The amount in the asset's smallest unit, or null when it does not fit SQLite's 64-bit integer. */
    static Long minorUnits(Amount amount) {
        try {
            return amount.value().movePointRight(amount.asset().decimalDigit()).longValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
