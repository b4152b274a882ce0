package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.BTC;
import static app.mixpos.receipts.Sales.ETH18;
import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptLogQueriesTest extends ReceiptLogTest {

    static final Instant FROM = Instant.parse("2026-11-21T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-22T00:00:00Z");

    @Test
    void unfinishedHoldsExactlyTheSalesStillWatchedOrBeingCreated() {
        SaleSnapshot creating = Sales.creating("1", EUR, at(1));
        SaleSnapshot open = Sales.opened(Sales.creating("2", EUR, at(2)), at(2));
        SaleSnapshot refunding = Sales.with(open(at(3)), Outcome.PAID_SURPLUS, "success", SurplusStatus.PENDING);
        SaleSnapshot cancelledUnpaid = Sales.with(open(at(4)), Outcome.CANCELLED, "unpaid", SurplusStatus.NO);
        SaleSnapshot lateRefund = Sales.with(open(at(5)), Outcome.PAID_AFTER_CANCEL, "success", SurplusStatus.SENDING);
        List<SaleSnapshot> watched = List.of(creating, open, refunding, cancelledUnpaid, lateRefund);
        List<SaleSnapshot> done = List.of(
                Sales.sale("6", EUR, at(6), Outcome.PAID),
                Sales.with(open(at(7)), Outcome.PAID_SURPLUS, "success", SurplusStatus.SUCCESS),
                Sales.with(open(at(8)), Outcome.CANCELLED, "failed", SurplusStatus.NO),
                Sales.sale("9", EUR, at(9), Outcome.FAILED),
                Sales.sale("10", EUR, at(10), Outcome.MISMATCH),
                Sales.with(Sales.creating("11", EUR, at(11)), Outcome.VOID, "unpaid", SurplusStatus.NO));
        done.forEach(log::insert);
        watched.forEach(log::insert);

        assertThat(log.unfinished(Sale.UNNAMED_TILL))
                .containsExactlyElementsOf(watched.stream().map(s -> s.atVersion(1)).toList());
    }

    @Test
    void aSaleLeavesUnfinishedOnceItIsSettled() {
        SaleSnapshot open = log.insert(open(at(1)));
        assertThat(log.unfinished(Sale.UNNAMED_TILL)).containsExactly(open);

        log.update(Sales.with(open, Outcome.PAID, "success", SurplusStatus.NO), SaleEvent.STATUS, "{}");

        assertThat(log.unfinished(Sale.UNNAMED_TILL)).isEmpty();
    }

    @Test
    void betweenIncludesTheStartExcludesTheEndOldestFirst() {
        SaleSnapshot atStart = Sales.creating("1", EUR, FROM);
        SaleSnapshot late = Sales.creating("2", EUR, TO.minusMillis(1));
        SaleSnapshot mid = Sales.creating("3", EUR, at(12));
        log.insert(Sales.creating("4", EUR, FROM.minusMillis(1)));
        log.insert(Sales.creating("5", EUR, TO));
        late = log.insert(late);
        atStart = log.insert(atStart);
        mid = log.insert(mid);

        assertThat(log.between(FROM, TO)).containsExactly(atStart, mid, late);
    }

    @Test
    void paidTotalsSumExactlyPerCurrencyOnlyPaidOutcomesInRange() {
        log.insert(Sales.sale("12.50", EUR, at(1), Outcome.PAID));
        log.insert(Sales.sale("0.05", EUR, at(2), Outcome.PAID_SURPLUS));
        log.insert(Sales.sale("0.10", EUR, at(3), Outcome.PAID_AFTER_CANCEL));
        log.insert(Sales.sale("0.20", EUR, at(4), Outcome.PAID));
        log.insert(Sales.sale("0.00000001", BTC, at(5), Outcome.PAID));
        log.insert(Sales.sale("1.23456789", BTC, at(6), Outcome.PAID));
        for (Outcome unpaid : List.of(Outcome.CREATING, Outcome.OPEN, Outcome.FAILED, Outcome.MISMATCH,
                Outcome.CANCELLED, Outcome.VOID)) {
            log.insert(Sales.sale("1000", EUR, at(7), unpaid));
        }
        log.insert(Sales.sale("500", EUR, FROM.minusMillis(1), Outcome.PAID));
        log.insert(Sales.sale("500", EUR, TO, Outcome.PAID));

        assertThat(log.paidTotals(FROM, TO)).containsExactly(
                new SalesTotal(BTC.assetId(), "BTC", new BigDecimal("1.23456790"), 2),
                new SalesTotal("eur", "EUR", new BigDecimal("12.85"), 4));
    }

    @Test
    void paidTotalsStayExactForAmountsTooLargeForMinorUnits() {
        log.insert(Sales.sale("100", ETH18, at(1), Outcome.PAID));
        log.insert(Sales.sale("0.000000000000000001", ETH18, at(2), Outcome.PAID));
        log.insert(Sales.sale("2.50", EUR, at(3), Outcome.PAID));

        assertThat(log.paidTotals(FROM, TO)).containsExactly(
                new SalesTotal(ETH18.assetId(), "ETH", new BigDecimal("100.000000000000000001"), 2),
                new SalesTotal("eur", "EUR", new BigDecimal("2.50"), 1));
        assertThat(log.byOrderId(log.recent(3).get(2).orderId()).orElseThrow().sale().amount().toWire())
                .isEqualTo("100.000000000000000000");
    }

    @Test
    void aGroupWhoseIntegerSumOverflowsIsSummedFromItsTextsAndTheGroupsAfterItStillCount() {
        log.insert(Sales.sale("5", ETH18, at(1), Outcome.PAID));
        log.insert(Sales.sale("5", ETH18, at(2), Outcome.PAID));
        log.insert(Sales.sale("2.50", EUR, at(3), Outcome.PAID));
        log.insert(Sales.sale("4", ETH18, at(70), Outcome.PAID));
        log.insert(Sales.sale("1.25", EUR, at(71), Outcome.PAID));
        Instant cut = at(60);

        List<List<OutcomeTally>> per = log.outcomesPer(List.of(FROM, cut, TO));

        assertThat(per.get(0)).containsExactly(
                new OutcomeTally(ETH18.assetId(), "ETH", 18, Outcome.PAID, 2, new BigDecimal("10.000000000000000000")),
                new OutcomeTally("eur", "EUR", 2, Outcome.PAID, 1, new BigDecimal("2.50")));
        assertThat(per.get(1)).containsExactly(
                new OutcomeTally(ETH18.assetId(), "ETH", 18, Outcome.PAID, 1, new BigDecimal("4.000000000000000000")),
                new OutcomeTally("eur", "EUR", 2, Outcome.PAID, 1, new BigDecimal("1.25")));
    }

    @Test
    void paidTotalsOfAnEmptyRangeAreEmpty() {
        log.insert(Sales.sale("1", EUR, at(1), Outcome.PAID));

        assertThat(log.paidTotals(TO, TO.plus(Duration.ofDays(1)))).isEmpty();
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static SaleSnapshot open(Instant at) {
        return Sales.opened(Sales.creating("3", EUR, at), at);
    }
}
