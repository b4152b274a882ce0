package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.store.StoreBudgetConfig;
import app.mixpos.store.StoreSchema;
import app.mixpos.testing.AcceleratedClock;
import app.mixpos.testing.RequestWindows;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.training.SimulatedCustomer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's chaos run (README, "Store mode"): eight tills, each with its own receipt log, sell 300 sales each
 * against one PostgreSQL store and the MixPay simulator, which allows 60 requests a minute for the one address they
 * all share (127.0.0.1). Everything runs on one clock 30 times faster than real time: the tills' clocks and
 * schedulers (poll intervals, deadlines), the simulator's clock and rate limit, and the shared budget (whose window
 * and leases the store server measures in real time, divided by 30). During the run the PostgreSQL server is stopped
 * for 60 s of real time (30 minutes of the shop) and started again, the till in a child JVM is SIGKILLed while it
 * delivers its backlog to the store in batches and is started again, and one till's clock is 2 minutes ahead.
 */
class StoreChaosRunTest {

    private static final double FACTOR = 30;
    private static final int TILLS = 8;
    private static final int SALES = 300;
    private static final int PER_MINUTE = 57;
    /** 300 ms and 150 ms of real time: see StoreRequestBudgetTest. */
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(9);
    private static final Duration TRANSIT = Duration.ofMillis(4500);
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final String CHILD = "A8";
    private static final Set<Outcome> PAID = EnumSet.of(Outcome.PAID, Outcome.PAID_SURPLUS, Outcome.PAID_AFTER_CANCEL);
    private static final Instant MORNING = Instant.parse("2026-12-02T09:00:00Z");

    @TempDir
    Path dir;

    private final Map<String, AtomicInteger> sold = new ConcurrentHashMap<>();
    private final AtomicReference<ChildProcess> child = new AtomicReference<>();
    private final AtomicInteger childStarts = new AtomicInteger();
    private String storeUrl;
    private long realStart;
    private MixPaySimulator sim;

    @Test
    void eightTillsSellThreeHundredSalesEachThroughAStoreOutageASigkillAndClocksTwoMinutesApart() throws Exception {
        long runStarted = System.nanoTime();
        int port = freePort();
        Path pgData = dir.resolve("pg");
        EmbeddedPostgres pg = startPostgres(pgData, port);
        storeUrl = prepareStore(pg, port);
        realStart = System.currentTimeMillis();
        AcceleratedClock clock = new AcceleratedClock(MORNING, FACTOR);
        sim = MixPaySimulator.start(clock);
        List<ChaosTill> tills = new ArrayList<>();
        ExecutorService drivers = Executors.newFixedThreadPool(TILLS);
        try {
            for (int i = 1; i < TILLS; i++) {
                String id = "A" + i;
                AcceleratedClock tillClock = id.equals("A2") ? clock.offset(Duration.ofMinutes(2)) : clock;
                tills.add(ChaosTill.open(new ChaosTill.Options(dir.resolve(id + ".sqlite"), id,
                        i % 3 == 1 ? LinkMode.ONE_TIME : LinkMode.PAYLINK, sim.apiUrl(), sim.payUrl(), tillClock,
                        storeUrl, "postgres", "postgres", budget(id))));
            }
            startChild();
            List<Future<?>> running = new ArrayList<>();
            for (ChaosTill till : tills) {
                running.add(drivers.submit(() -> {
                    drive(till);
                    return null;
                }));
            }
            running.add(drivers.submit(() -> {
                driveChild();
                return null;
            }));

            // ---- the store goes away for a minute of real time, once every till has sold a third
            awaitInJvm(s -> s >= SALES / 3, Duration.ofMinutes(4));
            Instant outageAt = clock.instant();
            Map<String, Integer> soldBefore = soldNow();
            Map<String, Long> grantedBefore = granted(tills);
            pg.close();
            Thread.sleep(OUTAGE.toMillis());
            Map<String, Integer> soldDuring = soldNow();
            Map<String, Long> grantedDuring = diffLong(granted(tills), grantedBefore);
            pg = startPostgres(pgData, port);
            long backNanos = System.nanoTime();
            Instant backAt = clock.instant();

            // ---- SIGKILL the child while it delivers its backlog
            long baseline = count("SELECT count(*) FROM received_changes WHERE till_id = '" + CHILD + "'");
            String openBatch = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            try (Connection watch = owner(); PreparedStatement ps = watch.prepareStatement("SELECT left(query, 60) "
                    + "FROM pg_stat_activity WHERE application_name = 'MixPay POS till " + CHILD + "' AND xact_start "
                    + "IS NOT NULL AND query NOT LIKE '%budget_lease%' AND query NOT LIKE '%FROM conflicts%' AND query <> ''"
                    + " AND state <> 'idle'")) {
                while (openBatch == null && System.nanoTime() < deadline) {
                    try (ResultSet r = ps.executeQuery()) {
                        openBatch = r.next() ? r.getString(1) : null;
                    }
                }
            }
            child.get().kill();
            long atKill = count("SELECT count(*) FROM received_changes WHERE till_id = '" + CHILD + "'");
            assertThat(openBatch).as("the child was killed inside a delivery transaction at the store").isNotNull();
            long afterKill = count("SELECT count(*) FROM received_changes WHERE till_id = '" + CHILD + "'");
            startChild();

            // ---- how long the in-JVM tills took to deliver what queued up in the outage
            Duration catchUp = null;
            while (catchUp == null && System.nanoTime() - backNanos < TimeUnit.MINUTES.toNanos(2)) {
                if (tills.stream().allMatch(t -> t.sender().status().waiting() == 0
                        && t.sender().status().reachable())) {
                    catchUp = Duration.ofNanos(System.nanoTime() - backNanos);
                }
                Thread.sleep(20);
            }

            for (Future<?> f : running) {
                f.get(9, TimeUnit.MINUTES);
            }
            long sellingDone = System.nanoTime();
            drain(tills);
            assertThat(child.get().finish()).as("the child closed normally").isZero();

            // ---- after it
            Map<String, List<SaleSnapshot>> logs = new TreeMap<>();
            for (ChaosTill till : tills) {
                logs.put(till.tillId(), till.sales());
                assertThat(till.log().verifyChain().isIntact()).as("%s's own chain", till.tillId()).isTrue();
            }
            try (ReceiptLog childLog = ReceiptLog.open(dir.resolve(CHILD + ".sqlite"), CHILD)) {
                logs.put(CHILD, childLog.recent(1_000_000));
                assertThat(childLog.verifyChain().isIntact()).isTrue();
            }
            BigDecimal shopFromLogs = BigDecimal.ZERO;
            StringBuilder perTill = new StringBuilder();
            for (Map.Entry<String, List<SaleSnapshot>> e : logs.entrySet()) {
                String till = e.getKey();
                List<SaleSnapshot> sales = e.getValue();
                assertThat(sales).as("%s sold at least %d", till, SALES).hasSizeGreaterThanOrEqualTo(SALES);
                assertThat(sales).as("%s: every sale in its final state", till)
                        .noneMatch(s -> s.state().needsWatching());
                assertThat(rows("SELECT order_id || ' ' || outcome || ' ' || version FROM sales WHERE till_id = ?",
                        till)).as("%s: every sale in the store exactly once, in its final state", till)
                        .containsExactlyInAnyOrderElementsOf(sales.stream()
                                .map(s -> s.orderId() + " " + s.state().outcome() + " " + s.version()).toList());
                BigDecimal paid = sales.stream().filter(s -> PAID.contains(s.state().outcome()))
                        .map(s -> s.sale().amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
                shopFromLogs = shopFromLogs.add(paid);
                assertThat(decimal("SELECT coalesce(sum(amount), 0) FROM sales WHERE till_id = ? AND paid", till))
                        .as("%s: store total = the till's own log", till).isEqualByComparingTo(paid);
                assertThat(rows("SELECT events || ' ' || broken_links FROM chain_heads WHERE till_id = ?", till))
                        .as("%s: the chain verifies at the store", till)
                        .containsExactly(count("SELECT count(*) FROM received_changes WHERE till_id = '" + till
                                + "'") + " 0");
                assertThat(count("SELECT count(*) FROM events WHERE till_id = '" + till + "' AND NOT chain_ok"))
                        .isZero();
                Map<Outcome, Long> outcomes = sales.stream()
                        .collect(Collectors.groupingBy(s -> s.state().outcome(), TreeMap::new, Collectors.counting()));
                perTill.append(String.format("  %s: %d sales %s, paid %s USD%n", till, sales.size(), outcomes, paid));
            }
            assertThat(count("SELECT count(*) FROM conflicts")).isZero();
            assertThat(decimal("SELECT coalesce(sum(amount), 0) FROM sales WHERE shop_id = ? AND paid", "S1"))
                    .as("shop total at the store = the sum of the tills' own logs").isEqualByComparingTo(shopFromLogs);

            List<Instant> admitted = sim.admittedTimes("127.0.0.1");
            int busiest = RequestWindows.busiestMinute(admitted);
            assertThat(sim.rateLimitedCount()).as("no 1429 from the simulator").isZero();
            assertThat(busiest).as("no minute over MixPay's limit across all tills").isLessThanOrEqualTo(60);

            long totalSales = logs.values().stream().mapToLong(List::size).sum();
            Duration shopTime = Duration.between(MORNING, clock.instant());
            String figures = String.format("""
                    Store chaos run: %d tills, one address, clock %.0f x real time (1 s real = %.0f s of the shop)
                      sales %d (%s), shop paid total %s USD, store = sum of the tills' logs, chains intact, \
                    conflicts 0
                    %s  MixPay requests admitted %d, 1429s %d, busiest minute %d (budget %d per window of %d s), \
                    requests per shop-minute on average %.1f
                      store stopped for %d s real (%s of the shop, %s to %s); sales during it %s (before: %s); \
                    MixPay requests during it %s, on fixed shares over the run %s
                      child %s SIGKILLed inside a delivery transaction (at the store: "%s"), %d changes into its \
                    backlog (store had %d when it came back, %d after the kill), started %d times
                      MixPay requests by path %s
                      catch-up of the in-JVM tills after the outage: %s real
                      selling took %.0f s real (%s of the shop), the whole run %.0f s real
                    """, TILLS, FACTOR, FACTOR, totalSales, logs.keySet(), shopFromLogs, perTill, admitted.size(),
                    sim.rateLimitedCount(), busiest, PER_MINUTE, budget("A1").window().toSeconds(),
                    admitted.size() / Math.max(1.0, shopTime.toSeconds() / 60.0), OUTAGE.toSeconds(),
                    scaled(OUTAGE), outageAt, backAt, diff(soldDuring, soldBefore), soldBefore, grantedDuring,
                    tills.stream().collect(Collectors.toMap(ChaosTill::tillId, t -> t.budget().grantedOnShare(),
                            (x, y) -> x, TreeMap::new)),
                    CHILD, openBatch, atKill - baseline, baseline, afterKill, childStarts.get(), sim.admittedByPath(),
                    catchUp,
                    (sellingDone - runStarted) / 1e9, shopTime, (System.nanoTime() - runStarted) / 1e9);
            System.out.println(figures);
            Files.writeString(Path.of("target", "store-chaos-run.txt"), figures);
        } finally {
            drivers.shutdownNow();
            for (ChaosTill t : tills) {
                t.close();
            }
            if (child.get() != null) {
                child.get().close();
            }
            sim.close();
            pg.close();
        }
    }

    private StoreBudgetConfig budget(String till) {
        return new StoreBudgetConfig("shop-router", till, PER_MINUTE, TILLS).accelerated(FACTOR, TOKEN_LIFE, TRANSIT);
    }

    private void drive(ChaosTill till) throws Exception {
        Random random = new Random(till.tillId().hashCode());
        AtomicInteger n = sold.computeIfAbsent(till.tillId(), k -> new AtomicInteger());
        while (n.get() < SALES) {
            SaleSnapshot open = till.charge(amount(random)).get(2, TimeUnit.MINUTES);
            if (open.state().outcome() == Outcome.OPEN) {
                pay(open.sale().paymentLink(), n.get());
            }
            till.finished(open.orderId()).get(3, TimeUnit.MINUTES);
            n.incrementAndGet();
        }
    }

    private void driveChild() throws Exception {
        Random random = new Random(CHILD.hashCode());
        AtomicInteger n = sold.computeIfAbsent(CHILD, k -> new AtomicInteger());
        ChildProcess c = child.get();
        n.set(Integer.parseInt(await(c, "READY").split(" ")[1]));
        while (n.get() < SALES) {
            c.send("charge " + amount(random));
            String shown = await(c, "SHOWN", "REFUSED");
            if (shown.equals("EOF")) {
                c = restarted(c, n);
                continue;
            }
            assertThat(shown).startsWith("SHOWN");
            String[] parts = shown.split(" ");
            if (parts[2].equals(Outcome.OPEN.name())) {
                pay(parts[3], n.get());
            }
            String done = await(c, "FINAL " + parts[1]);
            if (done.equals("EOF")) {
                c = restarted(c, n);
                continue;
            }
            n.incrementAndGet();
        }
    }

    /** The child was killed: waits for the new one and counts its sales again from its log. */
    private ChildProcess restarted(ChildProcess dead, AtomicInteger n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.get() == dead && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        ChildProcess c = child.get();
        String ready = await(c, "READY");
        if (ready.equals("EOF")) {
            throw new AssertionError("the restarted child till died at start: "
                    + Files.readString(dir.resolve("child-stderr.txt")));
        }
        n.set(Integer.parseInt(ready.split(" ")[1]));
        return c;
    }

    private void startChild() throws IOException {
        childStarts.incrementAndGet();
        child.set(ChildProcess.start(List.of(dir.resolve(CHILD + ".sqlite").toString(), CHILD,
                sim.apiUrl().toString(), sim.payUrl().toString(), storeUrl, "postgres", "postgres",
                MORNING.toString(), Long.toString(realStart), Double.toString(FACTOR),
                Long.toString(TOKEN_LIFE.toMillis()), Long.toString(TRANSIT.toMillis()), Integer.toString(TILLS),
                Integer.toString(PER_MINUTE)), dir.resolve("child-stderr.txt")));
    }

    /** The next line of the child starting with one of {@code prefixes}, or "EOF" once it is gone. */
    private static String await(ChildProcess c, String... prefixes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            String line = c.next(Duration.ofSeconds(1));
            if (line == null) {
                continue;
            }
            if (line.equals("EOF")) {
                return line;
            }
            for (String p : prefixes) {
                if (line.startsWith(p)) {
                    return line;
                }
            }
        }
        throw new AssertionError("the child said none of " + List.of(prefixes) + " within 3 minutes");
    }

    /** The customer: most pay exactly, one in 20 pays with a price swing MixPay refuses (40025). */
    private void pay(String link, int n) {
        SimulatedCustomer customer = sim.scan(link);
        if (n % 20 == 7) {
            customer.fail("40025");
        } else {
            customer.payExactly();
        }
    }

    /** Waits until every till has sold enough and every sale has ended and been delivered. */
    private void drain(List<ChaosTill> tills) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            boolean inJvm = tills.stream().allMatch(t -> t.sender().status().waiting() == 0
                    && t.sales().stream().noneMatch(s -> s.state().needsWatching()));
            ChildProcess c = child.get();
            c.send("status");
            String[] status = await(c, "STATUS").split(" ");
            if (inJvm && status[2].equals("0") && status[3].equals("0")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("sales still open or changes still waiting 3 minutes after selling ended");
    }

    private void awaitInJvm(java.util.function.IntPredicate enough, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Integer> now = soldNow();
            now.remove(CHILD);
            if (now.size() == TILLS - 1 && now.values().stream().allMatch(enough::test)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the tills did not sell a third in " + timeout + ": " + soldNow());
    }

    private Map<String, Integer> soldNow() {
        return sold.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(),
                (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Integer> diff(Map<String, Integer> after, Map<String, Integer> before) {
        return after.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() - before.getOrDefault(e.getKey(), 0), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Long> granted(List<ChaosTill> tills) {
        return tills.stream().collect(Collectors.toMap(ChaosTill::tillId, t -> t.budget().granted(), (a, b) -> a,
                TreeMap::new));
    }

    private static Map<String, Long> diffLong(Map<String, Long> after, Map<String, Long> before) {
        return after.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() - before.getOrDefault(e.getKey(), 0L), (a, b) -> a, TreeMap::new));
    }

    private static String scaled(Duration real) {
        return Duration.ofMillis((long) (real.toMillis() * FACTOR)).toString();
    }

    private static String amount(Random random) {
        return BigDecimal.valueOf(100 + random.nextInt(9_900), 2).toPlainString();
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(true).start();
    }

    private static String prepareStore(EmbeddedPostgres pg, int port) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE chaos");
        }
        String url = "jdbc:postgresql://localhost:" + port + "/chaos";
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url);
        owner.setUser("postgres");
        owner.setPassword("postgres");
        StoreSchema.migrate(owner);
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO shops (shop_id, name) VALUES ('S1', 'Shop S1')");
            for (int i = 1; i <= TILLS; i++) {
                s.execute("INSERT INTO tills (till_id, shop_id, name, db_role) VALUES ('A" + i + "', 'S1', 'Till A"
                        + i + "', NULL)");
            }
        }
        return url;
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(storeUrl, "postgres", "postgres");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private BigDecimal decimal(String sql, String param) throws SQLException {
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getBigDecimal(1);
            }
        }
    }

    private List<String> rows(String sql, String param) throws SQLException {
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet r = ps.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(r.getString(1));
                }
                return rows;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
