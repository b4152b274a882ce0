package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.BTC;
import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.ClosedPeriod;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SettleTally;
import app.mixpos.sale.Settlement;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZReportLogTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String TILL = "A1";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("receipts.sqlite");
    }

    @Test
    void aZCountsThePeriodsSalesExactlyAndIsStoredAsClosed() {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            SaleSnapshot a = log.insert(Sales.creating("10.05", EUR, T0, TILL));
            paid(log, a, "10.05", "11.1234567", "USDT", "0", SurplusStatus.NO);
            SaleSnapshot b = log.insert(Sales.creating("0.1", EUR, T0.plusSeconds(60), TILL));
            paid(log, b, "0.1", "0.2", "USDT", "0.0876543", SurplusStatus.PENDING);
            log.insert(Sales.creating("0.00012345", BTC, T0.plusSeconds(120), TILL));

            ClosedPeriod z = log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(3600));

            assertThat(z.closed()).isTrue();
            assertThat(z.number()).isEqualTo(1);
            assertThat(z.openedAt()).isEqualTo(T0);
            assertThat(sum(z.sales().outcomes(), Outcome.PAID, "EUR")).isEqualByComparingTo("10.05");
            assertThat(sum(z.sales().outcomes(), Outcome.PAID_SURPLUS, "EUR")).isEqualByComparingTo("0.1");
            assertThat(sum(z.sales().outcomes(), Outcome.CREATING, "BTC")).isEqualByComparingTo("0.00012345");
            PaymentTally pending = z.sales().payments().stream()
                    .filter(p -> p.surplusStatus() == SurplusStatus.PENDING).findFirst().orElseThrow();
            assertThat(pending.paid()).isEqualByComparingTo("0.2");
            assertThat(pending.surplus()).isEqualByComparingTo("0.0876543");
            assertThat(z.flagged().total()).isEqualTo(2);
            assertThat(z.hours()).hasSize(1);
            assertThat(z.hours().get(0).sales()).isEqualTo(3);
            assertThat(log.zReport(TILL, 1)).contains(z);
            assertThat(log.verifyChain().isIntact()).isTrue();
        }
    }

    @Test
    void closingTheSameZAgainGivesTheStoredOneAndSkippingANumberIsRefused() {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            log.insert(Sales.creating("1.00", EUR, T0, TILL));
            ClosedPeriod first = log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(10));
            log.insert(Sales.creating("2.00", EUR, T0.plusSeconds(20), TILL));

            assertThat(log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(30))).isEqualTo(first);
            assertThatThrownBy(() -> log.closePeriod(TILL, 3, ZONE, T0.plusSeconds(30)))
                    .isInstanceOf(ReceiptLogException.class).hasMessageContaining("the next is 2");
            assertThat(log.zReports(TILL)).hasSize(1);
        }
    }

    @Test
    void aConcurrentDoubleCloseMakesOneZ() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            log.insert(Sales.creating("1.00", EUR, T0, TILL));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<ClosedPeriod>> closes = new java.util.ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    int n = i;
                    closes.add(pool.submit(() -> {
                        go.await();
                        return log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(60 + n));
                    }));
                }
                go.countDown();
                Set<String> hashes = ConcurrentHashMap.newKeySet();
                for (Future<ClosedPeriod> f : closes) {
                    hashes.add(f.get(10, TimeUnit.SECONDS).hash());
                }
                assertThat(hashes).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(log.zReports(TILL)).hasSize(1);
        }
    }

    @Test
    void aLateOutcomeOfAClosedPeriodsSaleIsAnAdjustmentOfTheNextAndNeverChangesTheClosedZ() {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            SaleSnapshot open = log.insert(Sales.creating("7.50", EUR, T0, TILL));
            ClosedPeriod z1 = log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(60));
            paid(log, open, "7.50", "7.6", "USDT", "0", SurplusStatus.NO);
            log.insert(Sales.creating("1.25", EUR, T0.plusSeconds(120), TILL));

            ClosedPeriod z2 = log.closePeriod(TILL, 2, ZONE, T0.plusSeconds(180));

            assertThat(log.zReport(TILL, 1)).contains(z1);
            assertThat(sum(z1.sales().outcomes(), Outcome.CREATING, "EUR")).isEqualByComparingTo("7.50");
            assertThat(z2.openedAt()).isEqualTo(z1.closedAt());
            assertThat(sum(z2.sales().outcomes(), Outcome.CREATING, "EUR")).isEqualByComparingTo("1.25");
            assertThat(sum(z2.adjustments().outcomes(), Outcome.CREATING, "EUR")).isEqualByComparingTo("-7.50");
            assertThat(sum(z2.adjustments().outcomes(), Outcome.PAID, "EUR")).isEqualByComparingTo("7.50");
            assertThat(z2.adjustments().payments()).singleElement()
                    .satisfies(p -> assertThat(p.paid()).isEqualByComparingTo("7.6"));
            assertThat(log.verifyChain().isIntact()).isTrue();
        }
    }

    @Test
    void aChangedZIsFoundByTheChainCheckAndByVerifyingTheFile() throws SQLException {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            SaleSnapshot a = log.insert(Sales.creating("3.00", EUR, T0, TILL));
            paid(log, a, "3.00", "3", "USDT", "0", SurplusStatus.NO);
            log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(60));
            log.closePeriod(TILL, 2, ZONE, T0.plusSeconds(120));
        }
        execute("DROP TRIGGER z_reports_no_update",
                "UPDATE z_reports SET totals = replace(totals, '\"3.00\"', '\"300.00\"') WHERE number = 1");

        ChainCheck check = ReceiptLog.verifyFile(file());

        assertThat(check.isIntact()).isFalse();
        assertThat(check.firstBadZ()).isEqualTo(1);
        assertThat(check.tillId()).isEqualTo(TILL);
        assertThat(check.problem()).contains("Z report 1 was changed after it was closed");
    }

    @Test
    void aZKeepsWhatMixPaySettledAndAChangeToItIsCaught() throws SQLException {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            SaleSnapshot a = log.insert(Sales.creating("3.00", EUR, T0, TILL));
            SaleSnapshot linked = log.update(Sales.opened(a, T0), "link_created", "");
            log.update(linked.with(new SaleState(Outcome.PAID, PaymentStatus.of("success"), null, new BigDecimal("3.1"),
                    new BigDecimal("3.1"), "USDT", null, SurplusStatus.NO, FailureCode.NONE, List.of(),
                    T0.plusSeconds(5), new Settlement("success", new BigDecimal("0.00004321"), "BTC", "btc-id"))),
                    "status", "{}");
            SaleSnapshot b = log.insert(Sales.creating("2.00", EUR, T0.plusSeconds(10), TILL));
            SaleSnapshot bLinked = log.update(Sales.opened(b, T0), "link_created", "");
            log.update(bLinked.with(new SaleState(Outcome.PAID, PaymentStatus.of("success"), null, BigDecimal.ONE,
                    BigDecimal.ONE, "USDT", null, SurplusStatus.NO, FailureCode.NONE, List.of(), T0.plusSeconds(15),
                    new Settlement("pending", null, null, null))), "status", "{}");

            ClosedPeriod z = log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(60));

            assertThat(z.sales().settlements()).containsExactlyInAnyOrder(
                    new SettleTally("success", "BTC", 1, new BigDecimal("0.00004321")),
                    new SettleTally("pending", "", 1, BigDecimal.ZERO));
            assertThat(log.zReport(TILL, 1)).contains(z);
            assertThat(log.verifyChain().isIntact()).isTrue();
        }
        execute("DROP TRIGGER z_reports_no_update",
                "UPDATE z_reports SET totals = replace(totals, '\"0.00004321\"', '\"0.00005321\"') WHERE number = 1");

        assertThat(ReceiptLog.verifyFile(file()).firstBadZ()).isEqualTo(1);
    }

    @Test
    void aZWithoutSettlementIsWrittenAsBeforeAndAnOldZReadsWithoutSettledLines() {
        String old = "{\"sales\":{\"outcomes\":[{\"asset\":\"eur\",\"symbol\":\"EUR\",\"decimals\":2,"
                + "\"outcome\":\"PAID\",\"count\":1,\"amount\":\"3.00\"}],\"payments\":[{\"symbol\":\"USDT\","
                + "\"surplusStatus\":\"NO\",\"count\":1,\"paid\":\"3\",\"surplus\":\"0\"}]},\"adjustments\":"
                + "{\"outcomes\":[],\"payments\":[]},\"flagged\":{\"total\":0,\"first\":[]},\"hours\":[]}";

        ZJson.Figures figures = ZJson.read(old);

        assertThat(figures.sales().settlements()).isEmpty();
        assertThat(figures.sales().payments()).hasSize(1);
        assertThat(ZJson.write(figures)).isEqualTo(old);
    }

    @Test
    void aRemovedLastZShows() throws SQLException {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            log.insert(Sales.creating("3.00", EUR, T0, TILL));
            log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(60));
            log.closePeriod(TILL, 2, ZONE, T0.plusSeconds(120));
        }
        execute("DROP TRIGGER z_reports_no_delete", "DELETE FROM z_reports WHERE number = 2");

        assertThat(ReceiptLog.verifyFile(file()).isIntact()).isFalse();
    }

    @Test
    void aZPinsTheEventsBeforeIt() throws SQLException {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            log.insert(Sales.creating("3.00", EUR, T0, TILL));
            log.closePeriod(TILL, 1, ZONE, T0.plusSeconds(60));
        }
        execute("DROP TRIGGER sale_events_no_update", "UPDATE sale_events SET hash = 'x' || substr(hash, 2)");

        ChainCheck check = ReceiptLog.verifyFile(file());
        assertThat(check.isIntact()).isFalse();
    }

    @Test
    void theZTableRefusesChangesAndDeletes() {
        try (ReceiptLog log = ReceiptLog.open(file(), TILL)) {
            log.closePeriod(TILL, 1, ZONE, T0);
        }
        assertThatThrownBy(() -> execute("UPDATE z_reports SET totals = '{}'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM z_reports")).hasMessageContaining("append-only");
    }

    private static void paid(ReceiptLog log, SaleSnapshot s, String amount, String payment, String symbol,
                             String surplus, SurplusStatus surplusStatus) {
        SaleSnapshot linked = log.update(Sales.opened(s, s.sale().createdAt()), "link_created", "");
        Outcome outcome = surplusStatus == SurplusStatus.NO ? Outcome.PAID : Outcome.PAID_SURPLUS;
        log.update(linked.with(new SaleState(outcome, PaymentStatus.of("success"), null, new BigDecimal(payment),
                new BigDecimal(payment), symbol, new BigDecimal(surplus), surplusStatus, FailureCode.NONE, List.of(),
                s.sale().createdAt().plusSeconds(5))), "status", "{}");
    }

    private static BigDecimal sum(List<OutcomeTally> tallies, Outcome outcome, String symbol) {
        return tallies.stream().filter(t -> t.outcome() == outcome && t.symbol().equals(symbol))
                .map(OutcomeTally::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void execute(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }
}
