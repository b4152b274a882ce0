package app.mixpos.receipts;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The receipt log at scale, for the benchmarks (not a test: its name keeps it out of the normal run). The bulk
 * load uses plain JDBC with the app's own row binding ({@link SaleRows#bindInsert}), one transaction per
 * {@link #BATCH} sales, {@code synchronous=OFF} while loading; everything timed afterwards goes through
 * {@link ReceiptLog} with its own {@code synchronous=FULL}.
 */
public final class ReceiptLogBench {

    public static final int BATCH = 10_000;
    /** One year of trading: a sale every ~31.5 s. */
    static final Instant FIRST = Instant.parse("2025-11-21T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(365);
    private static final String RAW = "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{\"status\":\"success\","
            + "\"quoteAmount\":\"12.50\",\"quoteSymbol\":\"USD\",\"paymentAmount\":\"12.5\",\"paymentSymbol\":\"USDT\","
            + "\"payableAmount\":\"12.5\",\"payeeId\":\"6f3d0a1e-5a8b-4b0c-9d2e-2c1b7c9d4e5f\",\"surplusAmount\":\"0\","
            + "\"surplusStatus\":\"no\",\"confirmations\":12,\"failureCode\":\"\",\"date\":1763720130}}";

    private ReceiptLogBench() {
    }

    /** Creates (or reuses, when complete) a log of {@code sales} sales with three events each. */
    public static Map<String, Object> bulkLoad(Path file, int sales) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        if (Files.exists(file) && count(file) == sales) {
            m.put("reused", true);
            return m;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ReceiptLog.open(file).close();
        long t0 = System.nanoTime();
        QuoteAsset[] assets = {QuoteAsset.USD, QuoteAsset.USD, QuoteAsset.USD, QuoteAsset.USD, Sales.EUR, Sales.BTC};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -200000");
            }
            c.setAutoCommit(false);
            String events = "INSERT INTO sale_events (sale_id, at, kind, outcome, status, detail, raw_body) "
                    + "VALUES (?, ?, ?, ?, ?, NULL, ?)";
            try (PreparedStatement ps = c.prepareStatement(SaleRows.INSERT);
                 PreparedStatement ev = c.prepareStatement(events)) {
                long step = SPAN.toMillis() / sales;
                for (int i = 0; i < sales; i++) {
                    Instant at = FIRST.plusMillis(i * step);
                    QuoteAsset asset = assets[i % assets.length];
                    Outcome outcome = i % 20 == 7 ? Outcome.FAILED : i % 50 == 3 ? Outcome.CANCELLED : Outcome.PAID;
                    String amount = asset == Sales.BTC ? "0.000" + (1000 + i % 9000) : (1 + i % 300) + "." + (10 + i % 90);
                    SaleSnapshot s = Sales.sale(amount, asset, at, outcome);
                    SaleRows.bindInsert(ps, s);
                    ps.addBatch();
                    long id = i + 1;
                    event(ev, id, at, "created", "CREATING", "unpaid", "");
                    event(ev, id, at.plusMillis(300), "link_created", "OPEN", "unpaid", "");
                    event(ev, id, at.plusSeconds(20), "status", outcome.name(),
                            outcome == Outcome.FAILED ? "failed" : "success", RAW);
                    if ((i + 1) % BATCH == 0 || i == sales - 1) {
                        ps.executeBatch();
                        ev.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        m.put("reused", false);
        m.put("seconds", Math.round(s * 10) / 10.0);
        m.put("salesPerSecond", Math.round(sales / s));
        return m;
    }

    private static void event(PreparedStatement ev, long id, Instant at, String kind, String outcome, String status,
                              String raw) throws SQLException {
        ev.setLong(1, id);
        ev.setString(2, Timestamps.format(at));
        ev.setString(3, kind);
        ev.setString(4, outcome);
        ev.setString(5, status);
        ev.setString(6, raw);
        ev.addBatch();
    }

    private static long count(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sales")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Single sales through {@link ReceiptLog#insert}, each durable (synchronous=FULL) before the next. */
    public static Map<String, Object> durableInserts(Path file, Duration forAtLeast) {
        Map<String, Object> m = new LinkedHashMap<>();
        try (ReceiptLog log = ReceiptLog.open(file)) {
            int n = 0;
            long t0 = System.nanoTime();
            long end = t0 + forAtLeast.toNanos();
            List<Double> ms = new ArrayList<>();
            while (System.nanoTime() < end || n < 200) {
                long s = System.nanoTime();
                log.insert(Sales.creating("12.50", QuoteAsset.USD, Instant.now()));
                ms.add((System.nanoTime() - s) / 1e6);
                n++;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            m.put("inserts", n);
            m.put("perSecond", Math.round(n / secs));
            m.put("msEach", ms);
        }
        return m;
    }

    /** The screens' queries on the big log: each run {@code times} times after one cold run. */
    public static Map<String, Object> queries(Path file, int times) {
        Map<String, Object> m = new LinkedHashMap<>();
        try (ReceiptLog log = ReceiptLog.open(file)) {
            UUID trace = traceOf(file, 777_777);
            Instant day = Instant.parse("2026-05-12T00:00:00Z");
            Instant month = Instant.parse("2026-05-01T00:00:00Z");
            m.put("recent50", time(times, () -> log.recent(50).size()));
            m.put("byTraceId", time(times, () -> log.byTraceId(trace).isPresent() ? 1 : 0));
            m.put("paidTotalsDay", time(times, () -> log.paidTotals(day, day.plus(Duration.ofDays(1))).size()));
            m.put("paidTotalsMonth", time(times, () -> log.paidTotals(month, Instant.parse("2026-06-01T00:00:00Z")).size()));
            m.put("salesInDay", log.between(day, day.plus(Duration.ofDays(1))).size());
            m.put("paidInMonth", log.paidTotals(month, Instant.parse("2026-06-01T00:00:00Z")).stream()
                    .mapToLong(t -> t.count()).sum());
        }
        return m;
    }

    private static UUID traceOf(Path file, long id) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT trace_id FROM sales WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return UUID.fromString(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> time(int times, Supplier<Integer> query) {
        long c0 = System.nanoTime();
        int rows = query.get();
        double cold = (System.nanoTime() - c0) / 1e6;
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            query.get();
            ms.add((System.nanoTime() - s) / 1e6);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("firstMs", Math.round(cold * 100) / 100.0);
        m.put("samplesMs", ms);
        return m;
    }
}
