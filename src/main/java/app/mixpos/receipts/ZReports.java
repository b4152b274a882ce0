package app.mixpos.receipts;

import app.mixpos.sale.ClosedPeriod;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.HourCount;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A till's periods: the open one since its last Z, closing it as the next Z, and the closed Zs as stored. A period is
 * the till's sales with ids after the last Z's and its events with ids after the last Z's (both handed out by the
 * log's one writer); the sales are counted as they stand at the close, and the later outcomes of sales an earlier Z
 * counted are the period's adjustments.
 */
final class ZReports {

    /** The most flagged sales a Z keeps by name (it keeps how many there were in all). */
    static final int FLAGGED_KEPT = 200;

    static final String COLUMNS = "till_id, number, opened_at, closed_at, zone, first_sale_id, last_sale_id, "
            + "first_event_id, last_event_id, last_event_hash, totals, prev_hash, hash";
    private static final String INSERT = "INSERT INTO z_reports (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LAST = "SELECT " + COLUMNS + " FROM z_reports WHERE till_id = ? "
            + "ORDER BY number DESC LIMIT 1";
    private static final String ONE = "SELECT " + COLUMNS + " FROM z_reports WHERE till_id = ? AND number = ?";
    private static final String ALL = "SELECT " + COLUMNS + " FROM z_reports WHERE till_id = ? ORDER BY number DESC";
    private static final String TOP_SALE = "SELECT max(id) FROM sales WHERE till_id = ?";
    private static final String TOP_EVENT = "SELECT max(id) FROM sale_events WHERE till_id = ?";
    private static final String EVENT_HASH = "SELECT hash FROM sale_events WHERE id = ?";
    private static final String FIRST_SALE = "SELECT min(created_at) FROM sales WHERE till_id = ?";
    private static final String CHANGED = "SELECT DISTINCT sale_id FROM sale_events "
            + "WHERE till_id = ? AND id > ? AND id <= ? AND sale_id <= ?";
    private static final String OUTCOME_THEN = "SELECT outcome FROM sale_events WHERE sale_id = ? AND id <= ? "
            + "ORDER BY id DESC LIMIT 1";
    private static final String SALE_NOW = "SELECT outcome, quote_asset_id, quote_decimals, quote_symbol, amount, "
            + "coalesce(payable_symbol, ''), surplus_status, payment_amount, surplus_amount FROM sales WHERE id = ?";
    private static final String HOURS = "SELECT created_at, outcome FROM sales WHERE till_id = ? AND id > ? AND id <= ?";

    /** Where the till's last Z left off; all zeros before its first. */
    record Mark(long number, long saleId, long eventId, Instant closedAt, String hash) {
        static final Mark START = new Mark(0, 0, 0, null, HashChain.GENESIS);
    }

    private ZReports() {
    }

    /** The till's open period, as it stands at {@code now}; stores nothing. */
    static ClosedPeriod open(Connection c, String tillId, ZoneId zone, Instant now) throws SQLException {
        Mark last = last(c, tillId);
        return period(c, tillId, zone, now, last, top(c, TOP_SALE, tillId), top(c, TOP_EVENT, tillId));
    }

    /**
     * Closes the till's open period as Z {@code number}, in the caller's write transaction. When that Z is already
     * closed (a second close of the same period, from another window or a double press) it is returned as stored:
     * a period is closed once.
     *
     * @throws ReceiptLogException when {@code number} skips a Z (the caller's view is older than the log allows)
     */
    static ClosedPeriod close(Connection c, String tillId, long number, ZoneId zone, Instant now) throws SQLException {
        Mark last = last(c, tillId);
        if (number <= last.number()) {
            return find(c, tillId, number).orElseThrow(() -> new ReceiptLogException(
                    "Z report " + number + " of till " + tillId + " is missing from the receipt log"));
        }
        if (number != last.number() + 1) {
            throw new ReceiptLogException("Z report " + number + " of till " + tillId + " cannot be closed: the last"
                    + " closed is " + last.number() + ", so the next is " + (last.number() + 1) + ".");
        }
        long topSale = top(c, TOP_SALE, tillId);
        long topEvent = top(c, TOP_EVENT, tillId);
        ClosedPeriod open = period(c, tillId, zone, now, last, topSale, topEvent);
        String totals = ZJson.write(new ZJson.Figures(open.sales(), open.adjustments(), open.flagged(), open.hours()));
        String[] fields = {tillId, Long.toString(number), Timestamps.format(open.openedAt()),
            Timestamps.format(open.closedAt()), zone.getId(), Long.toString(last.saleId()), Long.toString(topSale),
            Long.toString(last.eventId()), Long.toString(topEvent), eventHash(c, topEvent), totals, last.hash()};
        String hash = ZChain.hash(fields);
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int i = 0; i < fields.length; i++) {
                ps.setString(i + 1, fields[i]);
            }
            ps.setString(fields.length + 1, hash);
            ps.executeUpdate();
        }
        // the store receives a Z like any other change: in this same transaction, next in the till's outbox
        Outbox.appendZReport(c, tillId, number);
        return new ClosedPeriod(tillId, number, open.openedAt(), open.closedAt(), zone, open.sales(),
                open.adjustments(), open.flagged(), open.hours(), hash, true);
    }

    static Optional<ClosedPeriod> find(Connection c, String tillId, long number) throws SQLException {
        try (PreparedStatement ps = Tallies.prepare(c, ONE, tillId, number); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
        }
    }

    /** The till's Zs, newest first. */
    static List<ClosedPeriod> all(Connection c, String tillId) throws SQLException {
        List<ClosedPeriod> list = new ArrayList<>();
        try (PreparedStatement ps = Tallies.prepare(c, ALL, tillId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(stored(rs));
            }
        }
        return list;
    }

    private static ClosedPeriod stored(ResultSet rs) throws SQLException {
        ZJson.Figures f = ZJson.read(rs.getString("totals"));
        return new ClosedPeriod(rs.getString("till_id"), rs.getLong("number"),
                Timestamps.parse(rs.getString("opened_at")), Timestamps.parse(rs.getString("closed_at")),
                ZoneId.of(rs.getString("zone")), f.sales(), f.adjustments(), f.flagged(), f.hours(),
                rs.getString("hash"), true);
    }

    private static ClosedPeriod period(Connection c, String tillId, ZoneId zone, Instant now, Mark last, long topSale,
                                       long topEvent) throws SQLException {
        Instant openedAt = last.closedAt() != null ? last.closedAt() : firstSale(c, tillId).orElse(now);
        Instant closedAt = now.isBefore(openedAt) ? openedAt : now;
        PeriodTally sales = new PeriodTally(Tallies.outcomes(c, tillId, last.saleId(), topSale),
                Tallies.payments(c, tillId, last.saleId(), topSale),
                Tallies.settlements(c, tillId, last.saleId(), topSale));
        PeriodTally adjustments = adjustments(c, tillId, last, topEvent);
        FlaggedSales flagged = Tallies.flagged(c, tillId, last.saleId(), topSale, FLAGGED_KEPT);
        return new ClosedPeriod(tillId, last.number() + 1, openedAt, closedAt, zone, sales, adjustments, flagged,
                hours(c, tillId, last.saleId(), topSale, zone), "", false);
    }

    /** For each sale an earlier Z counted whose outcome changed since: out of the old outcome, into the new. */
    private static PeriodTally adjustments(Connection c, String tillId, Mark last, long topEvent) throws SQLException {
        if (last.number() == 0) {
            return PeriodTally.EMPTY;
        }
        List<Long> changed = new ArrayList<>();
        try (PreparedStatement ps = Tallies.prepare(c, CHANGED, tillId, last.eventId(), topEvent, last.saleId());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                changed.add(rs.getLong(1));
            }
        }
        Map<String, OutcomeTally> outcomes = new LinkedHashMap<>();
        Map<String, PaymentTally> payments = new LinkedHashMap<>();
        for (long saleId : changed) {
            Outcome then = outcomeThen(c, saleId, last.eventId());
            try (PreparedStatement ps = Tallies.prepare(c, SALE_NOW, saleId); ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || then == null) {
                    continue;
                }
                Outcome now = Outcome.valueOf(rs.getString(1));
                if (now == then) {
                    continue;
                }
                BigDecimal amount = new BigDecimal(rs.getString(5));
                String asset = rs.getString(2);
                int decimals = rs.getInt(3);
                String symbol = rs.getString(4);
                merge(outcomes, new OutcomeTally(asset, symbol, decimals, then, -1, amount.negate()));
                merge(outcomes, new OutcomeTally(asset, symbol, decimals, now, 1, amount));
                if (now.isPaid() && !then.isPaid()) {
                    PaymentTally p = new PaymentTally(rs.getString(6), Tallies.surplus(rs.getString(7)), 1,
                            decimal(rs.getString(8)), decimal(rs.getString(9)));
                    payments.merge(p.payableSymbol() + "/" + p.surplusStatus(), p, (a, b) -> new PaymentTally(
                            a.payableSymbol(), a.surplusStatus(), a.count() + b.count(), a.paid().add(b.paid()),
                            a.surplus().add(b.surplus())));
                }
            }
        }
        return new PeriodTally(List.copyOf(outcomes.values()), List.copyOf(payments.values()));
    }

    private static void merge(Map<String, OutcomeTally> sums, OutcomeTally t) {
        String key = t.quoteAssetId().toLowerCase(Locale.ROOT) + "/" + t.decimals() + "/" + t.outcome();
        sums.merge(key, t, (a, b) -> new OutcomeTally(a.quoteAssetId(), a.symbol(), a.decimals(), a.outcome(),
                a.count() + b.count(), a.amount().add(b.amount())));
    }

    private static Outcome outcomeThen(Connection c, long saleId, long eventId) throws SQLException {
        try (PreparedStatement ps = Tallies.prepare(c, OUTCOME_THEN, saleId, eventId); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Outcome.valueOf(rs.getString(1)) : null;
        }
    }

    private static List<HourCount> hours(Connection c, String tillId, long after, long upTo, ZoneId zone)
            throws SQLException {
        Map<LocalDateTime, long[]> hours = new TreeMap<>();
        try (PreparedStatement ps = Tallies.prepare(c, HOURS, tillId, after, upTo); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDateTime hour = Timestamps.parse(rs.getString(1)).atZone(zone).toLocalDateTime()
                        .truncatedTo(ChronoUnit.HOURS);
                long[] n = hours.computeIfAbsent(hour, h -> new long[2]);
                n[0]++;
                if (Outcome.valueOf(rs.getString(2)).isPaid()) {
                    n[1]++;
                }
            }
        }
        return hours.entrySet().stream().map(e -> new HourCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    static Mark last(Connection c, String tillId) throws SQLException {
        try (PreparedStatement ps = Tallies.prepare(c, LAST, tillId); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Mark.START;
            }
            return new Mark(rs.getLong("number"), rs.getLong("last_sale_id"), rs.getLong("last_event_id"),
                    Timestamps.parse(rs.getString("closed_at")), rs.getString("hash"));
        }
    }

    private static long top(Connection c, String sql, String tillId) throws SQLException {
        try (PreparedStatement ps = Tallies.prepare(c, sql, tillId); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static String eventHash(Connection c, long eventId) throws SQLException {
        if (eventId == 0) {
            return HashChain.GENESIS;
        }
        try (PreparedStatement ps = Tallies.prepare(c, EVENT_HASH, eventId); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
        }
    }

    private static Optional<Instant> firstSale(Connection c, String tillId) throws SQLException {
        try (PreparedStatement ps = Tallies.prepare(c, FIRST_SALE, tillId); ResultSet rs = ps.executeQuery()) {
            String at = rs.next() ? rs.getString(1) : null;
            return at == null ? Optional.empty() : Optional.of(Timestamps.parse(at));
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null ? BigDecimal.ZERO : new BigDecimal(text);
    }
}
