package app.mixpos.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queries that must stay fast on a million sales are answered from indexes, never a full table scan. */
class ReceiptLogQueryPlanTest extends ReceiptLogTest {

    @Test
    void recentWalksTheCreatedAtIndexWithoutSorting() {
        assertThat(plan(ReceiptLog.RECENT)).contains("sales_by_created_at").doesNotContain("TEMP B-TREE");
    }

    @Test
    void lookupsUseTheUniqueIndexes() {
        assertThat(plan(ReceiptLog.BY_TRACE_ID)).contains("SEARCH sales USING INDEX");
        assertThat(plan(ReceiptLog.BY_ORDER_ID)).contains("SEARCH sales USING INDEX");
    }

    @Test
    void unfinishedReadsOnlyTheTillsPartOfThePartialIndexInOrder() {
        assertThat(plan(ReceiptLog.UNFINISHED)).contains("SEARCH sales USING INDEX sales_unfinished (till_id=?)")
                .doesNotContain("TEMP B-TREE");
    }

    @Test
    void aTillsLastEventIsFoundFromItsIndexNotByScanning() {
        assertThat(plan(HashChain.LAST)).contains("SEARCH sale_events USING")
                .contains("sale_events_by_till (till_id=?)").doesNotContain("TEMP B-TREE");
    }

    @Test
    void betweenSearchesByCreationTime() {
        assertThat(plan(ReceiptLog.BETWEEN)).contains("SEARCH sales USING").contains("created_at>? AND created_at<?");
    }

    @Test
    void paidTotalsAreSummedFromTheCoveringIndexAlone() {
        assertThat(plan(PaidTotals.FAST)).contains("COVERING INDEX sales_totals");
    }

    @Test
    void eachReportGroupOfAnIntervalIsSummedFromOneRunOfItsCoveringIndexWithoutSorting() {
        assertThat(plan(ReportSums.SUM)).contains("COVERING INDEX sales_report_keys (quote_asset_id=? AND "
                + "quote_decimals=? AND outcome=? AND payable_symbol=? AND surplus_status=? AND payment_scale=? AND "
                + "surplus_scale=? AND settle_status=? AND settle_symbol=? AND settle_scale=? AND created_at>? AND "
                + "created_at<?)").doesNotContain("TEMP B-TREE");
    }

    @Test
    void theFewValuesWithoutIntegersAreFoundInTheirPartialIndex() {
        assertThat(plan(ReportSums.MISSING)).contains("sales_units_missing (created_at>? AND created_at<?)");
    }

    @Test
    void flaggedSalesAreFoundAndCountedInTheirPartialIndex() {
        assertThat(plan(Tallies.FLAGGED_BY_TIME)).contains("sales_attention").doesNotContain("TEMP B-TREE");
        assertThat(plan(Tallies.FLAGGED_COUNT_BY_TIME)).contains("sales_attention");
    }

    @Test
    void aZPeriodsSalesAreSummedFromTheTillsCoveringIndex() {
        assertThat(plan(Tallies.OUTCOMES_BY_TILL)).contains("COVERING INDEX sales_by_till");
    }

    @Test
    void eventsOfASaleSearchByTheirSale() {
        assertThat(plan("SELECT * FROM sale_events WHERE sale_id = ? ORDER BY id")).contains("sale_events_by_sale")
                .doesNotContain("TEMP B-TREE");
    }

    private String plan(String sql) {
        return log.database().read(c -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString("detail"));
                }
            }
            return String.join("\n", lines);
        });
    }
}
