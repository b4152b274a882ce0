package app.mixpos.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.PeriodTally;
import app.mixpos.sale.SettleTally;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's settled lines: per asset MixPay settled in, and the paid sales it has not settled or said nothing about. */
class SettledTotalsTest {

    @Test
    void settledSalesAreSummedPerAssetAndTheOthersCounted() {
        Totals t = Totals.of(new PeriodTally(List.of(), List.of(), List.of(
                new SettleTally("success", "BTC", 2, new BigDecimal("0.00003")),
                new SettleTally("success", "USDT", 1, new BigDecimal("9.5")),
                new SettleTally("success", "BTC", 1, new BigDecimal("0.000001")),
                new SettleTally("pending", "", 4, BigDecimal.ZERO),
                new SettleTally("settling", "", 1, BigDecimal.ZERO),
                new SettleTally("", "", 3, BigDecimal.ZERO))));

        assertThat(t.settled()).containsExactly(new SettledLine("BTC", 3, new BigDecimal("0.000031")),
                new SettledLine("USDT", 1, new BigDecimal("9.5")));
        assertThat(t.settlePending()).isEqualTo(5);
        assertThat(t.settleUnknown()).isEqualTo(3);
        assertThat(t.isEmpty()).isFalse();
    }

    @Test
    void aReportWithoutSettlementHasNoSettledLines() {
        Totals t = Totals.of(new PeriodTally(List.of(), List.of()));

        assertThat(t.settled()).isEmpty();
        assertThat(t.settlePending()).isZero();
        assertThat(t.settleUnknown()).isZero();
        assertThat(t.isEmpty()).isTrue();
    }
}
