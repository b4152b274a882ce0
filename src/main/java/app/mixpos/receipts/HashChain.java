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
 * The hash chains over {@code sale_events}: one per till since schema version 4 (one for the whole log before).
 * An event's hash is SHA-256, in lower-case hex, over a list of fields, each written as a 4-byte big-endian length
 * and its UTF-8 bytes, a missing value as length -1. Which fields depends on the event's {@code chain_format}:
 * <ul>
 *   <li>1 (events written before version 4, left exactly as they were): the previous event's hash, the sale's
 *       order id, {@code at}, {@code kind}, {@code outcome}, {@code status}, {@code detail} and {@code raw_body};</li>
 *   <li>2: the same eight ({@code detail} is missing in events the app writes), then {@code till_id}, {@code reasons} and the format
 *       itself, {@code "2"}.</li>
 * </ul>
 * An event chains from the last event of its own till; a till's first event from 64 zeros.
 */
final class HashChain {

    /** What a chain's first event chains from. */
    static final String GENESIS = "0".repeat(64);
    /** Events written before reasons were coded: the hash covers eight fields. */
    static final int TEXT_FORMAT = 1;
    /** Events with a till and coded reasons, both covered by the hash. */
    static final int CODED_FORMAT = 2;

    private static final String EVENTS = "SELECT e.id, s.order_id, e.at, e.kind, e.outcome, e.status, e.detail, "
            + "e.raw_body, e.prev_hash, e.hash FROM sale_events e LEFT JOIN sales s ON s.id = e.sale_id ORDER BY e.id";
    static final String LAST = "SELECT hash FROM sale_events WHERE till_id = ? ORDER BY id DESC LIMIT 1";
    private static final String SET = "UPDATE sale_events SET prev_hash = ?, hash = ? WHERE id = ?";
    private static final String HEAD = "INSERT INTO chain_heads (till_id, last_id, last_hash) VALUES (?, ?, ?) "
            + "ON CONFLICT (till_id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash";

    private HashChain() {
    }

    /** The hash of a {@link #TEXT_FORMAT} event that follows {@code previous}. */
    static String hash(String previous, String orderId, String at, String kind, String outcome, String status,
                       String detail, String rawBody) {
        return sha256(previous, orderId, at, kind, outcome, status, detail, rawBody);
    }

    /** The hash of a {@link #CODED_FORMAT} event that follows {@code previous} in its till's chain. */
    static String codedHash(String previous, String orderId, String at, String kind, String outcome, String status,
                            String detail, String rawBody, String tillId, String reasons) {
        return sha256(previous, orderId, at, kind, outcome, status, detail, rawBody, tillId, reasons,
                Integer.toString(CODED_FORMAT));
    }

    /** The hash the till's next event chains from. */
    static String last(Connection c, String tillId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LAST)) {
            ps.setString(1, tillId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : GENESIS;
            }
        }
    }

    /** Records the till's newest event, so a removed last event shows (see {@link TillChains}). */
    static void advanceHead(Connection c, String tillId, long eventId, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HEAD)) {
            ps.setString(1, tillId);
            ps.setLong(2, eventId);
            ps.setString(3, hash);
            ps.executeUpdate();
        }
    }

    /** Chains every event in id order as one chain; run by migration V2 while the append-only triggers are lifted. */
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

    /**
     * Recomputes the chain(s) and reports the first event that does not follow, or a removed last event: per till
     * from schema version 4 ({@link TillChains}), as the one chain of the whole log before.
     */
    static ChainCheck verify(Connection c) throws SQLException {
        int version = Migrations.version(c);
        ChainCheck events = version >= Migrations.TILLS_SINCE ? TillChains.verify(c) : verifySingle(c);
        return events.isIntact() && version >= Migrations.Z_REPORTS_SINCE ? ZChain.verify(c, events.events()) : events;
    }

    /** The hash of a Z report, over its fields in the order {@link ZChain} lists them. */
    static String zHash(String... fields) {
        return sha256(fields);
    }

    private static ChainCheck verifySingle(Connection c) throws SQLException {
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
                    broken = ChainCheck.brokenAt(0, lastId, why(previous, rs.getString(9), stored,
                            hashOf(rs.getString(9), rs)));
                }
                previous = stored == null ? "" : stored;
            }
        }
        if (broken != null) {
            return ChainCheck.brokenAt(count, broken.firstBadEvent(), broken.problem());
        }
        ChainCheck missing = TillChains.missingAfter(c, lastId, count);
        return missing != null ? missing : ChainCheck.intact(count);
    }

    /**
     * Why a stored hash is not the expected one.
     *
     * @param claimedHash the event's hash recomputed from the previous hash it claims
     */
    static String why(String previous, String claimed, String stored, String claimedHash) {
        if (stored == null) {
            return "it has no hash";
        }
        if (!previous.equals(claimed) && stored.equals(claimedHash)) {
            return "an event before it was removed or changed";
        }
        return "its contents were changed";
    }

    private static String hashOf(String previous, ResultSet rs) throws SQLException {
        return hash(previous, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8));
    }

    private static String sha256(String... fields) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
        for (String field : fields) {
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
}
