package app.mixpos.receipts;

import app.mixpos.reports.Report;
import app.mixpos.reports.Reports;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.testing.LogReports;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reports on big logs, for the bench ({@code -Pbench -Dbench.only=reports}): X of a day with 10,000 sales, X of a
 * month with 1,000,000 sales, and closing a Z over that day. Logs are bulk-loaded with plain JDBC through the app's own
 * row binding (as {@link ReceiptLogBench} does); every timed report goes through {@link Reports} as the screen asks.
 */
public final class ReportsBench {

    public static final String TILL = "B1";
    public static final ZoneId ZONE = ZoneOffset.UTC;
    public static final LocalDate DAY = LocalDate.parse("2026-05-12");
    public static final LocalDate MONTH = LocalDate.parse("2026-05-01");

    private ReportsBench() {
    }

    /** A log whose {@code sales} sales are spread evenly over {@code days} days from {@code first}; reused if complete. */
    public static Map<String, Object> load(Path file, int sales, LocalDate first, int days) throws SQLException {
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
        ReceiptLog.open(file, TILL).close();
        long t0 = System.nanoTime();
        QuoteAsset[] assets = {QuoteAsset.USD, QuoteAsset.USD, QuoteAsset.USD, QuoteAsset.USD, Sales.EUR, Sales.BTC};
        Instant start = first.atStartOfDay(ZONE).toInstant();
        long step = days * 86_400_000L / sales;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -200000");
            }
            c.setAutoCommit(false);
            String events = "INSERT INTO sale_events (sale_id, at, kind, outcome, status, detail, raw_body, till_id) "
                    + "VALUES (?, ?, 'status', ?, ?, NULL, '{}', ?)";
            try (PreparedStatement ps = c.prepareStatement(SaleRows.INSERT);
                 PreparedStatement ev = c.prepareStatement(events)) {
                for (int i = 0; i < sales; i++) {
                    Instant at = start.plusMillis(i * step);
                    QuoteAsset asset = assets[i % assets.length];
                    Outcome outcome = i % 20 == 7 ? Outcome.FAILED : i % 50 == 3 ? Outcome.CANCELLED
                            : i % 97 == 5 ? Outcome.PAID_SURPLUS : i % 1000 == 9 ? Outcome.MISMATCH : Outcome.PAID;
                    String amount = asset == Sales.BTC ? "0.000" + (1000 + i % 9000)
                            : (1 + i % 300) + "." + (10 + i % 90);
                    SaleSnapshot s = Sales.sale(amount, asset, at, outcome, TILL);
                    if (outcome.isPaid()) {
                        SaleState st = s.state();
                        boolean surplus = outcome == Outcome.PAID_SURPLUS;
                        s = s.with(new SaleState(outcome, st.status(), st.confirmations(),
                                new BigDecimal((1 + i % 300) + "." + (100_000 + i % 900_000)), null, "USDT",
                                surplus ? new BigDecimal("0.0" + (1 + i % 9)) : null,
                                surplus ? SurplusStatus.SUCCESS : SurplusStatus.NO, st.failureCode(), st.reasons(),
                                st.updatedAt()));
                    }
                    SaleRows.bindInsert(ps, s);
                    ps.addBatch();
                    ev.setLong(1, i + 1);
                    ev.setString(2, Timestamps.format(at.plusSeconds(20)));
                    ev.setString(3, outcome.name());
                    ev.setString(4, outcome == Outcome.FAILED ? "failed" : "success");
                    ev.setString(5, TILL);
                    ev.addBatch();
                    if ((i + 1) % ReceiptLogBench.BATCH == 0 || i == sales - 1) {
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
        return m;
    }

    /** An X of {@code first..last}, {@code times} times after one cold run, through {@link Reports}. */
    public static Map<String, Object> x(Path file, LocalDate first, LocalDate last, int times) {
        long o0 = System.nanoTime();
        try (ReceiptLog log = ReceiptLog.open(file, TILL)) {
            // opening an older log migrates it here (schema 7 adds and fills the exact-integer columns and indexes)
            double openMs = Math.round((System.nanoTime() - o0) / 1e4) / 100.0;
            LogReports ports = new LogReports(log);
            Reports reports = new Reports(ports, ports, Runnable::run, Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"),
                    ZONE), ZONE, TILL);
            Map<String, Object> m = time(times, () -> reports.range(first, last).join());
            m.put("openMs", openMs);
            return m;
        }
    }

    /** Closes a Z over the whole log (cold: the first close of this till), once. */
    public static Map<String, Object> closeZ(Path file) {
        try (ReceiptLog log = ReceiptLog.open(file, TILL)) {
            long t0 = System.nanoTime();
            var z = log.closePeriod(TILL, log.openPeriod(TILL, ZONE, Instant.now()).number(), ZONE, Instant.now());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ms", Math.round((System.nanoTime() - t0) / 1e4) / 100.0);
            m.put("number", z.number());
            m.put("sales", z.sales().outcomes().stream().mapToLong(t -> t.count()).sum());
            return m;
        }
    }

    private static Map<String, Object> time(int times, Supplier<Report> report) {
        long c0 = System.nanoTime();
        Report first = report.get();
        double cold = (System.nanoTime() - c0) / 1e6;
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            long t = mx.getCurrentThreadCpuTime();
            report.get();
            cpu.add(Math.round((mx.getCurrentThreadCpuTime() - t) / 1e4) / 100.0);
            ms.add((System.nanoTime() - s) / 1e6);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sales", first.totals().sales());
        m.put("attention", first.attentionTotal());
        m.put("bars", first.chart().bars().size());
        m.put("firstMs", Math.round(cold * 100) / 100.0);
        m.put("samplesMs", ms);
        // the report runs on this thread (Runnable::run), so its CPU time, unlike the wall time, barely moves with load
        m.put("cpuSamplesMs", cpu);
        return m;
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
}
