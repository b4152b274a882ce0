package app.mixpos.receipts;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reports' sums, in SQL where they must be fast. Prices are summed exactly from {@code amount_minor} (falling back
 * to the decimal text when an amount did not fit 64 bits or a sum overflows); what customers paid is decimal text,
 * summed exactly in SQL as whole and fractional parts when every value has at most {@link #FRACTION} decimals, in
 * Java otherwise. A range is {@code [from, to)} of {@code created_at}, or {@code (after, upTo]} of a till's
 * {@code sales.id}.
 */
final class Tallies {

    static final int FRACTION = 12;
    static final String PAID = Stream.of(Outcome.values()).filter(Outcome::isPaid)
            .map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));
    /** Exactly the condition of the {@code sales_attention} index, so SQLite uses it. */
    static final String FLAGGED = "(outcome IN ('CREATING', 'OPEN', 'MISMATCH', 'PAID_AFTER_CANCEL', 'VOID') "
            + "OR surplus_status IN ('pending', 'sending', 'unknown'))";
    static final String BY_TIME = " FROM sales WHERE created_at >= ? AND created_at < ?";
    static final String BY_TILL = " FROM sales WHERE till_id = ? AND id > ? AND id <= ?";

    private static final String OUTCOMES = "SELECT quote_asset_id, quote_decimals, max(quote_symbol), outcome, "
            + "count(*), sum(amount_minor), count(amount_minor)";
    private static final String OUTCOMES_GROUP = " GROUP BY quote_asset_id, quote_decimals, outcome";
    private static final String OUTCOME_ROWS = "SELECT quote_asset_id, quote_decimals, quote_symbol, outcome, amount";

    private static final String WHOLE = "CAST(CASE WHEN instr(%1$s, '.') > 0 THEN substr(%1$s, 1, instr(%1$s, '.') - 1)"
            + " ELSE %1$s END AS INTEGER)";
    private static final String FRACTION_PART = "CASE WHEN instr(%1$s, '.') > 0 THEN CAST(substr(substr(%1$s, "
            + "instr(%1$s, '.') + 1) || '" + "0".repeat(FRACTION) + "', 1, " + FRACTION + ") AS INTEGER) ELSE 0 END";
    private static final String FITS = "sum(CASE WHEN %1$s IS NULL THEN 0 WHEN %1$s GLOB '*[^0-9.]*' "
            + "OR length(%1$s) - instr(%1$s, '.') > " + FRACTION + " AND instr(%1$s, '.') > 0 THEN 1 ELSE 0 END)";
    private static final String PAYMENTS = "SELECT coalesce(payable_symbol, ''), surplus_status, count(*), "
            + sums("payment_amount") + ", " + sums("surplus_amount") + ", " + FITS.formatted("payment_amount")
            + " + " + FITS.formatted("surplus_amount");
    private static final String PAYMENTS_WHERE = " AND outcome IN (" + PAID + ")";
    private static final String PAYMENTS_GROUP = " GROUP BY coalesce(payable_symbol, ''), surplus_status";
    private static final String PAYMENT_ROWS = "SELECT coalesce(payable_symbol, ''), surplus_status, payment_amount, "
            + "surplus_amount";

    private static final String FLAGGED_ROWS = "SELECT order_id, created_at, amount, quote_symbol, outcome, "
            + "surplus_status";
    private static final String FLAGGED_ORDER = " ORDER BY created_at, id LIMIT ?";

    static final String OUTCOMES_BY_TIME = OUTCOMES + BY_TIME + OUTCOMES_GROUP;
    static final String OUTCOMES_BY_TILL = OUTCOMES + BY_TILL + OUTCOMES_GROUP;
    static final String PAYMENTS_BY_TIME = PAYMENTS + BY_TIME + PAYMENTS_WHERE + PAYMENTS_GROUP;
    static final String FLAGGED_BY_TIME = FLAGGED_ROWS + BY_TIME + " AND " + FLAGGED + FLAGGED_ORDER;

    private Tallies() {
    }

    private static String sums(String column) {
        return "sum(" + WHOLE.formatted(column) + "), sum(" + FRACTION_PART.formatted(column) + ")";
    }

    /** Sales created in {@code [from, to)}, counted and summed per quote currency and outcome. */
    static List<OutcomeTally> outcomes(Connection c, Instant from, Instant to) throws SQLException {
        return outcomes(c, BY_TIME, Timestamps.format(from), Timestamps.format(to));
    }

    /** The till's sales with {@code after < id <= upTo}, counted and summed per quote currency and outcome. */
    static List<OutcomeTally> outcomes(Connection c, String tillId, long after, long upTo) throws SQLException {
        return outcomes(c, BY_TILL, tillId, after, upTo);
    }

    static List<PaymentTally> payments(Connection c, Instant from, Instant to) throws SQLException {
        return payments(c, BY_TIME, Timestamps.format(from), Timestamps.format(to));
    }

    static List<PaymentTally> payments(Connection c, String tillId, long after, long upTo) throws SQLException {
        return payments(c, BY_TILL, tillId, after, upTo);
    }

    static FlaggedSales flagged(Connection c, Instant from, Instant to, int limit) throws SQLException {
        return flagged(c, BY_TIME, limit, Timestamps.format(from), Timestamps.format(to));
    }

    static FlaggedSales flagged(Connection c, String tillId, long after, long upTo, int limit) throws SQLException {
        return flagged(c, BY_TILL, limit, tillId, after, upTo);
    }

    private static List<OutcomeTally> outcomes(Connection c, String where, Object... args) throws SQLException {
        Map<String, OutcomeTally> sums = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, OUTCOMES + where + OUTCOMES_GROUP, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(5) != rs.getLong(7)) {
                    return slowOutcomes(c, where, args);
                }
                add(sums, new OutcomeTally(rs.getString(1), rs.getString(3), rs.getInt(2),
                        Outcome.valueOf(rs.getString(4)), rs.getLong(5), BigDecimal.valueOf(rs.getLong(6), rs.getInt(2))));
            }
        } catch (SQLException e) {
            if (!isOverflow(e)) {
                throw e;
            }
            return slowOutcomes(c, where, args);
        }
        return List.copyOf(sums.values());
    }

    private static List<OutcomeTally> slowOutcomes(Connection c, String where, Object... args) throws SQLException {
        Map<String, OutcomeTally> sums = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, OUTCOME_ROWS + where, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                add(sums, new OutcomeTally(rs.getString(1), rs.getString(3), rs.getInt(2),
                        Outcome.valueOf(rs.getString(4)), 1, new BigDecimal(rs.getString(5))));
            }
        }
        return List.copyOf(sums.values());
    }

    private static void add(Map<String, OutcomeTally> sums, OutcomeTally t) {
        String key = t.quoteAssetId().toLowerCase(Locale.ROOT) + "/" + t.decimals() + "/" + t.outcome();
        sums.merge(key, t, (a, b) -> new OutcomeTally(a.quoteAssetId(), a.symbol(), a.decimals(), a.outcome(),
                a.count() + b.count(), a.amount().add(b.amount())));
    }

    private static List<PaymentTally> payments(Connection c, String where, Object... args) throws SQLException {
        List<PaymentTally> list = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, PAYMENTS + where + PAYMENTS_WHERE + PAYMENTS_GROUP, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(8) != 0) {
                    return slowPayments(c, where, args);
                }
                list.add(new PaymentTally(rs.getString(1), surplus(rs.getString(2)), rs.getLong(3),
                        exact(rs.getLong(4), rs.getLong(5)), exact(rs.getLong(6), rs.getLong(7))));
            }
        } catch (SQLException e) {
            if (!isOverflow(e)) {
                throw e;
            }
            return slowPayments(c, where, args);
        }
        return List.copyOf(list);
    }

    private static List<PaymentTally> slowPayments(Connection c, String where, Object... args) throws SQLException {
        Map<String, PaymentTally> sums = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, PAYMENT_ROWS + where + PAYMENTS_WHERE, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PaymentTally one = new PaymentTally(rs.getString(1), surplus(rs.getString(2)), 1,
                        decimal(rs.getString(3)), decimal(rs.getString(4)));
                sums.merge(one.payableSymbol() + "/" + one.surplusStatus(), one, (a, b) -> new PaymentTally(
                        a.payableSymbol(), a.surplusStatus(), a.count() + b.count(), a.paid().add(b.paid()),
                        a.surplus().add(b.surplus())));
            }
        }
        return sums.values().stream().map(p -> new PaymentTally(p.payableSymbol(), p.surplusStatus(), p.count(),
                normal(p.paid()), normal(p.surplus()))).toList();
    }

    private static FlaggedSales flagged(Connection c, String where, int limit, Object... args) throws SQLException {
        long total;
        try (PreparedStatement ps = prepare(c, "SELECT count(*)" + where + " AND " + FLAGGED, args);
             ResultSet rs = ps.executeQuery()) {
            total = rs.next() ? rs.getLong(1) : 0;
        }
        if (total == 0) {
            return FlaggedSales.NONE;
        }
        Object[] withLimit = java.util.Arrays.copyOf(args, args.length + 1);
        withLimit[args.length] = limit;
        List<FlaggedSale> first = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, FLAGGED_ROWS + where + " AND " + FLAGGED + FLAGGED_ORDER, withLimit);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                first.add(new FlaggedSale(rs.getString(1), Timestamps.parse(rs.getString(2)),
                        new BigDecimal(rs.getString(3)), rs.getString(4), Outcome.valueOf(rs.getString(5)),
                        surplus(rs.getString(6))));
            }
        }
        return new FlaggedSales(first, total);
    }

    static SurplusStatus surplus(String stored) {
        return SurplusStatus.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    private static BigDecimal exact(long whole, long fraction) {
        return normal(BigDecimal.valueOf(whole).add(BigDecimal.valueOf(fraction, FRACTION)));
    }

    /** Without trailing zeros, never in exponent form: 12.5, 0.00012345, 100. */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? BigDecimal.ZERO : new BigDecimal(text);
    }

    private static boolean isOverflow(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("integer overflow");
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
