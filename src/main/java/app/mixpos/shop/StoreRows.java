package app.mixpos.shop;

import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;

/** Store rows back into the domain's sales and events, as the till's own log reads them. */
final class StoreRows {

    static final String COLUMNS = "till_id, order_id, trace_id, created_at, amount, quote_decimals, quote_asset_id, "
            + "quote_symbol, quote_is_fiat, settlement_asset_id, payee_id, remark, link_mode, payment_link, outcome, "
            + "status, confirmations, payment_amount, payable_amount, payable_symbol, surplus_amount, surplus_status, "
            + "failure_code, reasons::text AS reasons, updated_at, expires_at, version";

    /** The chain format whose events keep their reasons as JSON (format 1 kept them in words only). */
    private static final int CODED_FORMAT = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreRows() {
    }

    static SaleSnapshot sale(ResultSet rs) throws SQLException {
        QuoteAsset asset = new QuoteAsset(rs.getString("quote_asset_id"), rs.getString("quote_symbol"),
                rs.getInt("quote_decimals"), null, null, rs.getBoolean("quote_is_fiat"));
        Timestamp expires = rs.getTimestamp("expires_at");
        Sale sale = new Sale(rs.getString("order_id"), rs.getObject("trace_id", UUID.class),
                new Amount(rs.getBigDecimal("amount"), asset), rs.getString("settlement_asset_id"),
                rs.getString("payee_id"), rs.getString("remark"), LinkMode.fromLabel(rs.getString("link_mode")),
                rs.getString("payment_link"), rs.getTimestamp("created_at").toInstant(),
                expires == null ? null : expires.toInstant(), rs.getString("till_id"));
        int count = rs.getInt("confirmations");
        Integer confirmations = rs.wasNull() ? null : count;
        SaleState state = new SaleState(Outcome.valueOf(rs.getString("outcome")),
                PaymentStatus.of(rs.getString("status")), confirmations, rs.getBigDecimal("payment_amount"),
                rs.getBigDecimal("payable_amount"), rs.getString("payable_symbol"), rs.getBigDecimal("surplus_amount"),
                SurplusStatus.valueOf(rs.getString("surplus_status").toUpperCase(Locale.ROOT)),
                FailureCode.of(rs.getString("failure_code")), reasons(rs.getString("reasons")),
                rs.getTimestamp("updated_at").toInstant());
        return new SaleSnapshot(sale, state, rs.getLong("version"));
    }

    /** Columns: event_id, order_id, at, kind, outcome, status, raw_body, till_id, reasons, chain_format. */
    static SaleEvent event(ResultSet rs) throws SQLException {
        List<Reason> reasons = rs.getInt(10) == CODED_FORMAT ? reasons(rs.getString(9)) : List.of();
        return new SaleEvent(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                Outcome.valueOf(rs.getString(5)), rs.getString(6), reasons, rs.getString(7), rs.getString(8));
    }

    /** {@code [{"code":…,"args":{…}}]} as the till wrote it; empty for null. */
    static List<Reason> reasons(String json) throws SQLException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            JsonNode array = JSON.readTree(json);
            List<Reason> reasons = new ArrayList<>();
            for (JsonNode node : array) {
                TreeMap<String, String> args = new TreeMap<>();
                node.path("args").fields().forEachRemaining(e -> args.put(e.getKey(), e.getValue().asText()));
                reasons.add(new Reason(node.path("code").asText(), args));
            }
            return List.copyOf(reasons);
        } catch (IOException | RuntimeException e) {
            throw new SQLException("a reason in the store cannot be read: " + json, e);
        }
    }
}
