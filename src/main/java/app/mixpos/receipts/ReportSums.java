package app.mixpos.receipts;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.SettleTally;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar reports' sums (an X of a day or a range), all from one pass over the one index
 * {@code sales_report_keys}: its leading columns are every value a report groups by, then {@code created_at}, so each
 * group's sales of an interval are one contiguous run of the index, summed by SQLite without a sort (a GROUP BY over a
 * month of a million sales sorted every row: about 0.9 s of CPU). Prices are summed from {@code amount_minor}, what
 * customers paid, their surpluses and what MixPay settled from their exact integers ({@code *_units}) at the group's
 * scale. The few values without integers (too long for 64 bits) are added from their text, and a group whose sum
 * overflows is summed from its texts.
 */
final class ReportSums {

    private static final KeyedSums KEYS = new KeyedSums("sales_report_keys", List.of("quote_asset_id",
            "quote_decimals", "outcome", "payable_symbol", "surplus_status", "payment_scale", "surplus_scale",
            "settle_status", "settle_symbol", "settle_scale"));
    private static final int DECIMALS = 1;
    private static final int OUTCOME = 2;
    private static final int PAYABLE = 3;
    private static final int SURPLUS_STATUS = 4;
    private static final int PAYMENT_SCALE = 5;
    private static final int SURPLUS_SCALE = 6;
    private static final int SETTLE_STATUS = 7;
    private static final int SETTLE_SYMBOL = 8;
    private static final int SETTLE_SCALE = 9;

    /** One group's sums over one interval: integers only, so SQLite reads no more of each index entry than needed. */
    static final String SUM = KEYS.sql("max(quote_symbol), count(*), sum(amount_minor), sum(payment_units), "
            + "sum(surplus_units), sum(settle_units)", "");
    /** Exactly the condition of the {@code sales_units_missing} index. */
    private static final String MISSING_WHERE = "(amount_minor IS NULL OR payment_units IS NULL AND payment_scale IS "
            + "NOT NULL OR surplus_units IS NULL AND surplus_scale IS NOT NULL OR settle_units IS NULL AND settle_scale "
            + "IS NOT NULL)";
    /** The sales of a span with a value that has no integer: their groups, and the texts to add to the integer sums. */
    static final String MISSING = "SELECT " + String.join(", ", KEYS.keys()) + ", created_at, "
            + "CASE WHEN amount_minor IS NULL THEN amount END, CASE WHEN payment_units IS NULL THEN payment_amount END, "
            + "CASE WHEN surplus_units IS NULL THEN surplus_amount END, "
            + "CASE WHEN settle_units IS NULL THEN settle_amount END FROM sales INDEXED BY sales_units_missing "
            + "WHERE created_at >= ? AND created_at < ? AND " + MISSING_WHERE;
    /** Every text of a group whose integer sum overflowed. */
    private static final String TEXTS = KEYS.sql("amount, payment_amount, surplus_amount, settle_amount", "");

    /** What a calendar report reads: per interval the outcomes, and over all intervals the payments and settlements. */
    record Calendar(List<List<OutcomeTally>> outcomes, List<PaymentTally> payments, List<SettleTally> settlements) {
    }

    private ReportSums() {
    }

    /** Sales created in each {@code [bounds[i], bounds[i + 1])}; payments and settlements over the whole span. */
    static Calendar calendar(Connection c, List<Instant> bounds) throws SQLException {
        List<Object[]> groups = KEYS.groups(c);
        Map<String, BigDecimal[]> missing = missing(c, bounds);
        List<List<OutcomeTally>> per = new ArrayList<>();
        Map<String, PaymentTally> payments = new LinkedHashMap<>();
        Map<String, SettleTally> settled = new LinkedHashMap<>();
        try (SumStatement ps = new SumStatement(c)) {
            for (int i = 0; i + 1 < bounds.size(); i++) {
                String from = Timestamps.format(bounds.get(i));
                String to = Timestamps.format(bounds.get(i + 1));
                Map<String, OutcomeTally> outcomes = new LinkedHashMap<>();
                for (Object[] g : groups) {
                    Sums s = sums(c, ps, g, KeyedSums.args(g, from, to), missing.get(i + "/" + Arrays.toString(g)));
                    if (s == null) {
                        continue;
                    }
                    Outcome outcome = Outcome.valueOf((String) g[OUTCOME]);
                    Tallies.add(outcomes, new OutcomeTally((String) g[0], s.symbol, scale(g[DECIMALS]), outcome,
                            s.count, s.amount));
                    if (outcome.isPaid()) {
                        Tallies.addPayment(payments, new PaymentTally(text(g[PAYABLE]),
                                Tallies.surplus((String) g[SURPLUS_STATUS]), s.count, s.paid, s.surplus));
                        Tallies.addSettled(settled, new SettleTally(text(g[SETTLE_STATUS]), text(g[SETTLE_SYMBOL]),
                                s.count, s.settled));
                    }
                }
                per.add(List.copyOf(outcomes.values()));
            }
        }
        return new Calendar(per, Tallies.normalPayments(payments), Tallies.normalSettled(settled));
    }

    /** The texts of the values without an integer, summed per interval and group ({@code "i/[keys]"}). */
    private static Map<String, BigDecimal[]> missing(Connection c, List<Instant> bounds) throws SQLException {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        List<String> cuts = bounds.stream().map(Timestamps::format).toList();
        int keys = KEYS.keys().size();
        try (PreparedStatement ps = Tallies.prepare(c, MISSING, cuts.get(0), cuts.get(cuts.size() - 1));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] g = new Object[keys];
                for (int k = 0; k < keys; k++) {
                    g[k] = rs.getObject(k + 1);
                }
                int at = Collections.binarySearch(cuts, rs.getString(keys + 1));
                int interval = at >= 0 ? at : -at - 2;
                BigDecimal[] add = sums.computeIfAbsent(interval + "/" + Arrays.toString(g), x -> zeros());
                for (int v = 0; v < 4; v++) {
                    String text = rs.getString(keys + 2 + v);
                    add[v] = text == null ? add[v] : add[v].add(new BigDecimal(text));
                }
            }
        }
        return sums;
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    /**
     * {@link #SUM}, prepared once and run per group and interval. SQLite's driver finalizes a statement whose step
     * fails with anything but busy, locked, misuse or a constraint, an integer overflow included; the next group
     * would then meet "statement is not executing". So after an overflow the statement is prepared afresh.
     */
    private static final class SumStatement implements AutoCloseable {
        private final Connection c;
        private PreparedStatement ps;

        SumStatement(Connection c) throws SQLException {
            this.c = c;
            this.ps = c.prepareStatement(SUM);
        }

        ResultSet run(Object[] args) throws SQLException {
            ps.clearParameters();
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeQuery();
        }

        /** Prepares the statement again: the driver finalized it when its step overflowed. */
        void renew() throws SQLException {
            ps.close();
            ps = c.prepareStatement(SUM);
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }

    /** The group's sums over the interval; null when it has no sales there. */
    private static Sums sums(Connection c, SumStatement ps, Object[] g, Object[] args, BigDecimal[] missing)
            throws SQLException {
        Sums s = new Sums();
        try (ResultSet rs = ps.run(args)) {
            rs.next();
            s.count = rs.getLong(2);
            if (s.count == 0) {
                return null;
            }
            s.symbol = rs.getString(1);
            s.amount = BigDecimal.valueOf(rs.getLong(3), scale(g[DECIMALS]));
            s.paid = BigDecimal.valueOf(rs.getLong(4), scale(g[PAYMENT_SCALE]));
            s.surplus = BigDecimal.valueOf(rs.getLong(5), scale(g[SURPLUS_SCALE]));
            s.settled = BigDecimal.valueOf(rs.getLong(6), scale(g[SETTLE_SCALE]));
            if (missing != null) {
                s.amount = s.amount.add(missing[0]);
                s.paid = s.paid.add(missing[1]);
                s.surplus = s.surplus.add(missing[2]);
                s.settled = s.settled.add(missing[3]);
            }
            return s;
        } catch (SQLException e) {
            if (!Tallies.isOverflow(e)) {
                throw e;
            }
        }
        ps.renew();
        s.fromTexts(c, args);
        return s;
    }

    /** Running sums of one group over one interval. */
    private static final class Sums {
        String symbol;
        long count;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal surplus = BigDecimal.ZERO;
        BigDecimal settled = BigDecimal.ZERO;

        /** Sums every text of the group: its integers' sum overflowed. */
        void fromTexts(Connection c, Object[] args) throws SQLException {
            try (PreparedStatement ps = Tallies.prepare(c, TEXTS, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    count++;
                    amount = plus(amount, rs.getString(1));
                    paid = plus(paid, rs.getString(2));
                    surplus = plus(surplus, rs.getString(3));
                    settled = plus(settled, rs.getString(4));
                }
            }
            try (PreparedStatement ps = Tallies.prepare(c, KEYS.sql("max(quote_symbol)", ""), args);
                 ResultSet rs = ps.executeQuery()) {
                symbol = rs.next() ? rs.getString(1) : "";
            }
        }

        private static BigDecimal plus(BigDecimal sum, String text) {
            return text == null ? sum : sum.add(new BigDecimal(text));
        }
    }

    private static int scale(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static String text(Object value) {
        return value == null ? "" : (String) value;
    }
}
