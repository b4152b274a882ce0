package app.mixpos.receipts;

import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A receipt log written exactly as the release before schema version 4 wrote it: migrations V1-V3 and a frozen copy
 * of that release's insert, update and event SQL and of its eight-field hash, with the English sentence it stored in
 * {@code detail}. Kept apart from the app's code on purpose, so a change there cannot make old logs look readable.
 */
final class LegacyLog implements AutoCloseable {

    private static final String INSERT = "INSERT INTO sales (order_id, trace_id, created_at, amount, amount_minor, "
            + "quote_decimals, quote_asset_id, quote_symbol, quote_is_fiat, settlement_asset_id, payee_id, remark, "
            + "link_mode, payment_link, outcome, status, confirmations, payment_amount, payable_amount, payable_symbol, "
            + "surplus_amount, surplus_status, failure_code, detail, needs_watching, updated_at, expires_at) VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE sales SET payment_link = ?, outcome = ?, status = ?, "
            + "confirmations = ?, payment_amount = ?, payable_amount = ?, payable_symbol = ?, surplus_amount = ?, "
            + "surplus_status = ?, failure_code = ?, detail = ?, needs_watching = ?, updated_at = ? WHERE order_id = ?";
    private static final String APPEND = "INSERT INTO sale_events (sale_id, at, kind, outcome, status, detail, "
            + "raw_body, prev_hash, hash) VALUES ((SELECT id FROM sales WHERE order_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LAST = "SELECT hash FROM sale_events ORDER BY id DESC LIMIT 1";
    private static final String[] SCRIPTS = {"V1__receipt_log.sql", "V2__hash_chain.sql", "V3__payment_expiry.sql"};

    private final Connection c;

    private LegacyLog(Connection c) {
        this.c = c;
    }

    /** A new schema-3 log at {@code file}. */
    static LegacyLog create(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            for (String script : SCRIPTS) {
                s.executeUpdate(script(script));
            }
            s.execute("PRAGMA user_version = 3");
        }
        return new LegacyLog(c);
    }

    /** Records the sale as that release did, with {@code detail} as its sentence. */
    void insert(SaleSnapshot snapshot, String detail) throws SQLException {
        Sale sale = snapshot.sale();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, sale.orderId());
            ps.setString(2, sale.traceId().toString().toLowerCase(Locale.ROOT));
            ps.setString(3, Timestamps.format(sale.createdAt()));
            ps.setString(4, sale.amount().toWire());
            ps.setLong(5, sale.amount().value().movePointRight(sale.quoteAsset().decimalDigit()).longValueExact());
            ps.setInt(6, sale.quoteAsset().decimalDigit());
            ps.setString(7, sale.quoteAsset().assetId());
            ps.setString(8, sale.quoteAsset().symbol());
            ps.setInt(9, sale.quoteAsset().fiat() ? 1 : 0);
            ps.setString(10, sale.settlementAssetId());
            ps.setString(11, sale.payeeId());
            ps.setString(12, sale.remark());
            ps.setString(13, sale.linkMode().label());
            bindState(ps, 14, sale.paymentLink(), snapshot.state(), detail);
            ps.setString(27, sale.expiresAt() == null ? null : Timestamps.format(sale.expiresAt()));
            ps.executeUpdate();
        }
        append(sale.orderId(), "created", snapshot.state(), detail, "");
    }

    /** Stores the sale's new state as that release did (no version, no check) and appends the event. */
    void update(SaleSnapshot snapshot, String detail, String kind, String rawBody) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            bindState(ps, 1, snapshot.sale().paymentLink(), snapshot.state(), detail);
            ps.setString(14, snapshot.orderId());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no such sale " + snapshot.orderId());
            }
        }
        append(snapshot.orderId(), kind, snapshot.state(), detail, rawBody);
    }

    private void append(String orderId, String kind, SaleState state, String detail, String rawBody)
            throws SQLException {
        String at = Timestamps.format(state.updatedAt());
        String previous;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LAST)) {
            previous = rs.next() ? rs.getString(1) : "0".repeat(64);
        }
        try (PreparedStatement ps = c.prepareStatement(APPEND)) {
            ps.setString(1, orderId);
            ps.setString(2, at);
            ps.setString(3, kind);
            ps.setString(4, state.outcome().name());
            ps.setString(5, state.status().wire());
            ps.setString(6, detail);
            ps.setString(7, rawBody);
            ps.setString(8, previous);
            ps.setString(9, hash(previous, orderId, at, kind, state.outcome().name(), state.status().wire(), detail,
                    rawBody));
            ps.executeUpdate();
        }
    }

    private static void bindState(PreparedStatement ps, int first, String link, SaleState state, String detail)
            throws SQLException {
        int i = first;
        ps.setString(i++, link);
        ps.setString(i++, state.outcome().name());
        ps.setString(i++, state.status().wire());
        if (state.confirmations() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, state.confirmations());
        }
        ps.setString(i++, plain(state.paymentAmount()));
        ps.setString(i++, plain(state.payableAmount()));
        ps.setString(i++, state.payableSymbol());
        ps.setString(i++, plain(state.surplusAmount()));
        ps.setString(i++, state.surplusStatus().name().toLowerCase(Locale.ROOT));
        ps.setString(i++, state.failureCode().code());
        ps.setString(i++, detail);
        ps.setInt(i++, state.needsWatching() ? 1 : 0);
        ps.setString(i, Timestamps.format(state.updatedAt()));
    }

    /** That release's hash: SHA-256 over eight length-prefixed UTF-8 fields after the previous hash. */
    static String hash(String... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String script(String name) {
        try (InputStream in = LegacyLog.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
