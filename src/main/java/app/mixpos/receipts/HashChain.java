package app.mixpos.receipts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The hash chain over {@code sale_events}. An event's hash is SHA-256, in lower-case hex, over the previous
 * event's hash (64 zeros before the first event) followed by the sale's order id, {@code at}, {@code kind},
 * {@code outcome}, {@code status}, {@code detail} and {@code raw_body}; every one of these eight is written
 * as a 4-byte big-endian length and its UTF-8 bytes, a missing value as length -1.
 */
final class HashChain {

    /** What the first event chains from. */
    static final String GENESIS = "0".repeat(64);

    private static final String EVENTS = "SELECT e.id, s.order_id, e.at, e.kind, e.outcome, e.status, e.detail, "
            + "e.raw_body, e.prev_hash, e.hash FROM sale_events e LEFT JOIN sales s ON s.id = e.sale_id ORDER BY e.id";
    private static final String LAST = "SELECT hash FROM sale_events ORDER BY id DESC LIMIT 1";
    private static final String SET = "UPDATE sale_events SET prev_hash = ?, hash = ? WHERE id = ?";
    private static final String HIGHEST_ID = "SELECT seq FROM sqlite_sequence WHERE name = 'sale_events'";

    private HashChain() {
    }

    /** The hash of an event that follows {@code previous}. */
    static String hash(String previous, String orderId, String at, String kind, String outcome, String status,
                       String detail, String rawBody) {
        MessageDigest sha = sha256();
        for (String field : new String[] {previous, orderId, at, kind, outcome, status, detail, rawBody}) {
            if (field == null) {
                sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The hash the next event chains from. */
    static String last(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LAST)) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : GENESIS;
        }
    }

    /** Chains every event in id order; run by migration V2 while the append-only triggers are lifted. */
    static void backfill(Connection c) throws SQLException {
        String previous = GENESIS;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(EVENTS);
             PreparedStatement set = c.prepareStatement(SET)) {
            while (rs.next()) {
                String hash = hashOf(previous, rs);
                set.setString(1, previous);
                set.setString(2, hash);
                set.setLong(3, rs.getLong(1));
                set.executeUpdate();
                previous = hash;
            }
        }
    }

    /** Recomputes the chain and reports the first event that does not follow, or a removed last event. */
    static ChainCheck verify(Connection c) throws SQLException {
        String previous = GENESIS;
        long count = 0;
        long lastId = 0;
        ChainCheck broken = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(EVENTS)) {
            while (rs.next()) {
                count++;
                lastId = rs.getLong(1);
                String stored = rs.getString(10);
                String expected = hashOf(previous, rs);
                if (broken == null && !expected.equals(stored)) {
                    broken = ChainCheck.brokenAt(0, lastId, why(previous, rs, stored));
                }
                previous = stored == null ? "" : stored;
            }
        }
        if (broken != null) {
            return ChainCheck.brokenAt(count, broken.firstBadEvent(), broken.problem());
        }
        long highest = highestIdEverUsed(c);
        if (highest > lastId) {
            return ChainCheck.brokenAt(count, lastId + 1, "the last recorded event was " + highest
                    + "; event " + (lastId + 1) + (highest > lastId + 1 ? " onwards are" : " is") + " missing");
        }
        return ChainCheck.intact(count);
    }

    private static String why(String previous, ResultSet rs, String stored) throws SQLException {
        if (stored == null) {
            return "it has no hash";
        }
        String claimed = rs.getString(9);
        if (!previous.equals(claimed) && stored.equals(hashOf(claimed, rs))) {
            return "an event before it was removed or changed";
        }
        return "its contents were changed";
    }

    private static String hashOf(String previous, ResultSet rs) throws SQLException {
        return hash(previous, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8));
    }

    private static long highestIdEverUsed(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HIGHEST_ID)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }
}
