package app.mixpos.receipts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the per-till hash chains of a log at schema version 4 or later. Every event is checked against the one
 * before it in its own till's chain; {@code chain_heads} records each till's newest event as the app wrote it, so a
 * till's removed last event shows even when another till wrote after it; and {@code sqlite_sequence} still shows
 * a removed last event of the whole log.
 */
final class TillChains {

    private static final String EVENTS = "SELECT e.id, s.order_id, e.at, e.kind, e.outcome, e.status, e.detail, "
            + "e.raw_body, e.prev_hash, e.hash, e.till_id, e.reasons, e.chain_format "
            + "FROM sale_events e LEFT JOIN sales s ON s.id = e.sale_id ORDER BY e.id";
    private static final String HEADS = "SELECT till_id, last_id FROM chain_heads ORDER BY till_id";
    private static final String TILLS = "SELECT DISTINCT till_id FROM sale_events ORDER BY till_id";
    private static final String AFTER = "SELECT min(id) FROM sale_events WHERE till_id = ? AND id > ?";
    private static final String HIGHEST_ID = "SELECT seq FROM sqlite_sequence WHERE name = 'sale_events'";

    private TillChains() {
    }

    static ChainCheck verify(Connection c) throws SQLException {
        Map<String, String> previous = new HashMap<>();
        Map<String, Long> lastIds = new HashMap<>();
        long count = 0;
        long lastId = 0;
        ChainCheck broken = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(EVENTS)) {
            while (rs.next()) {
                count++;
                lastId = rs.getLong(1);
                String till = String.valueOf(rs.getString(11));
                String before = previous.getOrDefault(till, HashChain.GENESIS);
                String stored = rs.getString(10);
                if (broken == null) {
                    String problem = problem(before, rs, stored);
                    if (problem != null) {
                        broken = ChainCheck.brokenAt(0, lastId, till, problem);
                    }
                }
                previous.put(till, stored == null ? "" : stored);
                lastIds.put(till, lastId);
            }
        }
        if (broken != null) {
            return new ChainCheck(count, broken.firstBadEvent(), broken.problem(), broken.tillId());
        }
        ChainCheck heads = headsFollow(c, lastIds, count);
        if (heads != null) {
            return heads;
        }
        ChainCheck missing = missingAfter(c, lastId, count);
        return missing != null ? missing : ChainCheck.intact(count);
    }

    /** What is wrong with this event, or null when it follows {@code before}. */
    private static String problem(String before, ResultSet rs, String stored) throws SQLException {
        int format = rs.getInt(13);
        String claimed = rs.getString(9);
        return switch (format) {
            case HashChain.TEXT_FORMAT -> {
                String expected = textHash(before, rs);
                yield expected.equals(stored) ? null
                        : HashChain.why(before, claimed, stored, claimed == null ? null : textHash(claimed, rs));
            }
            case HashChain.CODED_FORMAT -> {
                String expected = codedHash(before, rs);
                yield expected.equals(stored) ? null
                        : HashChain.why(before, claimed, stored, claimed == null ? null : codedHash(claimed, rs));
            }
            default -> "its chain format " + format + " is not one this app writes, so it was changed";
        };
    }

    /** A till whose newest event is gone, or whose chain goes on past the newest event the app recorded. */
    private static ChainCheck headsFollow(Connection c, Map<String, Long> lastIds, long count) throws SQLException {
        Map<String, Long> heads = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HEADS)) {
            while (rs.next()) {
                String till = rs.getString(1);
                long head = rs.getLong(2);
                heads.put(till, head);
                long present = lastIds.getOrDefault(till, 0L);
                if (present < head) {
                    return ChainCheck.brokenAt(count, head, till, "its last recorded event was " + head
                            + " but its chain ends " + (present == 0 ? "before its first event" : "at event " + present)
                            + "; the events after it are missing");
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TILLS)) {
            while (rs.next()) {
                String till = rs.getString(1);
                long head = heads.getOrDefault(till, 0L);
                if (lastIds.getOrDefault(till, 0L) > head) {
                    long first = firstAfter(c, till, head);
                    return ChainCheck.brokenAt(count, first, till, "event " + first + " onwards were not written by"
                            + " MixPay POS (its last recorded event was " + (head == 0 ? "none" : head) + ")");
                }
            }
        }
        return null;
    }

    /** A removed last event of the whole log (AUTOINCREMENT never reuses an id), or null. */
    static ChainCheck missingAfter(Connection c, long lastId, long count) throws SQLException {
        long highest;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HIGHEST_ID)) {
            highest = rs.next() ? rs.getLong(1) : 0;
        }
        if (highest > lastId) {
            return ChainCheck.brokenAt(count, lastId + 1, "the last recorded event was " + highest
                    + "; event " + (lastId + 1) + (highest > lastId + 1 ? " onwards are" : " is") + " missing");
        }
        return null;
    }

    private static long firstAfter(Connection c, String till, long head) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AFTER)) {
            ps.setString(1, till);
            ps.setLong(2, head);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : head + 1;
            }
        }
    }

    private static String textHash(String previous, ResultSet rs) throws SQLException {
        return HashChain.hash(previous, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    private static String codedHash(String previous, ResultSet rs) throws SQLException {
        return HashChain.codedHash(previous, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(11), rs.getString(12));
    }
}
