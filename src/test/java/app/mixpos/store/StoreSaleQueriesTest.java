package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.ShopQueries.ShopTotal;
import app.mixpos.records.ShopQueries.TillTotal;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.shop.StoreReadException;
import app.mixpos.shop.StoreSaleQueries;
import app.mixpos.sale.SalesTotal;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store-wide views on a real PostgreSQL: three tills' own receipt logs (two in shop S1, one in S2) are delivered
 * by the real sender, then read back through {@link StoreSaleQueries} and compared with what each till wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreSaleQueriesTest {

    private static final AtomicInteger ROLES = new AtomicInteger();
    private static final Instant DAY = Instant.parse("2026-12-02T00:00:00Z");

    @TempDir
    static Path dir;

    private StoreFixture store;
    private String roleA1;
    private final List<SaleSnapshot> s1Sales = new ArrayList<>();
    private final List<SaleSnapshot> s2Sales = new ArrayList<>();
    private ReceiptLog logA2;

    @BeforeAll
    void threeTillsDeliverTheirLogs() throws Exception {
        roleA1 = "till_q" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        store = new StoreFixture("views").shop("S1").shop("S2").till("A1", "S1", roleA1).till("A2", "S1", null)
                .till("B1", "S2", null)
                .sql("CREATE ROLE " + roleA1 + " LOGIN PASSWORD 'pw' IN ROLE " + StoreSchema.TILL_GROUP);
        deliver("A1", new String[] {"1.25", "2.50", "3.00"}, s1Sales, 0);
        logA2 = deliver("A2", new String[] {"10.00", "0.05"}, s1Sales, 30);
        deliver("B1", new String[] {"7.77", "8.88"}, s2Sales, 45);
        s1Sales.sort(Comparator.comparing((SaleSnapshot s) -> s.sale().createdAt()).reversed());
    }

    /** Sales at {@code offsetMinutes} on, paid every other one, delivered to the store; keeps A2's log open. */
    private ReceiptLog deliver(String till, String[] amounts, List<SaleSnapshot> into, int offsetMinutes)
            throws Exception {
        ReceiptLog log = ReceiptLog.open(dir.resolve(till + ".sqlite"), till);
        for (int i = 0; i < amounts.length; i++) {
            Instant at = TillLogs.T0.plusSeconds(60L * (offsetMinutes + i));
            SaleSnapshot open = TillLogs.open(log, till, amounts[i], at);
            into.add(i % 2 == 0 ? TillLogs.pay(log, open, at.plusSeconds(20)) : open);
        }
        StoreSender sender = new StoreSender(new ReceiptLogChanges(log, till), store.owner(),
                new MutableClock(TillLogs.T0), Backoff.DEFAULT, 100, false);
        assertThat(sender.deliverOnce()).isTrue();
        if (!till.equals("A2")) {
            log.close();
        }
        return log;
    }

    private StoreSaleQueries shop(String shopId) {
        return new StoreSaleQueries(store.owner(), shopId);
    }

    @Test
    void recentSalesAreTheWholeShopsNewestFirstExactlyAsEachTillWroteThem() {
        List<SaleSnapshot> recent = shop("S1").recent(50);

        assertThat(recent).containsExactlyElementsOf(s1Sales);
        assertThat(recent).extracting(s -> s.sale().tillId()).containsExactly("A2", "A2", "A1", "A1", "A1");
        assertThat(shop("S1").recent(2)).containsExactlyElementsOf(s1Sales.subList(0, 2));
    }

    @Test
    void anySaleIsFoundByOrderIdOrTraceIdFromAnyTillOfTheShopAndNotFromAnotherShop() {
        SaleSnapshot a2 = s1Sales.get(0);
        SaleSnapshot b1 = s2Sales.get(0);

        assertThat(shop("S1").byOrderId(a2.orderId())).contains(a2);
        assertThat(shop("S1").byTraceId(a2.sale().traceId())).contains(a2);
        assertThat(shop("S1").byOrderId(b1.orderId())).isEmpty();
        assertThat(shop("S1").byTraceId(UUID.randomUUID())).isEmpty();
        assertThat(shop("S2").byOrderId(b1.orderId())).contains(b1);
    }

    @Test
    void aSalesHistoryAtTheStoreIsTheTillsOwn() {
        SaleSnapshot a2 = s1Sales.stream().filter(s -> s.sale().tillId().equals("A2")).findFirst().orElseThrow();

        assertThat(shop("S1").events(a2.orderId())).containsExactlyElementsOf(logA2.events(a2.orderId()));
        assertThat(shop("S2").events(a2.orderId())).isEmpty();
    }

    @Test
    void todaysTotalsPerTillAndForTheShopAreExactSumsOfThePaidSales() {
        Instant from = DAY;
        Instant to = DAY.plusSeconds(86_400);

        assertThat(shop("S1").paidTotalsPerTill(from, to)).containsExactly(
                new TillTotal("A1", new SalesTotal("usd", "USD", new BigDecimal("4.25"), 2)),
                new TillTotal("A2", new SalesTotal("usd", "USD", new BigDecimal("10.00"), 1)));
        assertThat(shop("S1").paidTotals(from, to))
                .containsExactly(new SalesTotal("usd", "USD", new BigDecimal("14.25"), 3));
        assertThat(shop("S1").paidTotals(to, to.plusSeconds(86_400))).isEmpty();
        assertThat(shop("S1").between(from, to)).hasSize(5);
    }

    @Test
    void theChainsTotalsPerShopAreEveryShopsForTheOwnerAndOnlyItsOwnForATillsRole() {
        Instant from = DAY;
        Instant to = DAY.plusSeconds(86_400);
        List<ShopTotal> chain = shop("S1").paidTotalsPerShop(from, to);

        assertThat(chain).containsExactly(
                new ShopTotal("S1", new SalesTotal("usd", "USD", new BigDecimal("14.25"), 3)),
                new ShopTotal("S2", new SalesTotal("usd", "USD", new BigDecimal("7.77"), 1)));

        StoreSaleQueries asTill = new StoreSaleQueries(store.dataSource(roleA1, "pw"), "S1");
        assertThat(asTill.paidTotalsPerShop(from, to)).containsExactly(chain.get(0));
        assertThat(asTill.recent(50)).containsExactlyElementsOf(s1Sales);
        assertThat(new StoreSaleQueries(store.dataSource(roleA1, "pw"), "S2").recent(50)).isEmpty();
    }

    @Test
    void aStoreThatCannotBeReachedIsAFailureOfItsOwnKindNotAHang() {
        org.postgresql.ds.PGSimpleDataSource dead = new org.postgresql.ds.PGSimpleDataSource();
        dead.setUrl("jdbc:postgresql://127.0.0.1:1/nothing");
        dead.setConnectTimeout(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StoreSaleQueries(dead, "S1").recent(5))
                .isInstanceOf(StoreReadException.class)
                .hasMessageContaining("the shop's recent sales");
    }

    @Test
    void recentLookUpAndDayTotalsUseTheirIndexes() throws Exception {
        StoreFixture big = new StoreFixture("views_plan").shop("S1").shop("S2").till("A1", "S1", null)
                .till("A2", "S1", null).till("B1", "S2", null);
        big.sql("INSERT INTO sales (till_id, order_id, shop_id, trace_id, created_at, amount, amount_minor, "
                + "quote_decimals, quote_asset_id, quote_symbol, quote_is_fiat, settlement_asset_id, payee_id, link_mode, "
                + "outcome, status, surplus_status, failure_code, reasons, needs_watching, updated_at, version, last_seq) "
                + "SELECT CASE g % 4 WHEN 0 THEN 'A1' WHEN 1 THEN 'A2' ELSE 'B1' END, 'BULK-' || g, '', gen_random_uuid(), "
                + "timestamptz '2026-01-01' + g * interval '1 minute', 1.00, 100, 2, 'usd', 'USD', true, 'x', 'y', "
                + "'one-time', CASE WHEN g % 3 = 0 THEN 'PAID' ELSE 'FAILED' END, 'success', 'no', '', '[]', false, "
                + "timestamptz '2026-01-01' + g * interval '1 minute', 2, 0 FROM generate_series(1, 50000) g");
        big.sql("ANALYZE sales");

        assertThat(plan(big, StoreSaleQueries.RECENT, "S1", 50)).contains("sales_shop_recent");
        assertThat(plan(big, StoreSaleQueries.BY_ORDER, "BULK-777", "S1")).contains("sales_by_order");
        assertThat(plan(big, StoreSaleQueries.BY_TRACE, UUID.randomUUID(), "S1")).contains("sales_by_trace");
        java.sql.Timestamp day = java.sql.Timestamp.from(Instant.parse("2026-01-20T00:00:00Z"));
        java.sql.Timestamp next = java.sql.Timestamp.from(Instant.parse("2026-01-21T00:00:00Z"));
        // a day of one shop: either index made for the paid sales of a day serves it, never a scan of every sale
        assertThat(plan(big, StoreSaleQueries.TOTALS, "S1", day, next)).contains("Index Only Scan using sales_paid_by")
                .doesNotContain("Seq Scan");
        assertThat(plan(big, StoreSaleQueries.TILL_TOTALS, "S1", day, next))
                .contains("Index Only Scan using sales_paid_by").doesNotContain("Seq Scan");
        assertThat(plan(big, StoreSaleQueries.SHOP_TOTALS, day, next)).contains("sales_paid_by_day")
                .doesNotContain("Seq Scan");
    }

    private static String plan(StoreFixture db, String sql, Object... params) throws Exception {
        try (Connection c = db.ownerConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
