package app.mixpos.receipts;

import app.mixpos.sale.ClosedPeriod;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import app.mixpos.sale.SettleTally;
import app.mixpos.sale.SettlementAsset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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
    static final String UNFINISHED = SELECT
            + "WHERE till_id = ? AND (needs_watching = 1 OR outcome = 'CREATING') ORDER BY created_at, id";
    static final String BETWEEN = SELECT + "WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id";

    private final Database db;
    /**
     * A read-only connection of the log's own for the long reads (reports, an export's extent), opened at first use:
     * a month's X report reads for a few hundred milliseconds, and on {@link #db} the till's next sale would wait that
     * long for its lock. In WAL mode this connection reads what was committed without holding up the writer.
     */
    private Database aside;
    private boolean closed;

    private ReceiptLog(Database db) {
        this.db = db;
    }

    private synchronized Database aside() {
        if (closed) {
            throw new ReceiptLogException("The receipt log at " + db.file() + " is closed.");
        }
        if (aside == null) {
            aside = Database.openReadOnly(db.file());
        }
        return aside;
    }

    /** Opens the log as the {@link Sale#UNNAMED_TILL}: see {@link #open(Path, String)}. */
    public static ReceiptLog open(Path file) {
        return open(file, Sale.UNNAMED_TILL);
    }

    /**
     * Opens the log at {@code file}, creating it and its folders when missing, and brings its schema up to date.
     *
     * @param tillId the till opening it: a log from before till ids (schema 4) is taken to be this till's, so its
     *               sales and its one hash chain become this till's
     * @throws ReceiptLogException when the file is not a SQLite database, is damaged, is another program's
     *                             database or comes from a newer version of the app; the file is left untouched
     */
    public static ReceiptLog open(Path file, String tillId) {
        if (!Sale.isValidTillId(tillId)) {
            throw new IllegalArgumentException("till id must be 1-8 characters of A-Z 0-9: " + tillId);
        }
        Database db = Database.open(Objects.requireNonNull(file, "file"));
        try {
            Migrations.requireCompatible(db);
            db.makeDurable();
            Migrations.apply(db, tillId);
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

    /** Recomputes every till's hash chain: intact, or the first event that does not follow (and its till). */
    public ChainCheck verifyChain() {
        return db.read(HashChain::verify);
    }

    /** The schema version recorded in the file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return db.read(Migrations::version);
    }

    /**
     * Records a new sale, in its till's name, with a {@code created} event chained in that till's chain.
     *
     * @return the sale as stored, at version 1
     */
    public SaleSnapshot insert(SaleSnapshot sale) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(SaleRows.INSERT)) {
                SaleRows.bindInsert(ps, sale);
                ps.executeUpdate();
            }
            long event = SaleEvents.append(c, sale.orderId(), sale.sale().tillId(), SaleEvent.CREATED, sale.state(), "");
            Outbox.appendSaleEvent(c, event);
            return null;
        });
        return sale.atVersion(1);
    }

    /**
     * Stores the sale's new state and payment link over the stored row if that row is still at
     * {@code changed.version()}, and appends one event of {@code kind} with the raw MixPay response that caused it
     * ({@code ""} for local events).
     *
     * @return the sale as stored, one version later
     * @throws ReceiptLogConflictException when the stored row is at another version (written since {@code changed}
     *                                     was read); nothing is changed
     * @throws ReceiptLogException         when the sale was never inserted
     */
    public SaleSnapshot update(SaleSnapshot changed, String kind, String rawBody) {
        Objects.requireNonNull(kind, "kind");
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(SaleRows.UPDATE)) {
                SaleRows.bindUpdate(ps, changed);
                if (ps.executeUpdate() != 1) {
                    throw notUpdated(c, changed);
                }
            }
            long event = SaleEvents.append(c, changed.orderId(), changed.sale().tillId(), kind, changed.state(), rawBody);
            Outbox.appendSaleEvent(c, event);
            return null;
        });
        return changed.atVersion(changed.version() + 1);
    }

    private ReceiptLogException notUpdated(Connection c, SaleSnapshot changed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SaleRows.VERSION)) {
            ps.setString(1, changed.orderId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new ReceiptLogException("Sale " + changed.orderId() + " is not in the receipt log at "
                            + db.file() + "; nothing was changed");
                }
                return new ReceiptLogConflictException(changed.orderId(), rs.getLong(1), changed.version());
            }
        }
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

    /** The till's sales MixPay must still be asked about, and its sales still being created, oldest first. */
    public List<SaleSnapshot> unfinished(String tillId) {
        return list(UNFINISHED, Objects.requireNonNull(tillId, "tillId"));
    }

    /** Sales created in {@code [from, to)}, oldest first. */
    public List<SaleSnapshot> between(Instant from, Instant to) {
        return list(BETWEEN, Timestamps.format(from), Timestamps.format(to));
    }

    /** Paid sales created in {@code [from, to)}, summed exactly per quote asset. */
    public List<SalesTotal> paidTotals(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return aside().read(c -> PaidTotals.between(c, from, to));
    }

    /** The sale's history, oldest first; empty for an unknown order id. */
    public List<SaleEvent> events(String orderId) {
        return db.read(c -> SaleEvents.forSale(c, orderId));
    }

    /**
     * What an export of the sales created in {@code [from, to)} covers, as of now: how many there are and the highest
     * row id among them. The export's reads stop at that id, so its two files name the same sales however many are
     * recorded meanwhile.
     */
    public ExportExtent exportExtent(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        long[] e = aside().read(c -> ExportReads.extent(c, from, to));
        return new ExportExtent(from, to, e[0], e[1]);
    }

    /** The sales an export covers: created in {@code [from, to)}, {@code sales} of them, none after row {@code lastId}. */
    public record ExportExtent(Instant from, Instant to, long sales, long lastId) {
    }

    /**
     * Streams the named {@code sales} columns of the sales in {@code extent}, oldest first, each cell as the log stores
     * it (times as UTC text, amounts as decimal text, empty or null for nothing) except {@code reasons}, always in the
     * canonical form. Reads on a
     * read-only connection of its own, beside the till's (the log is in WAL mode: the till's writes do not wait for
     * it), a few thousand sales per read transaction. {@code sink} gets each row in one reused array; what it throws
     * ends the stream.
     *
     * @throws IllegalArgumentException when the log's {@code sales} have no such column
     */
    public void exportSales(ExportExtent extent, List<String> columns, Consumer<String[]> sink) {
        export(extent, columns, false, ExportReads.CHUNK, sink);
    }

    /**
     * As {@link #exportSales}, for the events of those sales, each sale's oldest first: {@code order_id} is the sale's,
     * {@code event_id} the event's id, any other name a {@code sale_events} column; events from before schema version 4
     * have their reasons recognised from the sentence they stored.
     */
    public void exportEvents(ExportExtent extent, List<String> columns, Consumer<String[]> sink) {
        export(extent, columns, true, ExportReads.CHUNK, sink);
    }

    /** As {@link #exportSales} or {@link #exportEvents}, {@code chunk} sales per read transaction. */
    void export(ExportExtent extent, List<String> columns, boolean events, int chunk, Consumer<String[]> sink) {
        List<String> names = List.copyOf(columns);
        try (Database reader = Database.openReadOnly(db.file())) {
            reader.read(c -> {
                new ExportReads(c, names, events).stream(c, extent.from(), extent.to(), extent.lastId(), chunk, sink);
                return null;
            });
        }
    }

    /**
     * Sales created in each {@code [bounds[i], bounds[i + 1])}, counted and summed per quote currency and outcome:
     * one list per interval, read together so they agree with each other.
     */
    public List<List<OutcomeTally>> outcomesPer(List<Instant> bounds) {
        return aside().read(c -> ReportSums.calendar(c, List.copyOf(bounds)).outcomes());
    }

    /**
     * What a calendar X report reads, in one read and one pass over its index: the outcomes of each
     * {@code [bounds[i], bounds[i + 1])}, and the payments and settlements of the whole span.
     */
    public CalendarSums calendar(List<Instant> bounds) {
        ReportSums.Calendar sums = aside().read(c -> ReportSums.calendar(c, List.copyOf(bounds)));
        return new CalendarSums(sums.outcomes(), sums.payments(), sums.settlements());
    }

    /** What {@link #calendar} reads: per interval the outcomes; over the span the payments and settlements. */
    public record CalendarSums(List<List<OutcomeTally>> outcomes, List<PaymentTally> payments,
                               List<SettleTally> settlements) {
    }

    /** Paid sales created in {@code [from, to)}, by what the customers paid with and their refunds' progress. */
    public List<PaymentTally> payments(Instant from, Instant to) {
        return aside().read(c -> Tallies.payments(c, from, to));
    }

    /** What MixPay settled for the paid sales created in {@code [from, to)}, per settlement status and asset. */
    public List<SettleTally> settlements(Instant from, Instant to) {
        return aside().read(c -> Tallies.settlements(c, from, to));
    }

    /** Sales created in {@code [from, to)} that need someone to look at them: the first {@code limit}, and how many. */
    public FlaggedSales flagged(Instant from, Instant to, int limit) {
        return aside().read(c -> Tallies.flagged(c, from, to, limit));
    }

    /** The till's period since its last Z, as it stands at {@code now}; nothing is stored. */
    public ClosedPeriod openPeriod(String tillId, ZoneId zone, Instant now) {
        return aside().read(c -> ZReports.open(c, tillId, zone, now));
    }

    /**
     * Closes the till's period as Z report {@code number} in one transaction of the log's one writer, chained after
     * the till's last Z. When Z {@code number} is already closed (a second press, another window) that Z is returned
     * as stored and nothing is written: a period is closed once.
     *
     * @throws ReceiptLogException when {@code number} is not the till's next Z or an earlier one
     */
    public ClosedPeriod closePeriod(String tillId, long number, ZoneId zone, Instant now) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        return db.write(c -> ZReports.close(c, Objects.requireNonNull(tillId, "tillId"), number, zone, now));
    }

    /** The till's Z reports as stored, newest first. */
    public List<ClosedPeriod> zReports(String tillId) {
        return db.read(c -> ZReports.all(c, tillId));
    }

    /** One Z report as stored. */
    public Optional<ClosedPeriod> zReport(String tillId, long number) {
        return db.read(c -> ZReports.find(c, tillId, number));
    }

    /**
     * Up to {@code limit} of the till's outbox rows after {@code afterSeq}, in order: what a store sender delivers
     * next (see {@link Outbox}).
     */
    public List<Outbox.Entry> outboxAfter(String tillId, long afterSeq, int limit) {
        Objects.requireNonNull(tillId, "tillId");
        return db.read(c -> Outbox.after(c, tillId, afterSeq, Math.max(0, limit)));
    }

    /** The till's last outbox row and the last one the store acknowledged. */
    public Outbox.Position outboxPosition(String tillId) {
        Objects.requireNonNull(tillId, "tillId");
        return db.read(c -> Outbox.position(c, tillId));
    }

    /**
     * Records that the store has committed the till's outbox rows up to {@code seq}: the high-water mark only moves
     * up. Called by the sender after the store's commit, never before.
     */
    public void acknowledgeOutbox(String tillId, long seq, Instant at) {
        Objects.requireNonNull(tillId, "tillId");
        db.write(c -> {
            Outbox.acknowledge(c, tillId, seq, Timestamps.format(at));
            return null;
        });
    }

    /** Deletes the till's outbox rows the store acknowledged (the app keeps them unless asked); returns how many. */
    public int pruneOutbox(String tillId) {
        Objects.requireNonNull(tillId, "tillId");
        return db.write(c -> Outbox.prune(c, tillId));
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
        synchronized (this) {
            closed = true;
            if (aside != null) {
                aside.close();
                aside = null;
            }
        }
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
