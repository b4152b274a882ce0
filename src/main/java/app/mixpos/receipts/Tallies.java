package app.mixpos.receipts;

import app.mixpos.sale.FlaggedSale;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.SettleTally;
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
 * to the decimal text when an amount did not fit 64 bits or a sum overflows); what customers paid and what MixPay
 * settled are summed from their exact integers and scales ({@code payment_units}, {@code payment_scale}, ...: schema
 * version 7) per scale in SQL and added up exactly here, with the few texts too long for 64 bits added one by one. A
 * range is {@code [from, to)} of {@code created_at}, or {@code (after, upTo]} of a till's {@code sales.id}.
 */
final class Tallies {

    static final String PAID = Stream.of(Outcome.values()).filter(Outcome::isPaid)
            .map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));
    /** Exactly the condition of the {@code sales_attention} index, so SQLite uses it. */
    static final String FLAGGED = "(outcome IN ('CREATING', 'OPEN', 'MISMATCH', 'PAID_AFTER_CANCEL', 'VOID') "
            + "OR surplus_status IN ('pending', 'sending', 'unknown'))";
    static final String BY_TIME = " FROM sales WHERE created_at >= ? AND created_at < ?";
    static final String BY_TILL = " FROM sales WHERE till_id = ? AND id > ? AND id <= ?";
    /** As {@link #BY_TIME}, named so a count of the flagged reads only their partial index, never the whole range. */
    static final String BY_TIME_FLAGGED = " FROM sales INDEXED BY sales_attention WHERE created_at >= ? "
            + "AND created_at < ?";

    private static final String OUTCOMES = "SELECT quote_asset_id, quote_decimals, max(quote_symbol), outcome, "
            + "count(*), sum(amount_minor), count(amount_minor)";
    private static final String OUTCOMES_GROUP = " GROUP BY quote_asset_id, quote_decimals, outcome";
    private static final String OUTCOME_ROWS = "SELECT quote_asset_id, quote_decimals, quote_symbol, outcome, amount";

    private static final String PAYMENTS = "SELECT coalesce(payable_symbol, ''), surplus_status, payment_scale, "
            + "surplus_scale, count(*), sum(payment_units), count(payment_scale) - count(payment_units), "
            + "sum(surplus_units), count(surplus_scale) - count(surplus_units)";
    private static final String PAYMENTS_WHERE = " AND outcome IN (" + PAID + ")";
    private static final String PAYMENTS_GROUP = " GROUP BY coalesce(payable_symbol, ''), surplus_status, "
            + "payment_scale, surplus_scale";
    /** The few paid sales whose payment or surplus did not fit {@code *_units}: their texts, summed in Java. */
    private static final String TOO_LONG = "SELECT coalesce(payable_symbol, ''), surplus_status, "
            + "CASE WHEN payment_units IS NULL THEN payment_amount END, "
            + "CASE WHEN surplus_units IS NULL THEN surplus_amount END";
    private static final String TOO_LONG_WHERE = " AND (payment_units IS NULL AND payment_scale IS NOT NULL "
            + "OR surplus_units IS NULL AND surplus_scale IS NOT NULL)";
    private static final String PAYMENT_ROWS = "SELECT coalesce(payable_symbol, ''), surplus_status, payment_amount, "
            + "surplus_amount";

    private static final String SETTLED = "SELECT coalesce(settle_status, ''), coalesce(settle_symbol, ''), "
            + "settle_scale, count(*), sum(settle_units), count(settle_scale) - count(settle_units)";
    private static final String SETTLED_GROUP = " GROUP BY coalesce(settle_status, ''), coalesce(settle_symbol, ''), "
            + "settle_scale";
    private static final String SETTLED_TOO_LONG = "SELECT coalesce(settle_status, ''), coalesce(settle_symbol, ''), "
            + "settle_amount";
    private static final String SETTLED_TOO_LONG_WHERE = " AND settle_units IS NULL AND settle_scale IS NOT NULL";
    private static final String SETTLED_ROWS = "SELECT coalesce(settle_status, ''), coalesce(settle_symbol, ''), "
            + "settle_amount";

    private static final String FLAGGED_ROWS = "SELECT order_id, created_at, amount, quote_symbol, outcome, "
            + "surplus_status";
    private static final String FLAGGED_ORDER = " ORDER BY created_at, id LIMIT ?";

    static final String OUTCOMES_BY_TILL = OUTCOMES + BY_TILL + OUTCOMES_GROUP;
    static final String FLAGGED_BY_TIME = FLAGGED_ROWS + BY_TIME_FLAGGED + " AND " + FLAGGED + FLAGGED_ORDER;
    static final String FLAGGED_COUNT_BY_TIME = "SELECT count(*)" + BY_TIME_FLAGGED + " AND " + FLAGGED;

    private Tallies() {
    }

    /** Sales created in {@code [from, to)}, counted and summed per quote currency and outcome. */
    static List<OutcomeTally> outcomes(Connection c, Instant from, Instant to) throws SQLException {
        return ReportSums.calendar(c, List.of(from, to)).outcomes().get(0);
    }

    /** The till's sales with {@code after < id <= upTo}, counted and summed per quote currency and outcome. */
    static List<OutcomeTally> outcomes(Connection c, String tillId, long after, long upTo) throws SQLException {
        return outcomes(c, BY_TILL, tillId, after, upTo);
    }

    /** Paid sales created in {@code [from, to)}, by what the customers paid with and their refunds' progress. */
    static List<PaymentTally> payments(Connection c, Instant from, Instant to) throws SQLException {
        return ReportSums.calendar(c, List.of(from, to)).payments();
    }

    static List<PaymentTally> payments(Connection c, String tillId, long after, long upTo) throws SQLException {
        return payments(c, BY_TILL, tillId, after, upTo);
    }

    static FlaggedSales flagged(Connection c, Instant from, Instant to, int limit) throws SQLException {
        return flagged(c, BY_TIME_FLAGGED, limit, Timestamps.format(from), Timestamps.format(to));
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

    static void add(Map<String, OutcomeTally> sums, OutcomeTally t) {
        String key = t.quoteAssetId().toLowerCase(Locale.ROOT) + "/" + t.decimals() + "/" + t.outcome();
        sums.merge(key, t, (a, b) -> new OutcomeTally(a.quoteAssetId(),
                a.symbol().compareTo(b.symbol()) >= 0 ? a.symbol() : b.symbol(), a.decimals(), a.outcome(),
                a.count() + b.count(), a.amount().add(b.amount())));
    }

    /**
     * Sums the integers of {@code payment_units} and {@code surplus_units} per scale in SQL, from the index, and adds
     * them up exactly here; the few texts that did not fit are read and added one by one. A sum that overflows 64 bits
     * falls back to summing every text here.
     */
    private static List<PaymentTally> payments(Connection c, String where, Object... args) throws SQLException {
        Map<String, PaymentTally> sums = new LinkedHashMap<>();
        boolean tooLong = false;
        try (PreparedStatement ps = prepare(c, PAYMENTS + where + PAYMENTS_WHERE + PAYMENTS_GROUP, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int paymentScale = rs.getInt(3);
                int surplusScale = rs.getInt(4);
                addPayment(sums, new PaymentTally(rs.getString(1), surplus(rs.getString(2)), rs.getLong(5),
                        BigDecimal.valueOf(rs.getLong(6), paymentScale), BigDecimal.valueOf(rs.getLong(8), surplusScale)));
                tooLong |= rs.getLong(7) != 0 || rs.getLong(9) != 0;
            }
        } catch (SQLException e) {
            if (!isOverflow(e)) {
                throw e;
            }
            return slowPayments(c, where, args);
        }
        if (tooLong) {
            try (PreparedStatement ps = prepare(c, TOO_LONG + where + PAYMENTS_WHERE + TOO_LONG_WHERE, args);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    addPayment(sums, new PaymentTally(rs.getString(1), surplus(rs.getString(2)), 0,
                            decimal(rs.getString(3)), decimal(rs.getString(4))));
                }
            }
        }
        return normalPayments(sums);
    }

    private static List<PaymentTally> slowPayments(Connection c, String where, Object... args) throws SQLException {
        Map<String, PaymentTally> sums = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, PAYMENT_ROWS + where + PAYMENTS_WHERE, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                addPayment(sums, new PaymentTally(rs.getString(1), surplus(rs.getString(2)), 1,
                        decimal(rs.getString(3)), decimal(rs.getString(4))));
            }
        }
        return normalPayments(sums);
    }

    static void addPayment(Map<String, PaymentTally> sums, PaymentTally one) {
        sums.merge(one.payableSymbol() + "/" + one.surplusStatus(), one, (a, b) -> new PaymentTally(
                a.payableSymbol(), a.surplusStatus(), a.count() + b.count(), a.paid().add(b.paid()),
                a.surplus().add(b.surplus())));
    }

    static List<PaymentTally> normalPayments(Map<String, PaymentTally> sums) {
        return sums.values().stream().map(p -> new PaymentTally(p.payableSymbol(), p.surplusStatus(), p.count(),
                normal(p.paid()), normal(p.surplus()))).toList();
    }

    /** What MixPay settled for the paid sales created in {@code [from, to)}, per settlement status and asset. */
    static List<SettleTally> settlements(Connection c, Instant from, Instant to) throws SQLException {
        return ReportSums.calendar(c, List.of(from, to)).settlements();
    }

    static List<SettleTally> settlements(Connection c, String tillId, long after, long upTo) throws SQLException {
        return settlements(c, BY_TILL, tillId, after, upTo);
    }

    /** What MixPay settled for the paid sales, per settlement status and asset, summed as {@link #payments} are. */
    private static List<SettleTally> settlements(Connection c, String where, Object... args) throws SQLException {
        Map<String, SettleTally> sums = new LinkedHashMap<>();
        boolean tooLong = false;
        try (PreparedStatement ps = prepare(c, SETTLED + where + PAYMENTS_WHERE + SETTLED_GROUP, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                addSettled(sums, new SettleTally(rs.getString(1), rs.getString(2), rs.getLong(4),
                        BigDecimal.valueOf(rs.getLong(5), rs.getInt(3))));
                tooLong |= rs.getLong(6) != 0;
            }
        } catch (SQLException e) {
            if (!isOverflow(e)) {
                throw e;
            }
            return settledRows(c, SETTLED_ROWS + where + PAYMENTS_WHERE, new LinkedHashMap<>(), 1, args);
        }
        return tooLong ? settledRows(c, SETTLED_TOO_LONG + where + PAYMENTS_WHERE + SETTLED_TOO_LONG_WHERE, sums, 0,
                args) : normalSettled(sums);
    }

    private static List<SettleTally> settledRows(Connection c, String sql, Map<String, SettleTally> sums, long each,
                                                 Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                addSettled(sums, new SettleTally(rs.getString(1), rs.getString(2), each, decimal(rs.getString(3))));
            }
        }
        return normalSettled(sums);
    }

    static void addSettled(Map<String, SettleTally> sums, SettleTally one) {
        sums.merge(one.status() + "/" + one.symbol(), one, (a, b) -> new SettleTally(a.status(), a.symbol(),
                a.count() + b.count(), a.amount().add(b.amount())));
    }

    static List<SettleTally> normalSettled(Map<String, SettleTally> sums) {
        return sums.values().stream().map(t -> new SettleTally(t.status(), t.symbol(), t.count(), normal(t.amount())))
                .toList();
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

    /** Without trailing zeros, never in exponent form: 12.5, 0.00012345, 100. */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? BigDecimal.ZERO : new BigDecimal(text);
    }

    static boolean isOverflow(SQLException e) {
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
