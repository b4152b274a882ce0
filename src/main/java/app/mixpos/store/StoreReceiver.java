package app.mixpos.store;

import app.mixpos.store.ChangeSource.Change;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes one batch of a till's changes into the store, inside the caller's transaction. A change already received
 * with the same content adds nothing; with other content it is kept as a conflict. New changes must follow the last
 * one received without a gap (the store refuses otherwise, see V1__store.sql); a {@code sale_event} change adds its
 * event (whose hash the store recomputes, see {@code events_verify}) and brings the sale's row up to its version.
 */
final class StoreReceiver {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The till's head, read as the owner (a till's role under the row policies would scan its whole history). */
    private static final String LAST = "SELECT coalesce(received_head(?), 0)";
    private static final String KEPT = "SELECT content_hash, encode(sha256(convert_to(?, 'UTF8')), 'hex') "
            + "FROM received_changes WHERE till_id = ? AND seq = ?";
    private static final String CONFLICT = "INSERT INTO conflicts (till_id, seq, kind, kept_hash, offered_hash, "
            + "offered_payload, detail) VALUES (?, ?, 'SAME_KEY_OTHER_CONTENT', ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String RECEIVE = "INSERT INTO received_changes (till_id, seq, kind, payload, content_hash) "
            + "VALUES (?, ?, ?, ?, '')";
    private static final String EVENT = "INSERT INTO events (till_id, event_id, seq, order_id, at_text, kind, outcome, "
            + "status, detail, raw_body, reasons, chain_format, prev_hash, hash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SALE = "INSERT INTO sales (till_id, order_id, trace_id, created_at, amount, "
            + "amount_minor, quote_decimals, quote_asset_id, quote_symbol, quote_is_fiat, settlement_asset_id, payee_id, "
            + "remark, link_mode, payment_link, outcome, status, confirmations, payment_amount, payable_amount, "
            + "payable_symbol, surplus_amount, surplus_status, failure_code, reasons, detail, needs_watching, "
            + "updated_at, expires_at, version, last_seq) VALUES (?, ?, ?::uuid, ?::timestamptz, ?::numeric, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::numeric, ?::numeric, ?, ?::numeric, ?, ?, ?::jsonb, ?, ?, "
            + "?::timestamptz, ?::timestamptz, ?, ?) "
            + "ON CONFLICT (till_id, order_id) DO UPDATE SET payment_link = excluded.payment_link, "
            + "outcome = excluded.outcome, status = excluded.status, confirmations = excluded.confirmations, "
            + "payment_amount = excluded.payment_amount, payable_amount = excluded.payable_amount, "
            + "payable_symbol = excluded.payable_symbol, surplus_amount = excluded.surplus_amount, "
            + "surplus_status = excluded.surplus_status, failure_code = excluded.failure_code, "
            + "reasons = excluded.reasons, detail = excluded.detail, needs_watching = excluded.needs_watching, "
            + "updated_at = excluded.updated_at, expires_at = excluded.expires_at, version = excluded.version, "
            + "last_seq = excluded.last_seq, received_at = now() WHERE sales.version < excluded.version";

    /** What one batch did. */
    record Received(int added, int duplicates, int conflicts) {
    }

    /** The store refused a batch: its first new change does not follow the last one it holds. */
    static final class SequenceGapException extends SQLException {
        SequenceGapException(String message) {
            super(message);
        }
    }

    private StoreReceiver() {
    }

    static Received receive(Connection c, String tillId, List<Change> batch) throws SQLException {
        long last = lastReceived(c, tillId);
        List<Change> fresh = new ArrayList<>();
        int duplicates = 0;
        int conflicts = 0;
        for (Change change : batch) {
            if (change.seq() <= last) {
                if (sameAsKept(c, tillId, change)) {
                    duplicates++;
                } else {
                    conflicts++;
                }
            } else if (change.seq() == last + 1 + fresh.size()) {
                fresh.add(change);
            } else {
                throw new SequenceGapException("the store holds till " + tillId + "'s changes up to " + last
                        + " and was offered change " + change.seq());
            }
        }
        add(c, tillId, fresh);
        return new Received(fresh.size(), duplicates, conflicts);
    }

    static long lastReceived(Connection c, String tillId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LAST)) {
            ps.setString(1, tillId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** True when the kept change has the same content; otherwise records the conflict (once) and returns false. */
    private static boolean sameAsKept(Connection c, String tillId, Change change) throws SQLException {
        String kept;
        String offered;
        try (PreparedStatement ps = c.prepareStatement(KEPT)) {
            ps.setString(1, change.payload());
            ps.setString(2, tillId);
            ps.setLong(3, change.seq());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the store has no change " + change.seq() + " of till " + tillId
                            + " although it holds later ones");
                }
                kept = rs.getString(1);
                offered = rs.getString(2);
            }
        }
        if (kept.equals(offered)) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement(CONFLICT)) {
            ps.setString(1, tillId);
            ps.setLong(2, change.seq());
            ps.setString(3, kept);
            ps.setString(4, offered);
            ps.setString(5, change.payload());
            ps.setString(6, "change " + change.seq() + " of till " + tillId + " was received before with other "
                    + "content; the first one is kept, this one is kept here");
            ps.executeUpdate();
        }
        return false;
    }

    private static void add(Connection c, String tillId, List<Change> fresh) throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        // each sale once per batch, in its newest version: one upsert per sale, and safe with reWriteBatchedInserts
        Map<String, JsonNode> newest = new LinkedHashMap<>();
        Map<String, Long> newestSeq = new HashMap<>();
        try (PreparedStatement receive = c.prepareStatement(RECEIVE);
             PreparedStatement event = c.prepareStatement(EVENT);
             PreparedStatement sale = c.prepareStatement(SALE)) {
            for (Change change : fresh) {
                receive.setString(1, tillId);
                receive.setLong(2, change.seq());
                receive.setString(3, change.kind());
                receive.setString(4, change.payload());
                receive.addBatch();
                if (SALE_EVENT.equals(change.kind())) {
                    JsonNode payload = parse(change);
                    bindEvent(event, tillId, change.seq(), payload.path("event"));
                    event.addBatch();
                    JsonNode row = payload.path("sale");
                    String orderId = text(row, "order_id");
                    JsonNode kept = newest.get(orderId);
                    if (kept == null || kept.path("version").asLong() <= row.path("version").asLong()) {
                        newest.put(orderId, row);
                        newestSeq.put(orderId, change.seq());
                    }
                }
            }
            for (Map.Entry<String, JsonNode> row : newest.entrySet()) {
                bindSale(sale, tillId, newestSeq.get(row.getKey()), row.getValue());
                sale.addBatch();
            }
            receive.executeBatch();
            event.executeBatch();
            sale.executeBatch();
        }
        StoreZReports.add(c, tillId, fresh);
    }

    /** The receipt log's kind for a sale's change (receipts' Outbox.SALE_EVENT); other kinds are kept as received. */
    static final String SALE_EVENT = "sale_event";

    private static JsonNode parse(Change change) throws SQLException {
        try {
            return JSON.readTree(change.payload());
        } catch (IOException e) {
            throw new SQLException("change " + change.seq() + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static void bindEvent(PreparedStatement ps, String tillId, long seq, JsonNode e) throws SQLException {
        ps.setString(1, tillId);
        ps.setLong(2, e.path("id").asLong());
        ps.setLong(3, seq);
        ps.setString(4, text(e, "order_id"));
        ps.setString(5, text(e, "at"));
        ps.setString(6, text(e, "kind"));
        ps.setString(7, text(e, "outcome"));
        ps.setString(8, text(e, "status"));
        ps.setString(9, text(e, "detail"));
        ps.setString(10, text(e, "raw_body"));
        ps.setString(11, text(e, "reasons"));
        ps.setInt(12, e.path("chain_format").asInt());
        ps.setString(13, text(e, "prev_hash"));
        ps.setString(14, text(e, "hash"));
    }

    private static void bindSale(PreparedStatement ps, String tillId, long seq, JsonNode s) throws SQLException {
        int i = 1;
        ps.setString(i++, tillId);
        ps.setString(i++, text(s, "order_id"));
        ps.setString(i++, text(s, "trace_id"));
        ps.setString(i++, text(s, "created_at"));
        ps.setString(i++, text(s, "amount"));
        setLong(ps, i++, s.get("amount_minor"));
        ps.setInt(i++, s.path("quote_decimals").asInt());
        ps.setString(i++, text(s, "quote_asset_id"));
        ps.setString(i++, text(s, "quote_symbol"));
        ps.setBoolean(i++, s.path("quote_is_fiat").asInt() == 1);
        ps.setString(i++, text(s, "settlement_asset_id"));
        ps.setString(i++, text(s, "payee_id"));
        ps.setString(i++, text(s, "remark"));
        ps.setString(i++, text(s, "link_mode"));
        ps.setString(i++, text(s, "payment_link"));
        ps.setString(i++, text(s, "outcome"));
        ps.setString(i++, text(s, "status"));
        setLong(ps, i++, s.get("confirmations"));
        ps.setString(i++, text(s, "payment_amount"));
        ps.setString(i++, text(s, "payable_amount"));
        ps.setString(i++, text(s, "payable_symbol"));
        ps.setString(i++, text(s, "surplus_amount"));
        ps.setString(i++, text(s, "surplus_status"));
        ps.setString(i++, text(s, "failure_code"));
        String reasons = text(s, "reasons");
        ps.setString(i++, reasons == null ? "[]" : reasons);
        ps.setString(i++, text(s, "detail"));
        ps.setBoolean(i++, s.path("needs_watching").asInt() == 1);
        ps.setString(i++, text(s, "updated_at"));
        ps.setString(i++, text(s, "expires_at"));
        ps.setLong(i++, s.path("version").asLong(1));
        ps.setLong(i, seq);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void setLong(PreparedStatement ps, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value.asLong());
        }
    }
}
