package app.mixpos.receipts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The chain of each till's Z reports. A Z's hash is SHA-256 (as {@link HashChain} writes fields) over its till,
 * number, opening and closing times, zone, the sale and event ids it covers, the hash of its till's last event at the
 * close, its figures and the previous Z's hash, then the format {@code "z1"}. A Z follows when its number is one more
 * than the last, it starts where the last ended, its previous hash is the last's hash, its own hash is recomputed
 * from its fields, and the event it names still has the hash it recorded; a removed last Z shows in
 * {@code sqlite_sequence}.
 */
final class ZChain {

    static final String FORMAT = "z1";
    private static final String ALL = "SELECT id, " + ZReports.COLUMNS + " FROM z_reports ORDER BY till_id, number";
    private static final String HIGHEST = "SELECT seq FROM sqlite_sequence WHERE name = 'z_reports'";
    private static final String EVENT_TILL = "SELECT till_id FROM sale_events WHERE id = ?";

    private ZChain() {
    }

    /** The Z's hash over its twelve stored fields (till_id … prev_hash, in {@link ZReports#COLUMNS} order). */
    static String hash(String[] fields) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 1);
        all[fields.length] = FORMAT;
        return HashChain.zHash(all);
    }

    static ChainCheck verify(Connection c, long events) throws SQLException {
        String till = null;
        long number = 0;
        long saleId = 0;
        long eventId = 0;
        String previous = HashChain.GENESIS;
        long highestId = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ALL)) {
            while (rs.next()) {
                highestId = Math.max(highestId, rs.getLong("id"));
                String rowTill = rs.getString("till_id");
                if (!rowTill.equals(till)) {
                    till = rowTill;
                    number = 0;
                    saleId = 0;
                    eventId = 0;
                    previous = HashChain.GENESIS;
                }
                long n = rs.getLong("number");
                String problem = problem(c, rs, number, saleId, eventId, previous);
                if (problem != null) {
                    return ChainCheck.brokenZ(events, till, n == number + 1 ? n : number + 1, problem);
                }
                number = n;
                saleId = rs.getLong("last_sale_id");
                eventId = rs.getLong("last_event_id");
                previous = rs.getString("hash");
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HIGHEST)) {
            long seq = rs.next() ? rs.getLong(1) : 0;
            if (seq > highestId) {
                return new ChainCheck(events, 0, "the last Z report recorded was row " + seq + " but the Z reports end"
                        + " at row " + highestId + "; a Z report was removed", "", seq);
            }
        }
        return ChainCheck.intact(events);
    }

    private static String problem(Connection c, ResultSet rs, long number, long saleId, long eventId, String previous)
            throws SQLException {
        long n = rs.getLong("number");
        if (n != number + 1) {
            return "is missing (the next one is " + n + ")";
        }
        String[] fields = new String[12];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = rs.getString(i + 2);
        }
        if (!hash(fields).equals(rs.getString("hash"))) {
            return previous.equals(rs.getString("prev_hash")) ? "was changed after it was closed"
                    : "does not follow the one before it (a Z before it was changed or removed)";
        }
        if (!previous.equals(rs.getString("prev_hash"))) {
            return "does not follow the one before it (a Z before it was changed or removed)";
        }
        if (rs.getLong("first_sale_id") != saleId || rs.getLong("first_event_id") != eventId) {
            return "does not start where the one before it ended";
        }
        long last = rs.getLong("last_event_id");
        if (!ZReports.eventHash(c, last).equals(rs.getString("last_event_hash"))) {
            return "names event " + last + " with a hash the event no longer has";
        }
        if (last != 0 && !rs.getString("till_id").equals(eventTill(c, last))) {
            return "names event " + last + ", which is not its till's";
        }
        return null;
    }

    private static String eventTill(Connection c, long eventId) throws SQLException {
        try (var ps = Tallies.prepare(c, EVENT_TILL, eventId); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
