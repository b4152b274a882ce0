package app.mixpos.receipts;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import app.mixpos.sale.SettlementAsset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable local receipt log: one SQLite file in WAL mode with full sync, so a recorded payment survives
 * a power cut. Each write is one transaction that is on disk when the method returns; any failure throws
 * {@link ReceiptLogException} and leaves the log as it was. Safe to use from several threads.
 */
public final class ReceiptLog implements AutoCloseable {

    static final String SELECT = "SELECT * FROM sales ";
    static final String BY_ORDER_ID = SELECT + "WHERE order_id = ?";
    static final String BY_TRACE_ID = SELECT + "WHERE trace_id = ?";
    static final String RECENT = SELECT + "ORDER BY created_at DESC, id DESC LIMIT ?";
    static final String UNFINISHED = SELECT + "WHERE needs_watching = 1 OR outcome = 'CREATING' ORDER BY created_at, id";
    static final String BETWEEN = SELECT + "WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id";

    private final Database db;

    private ReceiptLog(Database db) {
        this.db = db;
    }

    /**
     * Opens the log at {@code file}, creating it and its folders when missing, and brings its schema up to date.
     *
     * @throws ReceiptLogException when the file is not a SQLite database, is damaged, is another program's
     *                             database or comes from a newer version of the app; the file is left untouched
     */
    public static ReceiptLog open(Path file) {
        Database db = Database.open(Objects.requireNonNull(file, "file"));
        try {
            Migrations.requireCompatible(db);
            db.makeDurable();
            Migrations.apply(db);
            return new ReceiptLog(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Checks a log file's hash chain without changing the file: it is opened read-only and not migrated.
     *
     * @throws ReceiptLogException when there is no such file, it is not a receipt log, or its schema is
     *                             older than the hash chain (the app adds the chain the next time it opens it)
     */
    public static ChainCheck verifyFile(Path file) {
        try (Database db = Database.openReadOnly(Objects.requireNonNull(file, "file"))) {
            int version = db.read(Migrations::version);
            if (version == 0) {
                throw new ReceiptLogException("The file at " + file + " is not a receipt log.");
            }
            if (version < Migrations.CHAINED_SINCE) {
                throw new ReceiptLogException("The receipt log at " + file + " has schema version " + version
                        + ", from before the hash chain; start MixPay POS once to add the chain, then check again.");
            }
            Migrations.requireCompatible(db);
            return db.read(HashChain::verify);
        }
    }

    /** Recomputes the hash chain over every event: intact, or the first event that does not follow. */
    public ChainCheck verifyChain() {
        return db.read(HashChain::verify);
    }

    /** The schema version recorded in the file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return db.read(Migrations::version);
    }

    /** Records a new sale with a {@code created} event. */
    public void insert(SaleSnapshot sale) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(SaleRows.INSERT)) {
                SaleRows.bindInsert(ps, sale);
                ps.executeUpdate();
            }
            SaleEvents.append(c, sale.orderId(), SaleEvent.CREATED, sale.state(), "");
            return null;
        });
    }

    /**
     * Stores the sale's new state and payment link and appends one event of {@code kind} with the raw MixPay
     * response that caused it ({@code ""} for local events).
     *
     * @throws ReceiptLogException when the sale was never inserted
     */
    public void update(SaleSnapshot sale, String kind, String rawBody) {
        Objects.requireNonNull(kind, "kind");
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(SaleRows.UPDATE)) {
                SaleRows.bindUpdate(ps, sale);
                if (ps.executeUpdate() != 1) {
                    throw new ReceiptLogException("Sale " + sale.orderId() + " is not in the receipt log at "
                            + db.file() + "; nothing was changed");
                }
            }
            SaleEvents.append(c, sale.orderId(), kind, sale.state(), rawBody);
            return null;
        });
    }

    public Optional<SaleSnapshot> byOrderId(String orderId) {
        return one(BY_ORDER_ID, orderId);
    }

    public Optional<SaleSnapshot> byTraceId(UUID traceId) {
        return one(BY_TRACE_ID, SaleRows.traceText(traceId));
    }

    /** The latest {@code limit} sales, newest first. */
    public List<SaleSnapshot> recent(int limit) {
        return list(RECENT, Math.max(0, limit));
    }

    /** Sales MixPay must still be asked about, and sales still being created, oldest first. */
    public List<SaleSnapshot> unfinished() {
        return list(UNFINISHED);
    }

    /** Sales created in {@code [from, to)}, oldest first. */
    public List<SaleSnapshot> between(Instant from, Instant to) {
        return list(BETWEEN, Timestamps.format(from), Timestamps.format(to));
    }

    /** Paid sales created in {@code [from, to)}, summed exactly per quote asset. */
    public List<SalesTotal> paidTotals(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return db.read(c -> PaidTotals.between(c, from, to));
    }

    /** The sale's history, oldest first; empty for an unknown order id. */
    public List<SaleEvent> events(String orderId) {
        return db.read(c -> SaleEvents.forSale(c, orderId));
    }

    /** Replaces the cached quote asset list. */
    public void saveQuoteAssets(List<QuoteAsset> assets) {
        db.write(c -> {
            AssetCache.saveQuoteAssets(c, assets);
            return null;
        });
    }

    /** The last list saved, in the same order; empty when never saved. Min and max amounts are kept. */
    public List<QuoteAsset> quoteAssets() {
        return db.read(AssetCache::quoteAssets);
    }

    /** Replaces the cached settlement asset list. */
    public void saveSettlementAssets(List<SettlementAsset> assets) {
        db.write(c -> {
            AssetCache.saveSettlementAssets(c, assets);
            return null;
        });
    }

    /** The last list saved, in the same order; empty when never saved. */
    public List<SettlementAsset> settlementAssets() {
        return db.read(AssetCache::settlementAssets);
    }

    /** Closes the file; SQLite folds the write-ahead log back into it. */
    @Override
    public void close() {
        db.close();
    }

    Database database() {
        return db;
    }

    private Optional<SaleSnapshot> one(String sql, Object key) {
        List<SaleSnapshot> found = list(sql, Objects.requireNonNull(key, "key"));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<SaleSnapshot> list(String sql, Object... params) {
        return db.read(c -> query(c, sql, params));
    }

    private static List<SaleSnapshot> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<SaleSnapshot> sales = new ArrayList<>();
                while (rs.next()) {
                    sales.add(SaleRows.read(rs));
                }
                return sales;
            }
        }
    }
}
