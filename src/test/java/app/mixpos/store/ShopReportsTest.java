package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.reports.Chart;
import app.mixpos.reports.CurrencyLine;
import app.mixpos.reports.OutcomeCount;
import app.mixpos.reports.PaymentLine;
import app.mixpos.reports.Report;
import app.mixpos.reports.Reports;
import app.mixpos.reports.ShopClosing;
import app.mixpos.reports.ShopReports;
import app.mixpos.reports.TillLine;
import app.mixpos.reports.Totals;
import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.shop.StoreReadException;
import app.mixpos.shop.StoreReportQueries;
import app.mixpos.testing.LogReports;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole shop's X report and closing on a real PostgreSQL: three tills' own receipt logs with generated sales
 * (every outcome, surpluses, several currencies) are delivered by the real sender; the shop's report, summed by
 * PostgreSQL, must equal the sum of the tills' own X reports from their SQLite logs and the sums computed here from
 * what was generated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopReportsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final AtomicInteger SHOPS = new AtomicInteger();
    private static final String[] CURRENCIES = {"usd", "eur"};
    private static final QuoteAsset EUR = new QuoteAsset("eur", "EUR", 2, null, null, true);
    private static final AtomicInteger ORDERS = new AtomicInteger();

    @TempDir
    static Path dir;

    private StoreFixture store;

    @BeforeAll
    void store() {
        store = new StoreFixture("shopreports");
    }

    /** One generated shop: its id, its tills' open logs and what was generated, per till. */
    private record Shop(String id, Map<String, ReceiptLog> logs, Map<String, List<SaleSnapshot>> sales) {
    }

    private Shop shop(long seed, int tills, int salesPerTill) throws Exception {
        int n = SHOPS.incrementAndGet();
        String shopId = "R" + n;
        store.shop(shopId);
        Random random = new Random(seed);
        Map<String, ReceiptLog> logs = new TreeMap<>();
        Map<String, List<SaleSnapshot>> sales = new TreeMap<>();
        for (int t = 0; t < tills; t++) {
            String till = "R" + n + "T" + t;
            store.till(till, shopId, null);
            ReceiptLog log = ReceiptLog.open(dir.resolve(till + ".sqlite"), till);
            List<SaleSnapshot> made = new ArrayList<>();
            for (int i = 0; i < salesPerTill; i++) {
                // from the day before to the day after on the shop's clock: the edges must fall where they belong
                Instant at = DAY.minusDays(1).atTime(22, 0).atZone(ZONE).toInstant()
                        .plusSeconds(random.nextInt(50 * 3600));
                made.add(sale(log, till, random, at));
            }
            deliver(log, till);
            logs.put(till, log);
            sales.put(till, made);
        }
        return new Shop(shopId, logs, sales);
    }

    private static SaleSnapshot sale(ReceiptLog log, String till, Random random, Instant at) {
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        String amount = BigDecimal.valueOf(1 + random.nextInt(99_999), 2).toPlainString();
        SaleSnapshot open = open(log, till, amount, at, currency.equals("usd") ? TillLogs.USD : EUR);
        BigDecimal price = open.sale().amount().value();
        Instant later = at.plusSeconds(30);
        SaleState st = open.state();
        return switch (random.nextInt(7)) {
            case 0 -> open;
            case 1, 2 -> TillLogs.pay(log, open, later);
            case 3 -> {
                BigDecimal surplus = BigDecimal.valueOf(1 + random.nextInt(500), 3);
                SurplusStatus status = random.nextBoolean() ? SurplusStatus.PENDING : SurplusStatus.SUCCESS;
                yield log.update(open.with(new SaleState(Outcome.PAID_SURPLUS, PaymentStatus.of("success"), 1,
                        price.add(surplus), price.add(surplus), "USDT", surplus, status, FailureCode.NONE,
                        st.reasons(), later)), SaleEvent.STATUS, "{}");
            }
            case 4 -> log.update(open.with(new SaleState(Outcome.FAILED, PaymentStatus.of("failed"), null, null, null,
                    null, null, SurplusStatus.NO, FailureCode.NONE, st.reasons(), later)), SaleEvent.STATUS, "{}");
            case 5 -> log.update(open.with(new SaleState(Outcome.MISMATCH, PaymentStatus.of("success"), 1, price,
                    price, "BTC", null, SurplusStatus.NO, FailureCode.NONE, st.reasons(), later)), SaleEvent.STATUS,
                    "{}");
            default -> log.update(open.with(st.cancel(later)), SaleEvent.STATUS, "");
        };
    }

    /** As {@link TillLogs#open}, in {@code asset}. */
    private static SaleSnapshot open(ReceiptLog log, String till, String amount, Instant at, QuoteAsset asset) {
        Sale sale = new Sale(String.format("%s-%06d", till, ORDERS.incrementAndGet()), UUID.randomUUID(),
                new Amount(new BigDecimal(amount), asset), "4d8c508b-91c5-375b-92b0-ee702ed2dac5",
                "6f3d0a1e-5a8b-4b0c-9d2e-2c1b7c9d4e5f", null, LinkMode.ONE_TIME, null, at, at.plusSeconds(900), till);
        SaleSnapshot stored = log.insert(new SaleSnapshot(sale, SaleState.creating(at)));
        SaleSnapshot opened = stored.with(stored.sale().withPaymentLink("https://mixpay.me/code/" + sale.orderId()))
                .with(stored.state().opened(at.plusMillis(300)));
        return log.update(opened, SaleEvent.LINK_CREATED, "");
    }

    private void deliver(ReceiptLog log, String till) {
        StoreSender sender = new StoreSender(new ReceiptLogChanges(log, till), store.owner(),
                new MutableClock(TillLogs.T0), Backoff.DEFAULT, 50, false);
        assertThat(sender.deliverOnce()).isTrue();
    }

    private ShopReports shopReports(String shopId) {
        return new ShopReports(new StoreReportQueries(store.owner(), shopId), Runnable::run,
                new MutableClock(TillLogs.T0), ZONE);
    }

    private static Reports tillReports(ReceiptLog log, String till) {
        LogReports ports = new LogReports(log);
        return new Reports(ports, ports, Runnable::run, new MutableClock(TillLogs.T0), ZONE, till);
    }

    @Test
    void theWholeShopsXIsTheSumOfItsTillsOwnXReportsAndOfWhatWasSold() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            Shop shop = shop(seed, 3, 40);
            for (LocalDate[] range : new LocalDate[][] {{DAY, DAY}, {DAY.minusDays(1), DAY.plusDays(1)}}) {
                Report whole = shopReports(shop.id()).range(range[0], range[1]).join();
                List<Report> own = new ArrayList<>();
                for (Map.Entry<String, ReceiptLog> t : shop.logs().entrySet()) {
                    own.add(tillReports(t.getValue(), t.getKey()).range(range[0], range[1]).join());
                }
                String why = "seed " + seed + ", " + range[0] + " to " + range[1];

                assertThat(lines(whole.totals())).as(why).isEqualTo(lines(sum(own)));
                assertThat(whole.attentionTotal()).as(why).isEqualTo(own.stream().mapToLong(Report::attentionTotal)
                        .sum());
                assertThat(bars(whole.chart())).as(why).isEqualTo(sumBars(own));
                assertThat(whole.isWholeShop()).isTrue();
                assertThat(whole.tills()).extracting(TillLine::tillId).containsExactlyElementsOf(shop.logs().keySet());
                for (int i = 0; i < own.size(); i++) {
                    Totals till = whole.tills().get(i).totals();
                    assertThat(lines(till).get("currencies")).as(why).isEqualTo(lines(own.get(i).totals())
                            .get("currencies"));
                    assertThat(lines(till).get("outcomes")).as(why).isEqualTo(lines(own.get(i).totals())
                            .get("outcomes"));
                }
                // and independently of either report: the paid sales generated in the period, summed here
                Instant from = range[0].atStartOfDay(ZONE).toInstant();
                Instant to = range[1].plusDays(1).atStartOfDay(ZONE).toInstant();
                Map<String, BigDecimal> paid = shop.sales().values().stream().flatMap(List::stream)
                        .filter(s -> !s.sale().createdAt().isBefore(from) && s.sale().createdAt().isBefore(to))
                        .filter(s -> s.state().outcome().isPaid())
                        .collect(Collectors.groupingBy(s -> s.sale().amount().asset().symbol(), TreeMap::new,
                                Collectors.reducing(BigDecimal.ZERO, s -> s.sale().amount().value(),
                                        BigDecimal::add)));
                Map<String, BigDecimal> reported = new TreeMap<>();
                whole.totals().currencies().stream().filter(c -> c.paidSales() > 0)
                        .forEach(c -> reported.put(c.symbol(), c.paid()));
                assertThat(reported).as(why).isEqualTo(paid);
            }
        }
    }

    @Test
    void theShopsClosingListsEachTillsZsOnceEvenWhenResentAndSaysWhichTillsHaveNotClosed() throws Exception {
        Shop shop = shop(99, 3, 12);
        List<String> tills = new ArrayList<>(shop.logs().keySet());
        Instant close = DAY.atTime(23, 0).atZone(ZONE).toInstant();
        ReceiptLog first = shop.logs().get(tills.get(0));
        ReceiptLog second = shop.logs().get(tills.get(1));
        first.closePeriod(tills.get(0), 1, ZONE, close);
        second.closePeriod(tills.get(1), 1, ZONE, close.plusSeconds(60));
        // the second till sells again after its Z: its day is open again
        TillLogs.pay(second, open(second, tills.get(1), "5.00", close.plusSeconds(120), TillLogs.USD),
                close.plusSeconds(150));
        deliver(first, tills.get(0));
        deliver(second, tills.get(1));
        // the first till's whole outbox offered again, as after a lost acknowledgement: nothing is added
        List<ChangeSource.Change> all = new ReceiptLogChanges(first, tills.get(0)).after(0, 10_000);
        try (Connection c = store.owner().getConnection()) {
            c.setAutoCommit(false);
            StoreReceiver.Received again = StoreReceiver.receive(c, tills.get(0), all);
            c.commit();
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(all.size());
        }

        assertThat(store.count("SELECT count(*) FROM store_z_reports WHERE shop_id = '" + shop.id() + "'"))
                .isEqualTo(2);
        assertThat(store.rows("SELECT hash FROM store_z_reports WHERE till_id = ?", tills.get(0)))
                .containsExactly(first.zReport(tills.get(0), 1).orElseThrow().hash());

        ShopClosing closing = shopReports(shop.id()).closing(DAY, DAY).join();

        assertThat(closing.tills()).extracting(ShopClosing.TillClosing::tillId).containsExactlyElementsOf(tills);
        assertThat(closing.tills().get(0).closed()).isTrue();
        assertThat(closing.tills().get(1).closed()).as("sold after its Z").isFalse();
        assertThat(closing.tills().get(1).notClosed()).isEqualTo(1);
        assertThat(closing.tills().get(2).zs()).isEmpty();
        assertThat(closing.stillOpen()).containsExactly(tills.get(1), tills.get(2));
        assertThat(closing.allClosed()).isFalse();
        // the Zs' sum is each till's Z as it closed it
        Report z1 = Reports.of(first.zReport(tills.get(0), 1).orElseThrow());
        Report z2 = Reports.of(second.zReport(tills.get(1), 1).orElseThrow());
        assertThat(lines(closing.zTotals())).isEqualTo(lines(sum(List.of(z1, z2))));
        assertThat(closing.zs()).extracting(ShopClosing.ShopZ::number).containsExactly(1L, 1L);
        // README's query of the Zs in the store gives the till's own takings
        String readme = "SELECT z.till_id, z.number, z.closed_at, o ->> 'symbol' AS currency, "
                + "sum((o ->> 'count')::bigint) AS sales, sum((o ->> 'amount')::numeric) FILTER (WHERE o ->> 'outcome' "
                + "IN ('PAID', 'PAID_SURPLUS', 'PAID_AFTER_CANCEL')) AS takings "
                + "FROM store_z_reports z, jsonb_array_elements(z.totals::jsonb -> 'sales' -> 'outcomes') o "
                + "WHERE z.shop_id = ? AND z.till_id = ? GROUP BY z.till_id, z.number, z.closed_at, o ->> 'symbol' "
                + "ORDER BY z.till_id, z.number";
        List<String> fromStore = store.rows("SELECT currency || ' ' || sales || ' ' || coalesce(takings, 0) FROM ("
                + readme + ") q ORDER BY currency", shop.id(), tills.get(0));
        assertThat(fromStore).containsExactlyElementsOf(z1.totals().currencies().stream()
                .map(l -> l.symbol() + " " + l.sales() + " " + l.paid().toPlainString()).sorted().toList());
    }

    @Test
    void aStoreThatCannotBeReachedFailsTheShopsReportWithAStoreReadFailure() {
        org.postgresql.ds.PGSimpleDataSource dead = new org.postgresql.ds.PGSimpleDataSource();
        dead.setUrl("jdbc:postgresql://127.0.0.1:1/nothing");
        dead.setConnectTimeout(1);
        ShopReports reports = new ShopReports(new StoreReportQueries(dead, "S1"), Runnable::run,
                new MutableClock(TillLogs.T0), ZONE);

        assertThatThrownBy(() -> reports.day(DAY).join()).hasCauseInstanceOf(StoreReadException.class);
    }

    // ---- sums of till reports, and a form that compares amounts by value (1.50 and 1.5 are one amount) ----

    private static Totals sum(List<Report> reports) {
        Map<String, CurrencyLine> currencies = new TreeMap<>();
        Map<Outcome, Long> outcomes = new TreeMap<>();
        Map<String, PaymentLine> payments = new TreeMap<>();
        for (Report r : reports) {
            for (CurrencyLine c : r.totals().currencies()) {
                currencies.merge(c.quoteAssetId() + "/" + c.decimals(), c, (a, b) -> new CurrencyLine(a.quoteAssetId(),
                        a.symbol(), a.decimals(), a.sales() + b.sales(), a.paidSales() + b.paidSales(),
                        a.paid().add(b.paid()), a.openSales() + b.openSales(), a.open().add(b.open())));
            }
            for (OutcomeCount o : r.totals().outcomes()) {
                outcomes.merge(o.outcome(), o.count(), Long::sum);
            }
            for (PaymentLine p : r.totals().payments()) {
                payments.merge(p.symbol(), p, (a, b) -> new PaymentLine(a.symbol(), a.paidSales() + b.paidSales(),
                        a.received().add(b.received()), a.surplusRefunded().add(b.surplusRefunded()),
                        a.surplusPending().add(b.surplusPending()), a.surplusExpired().add(b.surplusExpired())));
            }
        }
        return new Totals(new ArrayList<>(currencies.values()),
                outcomes.entrySet().stream().map(e -> new OutcomeCount(e.getKey(), e.getValue())).toList(),
                new ArrayList<>(payments.values()));
    }

    private static Map<String, List<String>> lines(Totals t) {
        return Map.of(
                "currencies", t.currencies().stream().filter(c -> c.sales() != 0)
                        .map(c -> c.quoteAssetId() + " " + c.symbol() + " " + c.sales() + " " + c.paidSales() + " "
                                + n(c.paid()) + " " + c.openSales() + " " + n(c.open())).sorted().toList(),
                "outcomes", t.outcomes().stream().filter(o -> o.count() != 0).map(o -> o.outcome() + " " + o.count())
                        .sorted().toList(),
                "payments", t.payments().stream().map(p -> p.symbol() + " " + p.paidSales() + " " + n(p.received())
                        + " " + n(p.surplusRefunded()) + " " + n(p.surplusPending()) + " " + n(p.surplusExpired()))
                        .sorted().toList());
    }

    private static String n(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static List<String> bars(Chart chart) {
        return chart.bars().stream().map(b -> b.start() + " " + b.sales() + " " + b.paid()).toList();
    }

    private static List<String> sumBars(List<Report> reports) {
        Map<String, long[]> sum = new TreeMap<>();
        for (Report r : reports) {
            for (Chart.Bar b : r.chart().bars()) {
                long[] n = sum.computeIfAbsent(b.start().toString(), k -> new long[2]);
                n[0] += b.sales();
                n[1] += b.paid();
            }
        }
        return sum.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + " " + e.getValue()[1]).toList();
    }
}
