package app.mixpos.training;

import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Scripted customer behaviour for {@link SimulatedCustomer#play}. Times are seconds after {@code play()}
 * by the simulator's clock; a phase starts exactly at its offset ({@code t >= offset}). {@code P} is the
 * payable amount in USDT (quote amount × the quote asset's fixed rate, 8 decimals). "Success" always
 * carries the order's payee, quote asset, quote amount and trace id, {@code settleStatus: success}.
 */
public enum Scenario {
    /** 0 s confirming (confirmations 0), 2 s confirming (1), 3 s success, surplus {@code no}. */
    PAY_EXACTLY,
    /** 0 s paid_less (paymentAmount P/2, payableAmount P), 10 s confirming (0), 12 s confirming (1), 13 s success. */
    PAY_LESS_THEN_TOP_UP,
    /**
     * Surplus S = P/10 (paymentAmount P+S): 0 s confirming (0), 2 s confirming (1), 3 s success with
     * surplusAmount S and surplusStatus pending, 8 s sending, 13 s success (refunded).
     */
    OVERPAY,
    /** Confirming with confirmations 1 at 0 s, 2 at 5 s, 3 at 10 s, 4 at 15 s, 5 at 20 s, 6 at 25 s; 30 s success. */
    CONFIRMING_SLOWLY,
    /** 0 s pending (fully paid, confirmations -1), 10 s success. */
    PENDING_THEN_SUCCESS,
    /** 0 s auditing, 10 s success. */
    AUDITING_THEN_SUCCESS,
    /** 0 s confirming (0), 3 s failed, failureCode "40000" (payment overtime). */
    FAIL_40000("40000"),
    /** 0 s confirming (0), 3 s failed, failureCode "40020" (wrong asset). */
    FAIL_40020("40020"),
    /** 0 s confirming (0) with P/2 paid, 3 s failed, failureCode "40024" (wrong amount). */
    FAIL_40024("40024"),
    /** 0 s confirming (0), 3 s failed, failureCode "40025" (market volatility). */
    FAIL_40025("40025"),
    /** unpaid forever. */
    NEVER_PAYS;

    private final String failureCode;

    Scenario() {
        this(null);
    }

    Scenario(String failureCode) {
        this.failureCode = failureCode;
    }

    Timeline timeline(Instant start, BigDecimal payable) {
        BigDecimal half = payable.divide(BigDecimal.valueOf(2), 8, RoundingMode.DOWN);
        Timeline.Builder t = new Timeline.Builder(start);
        return switch (this) {
            case PAY_EXACTLY -> confirmThenSucceed(t, 0, payable).build();
            case PAY_LESS_THEN_TOP_UP -> confirmThenSucceed(t.at(0, Phase.paidLess(half)), 10, payable).build();
            case OVERPAY -> overpay(t, payable);
            case CONFIRMING_SLOWLY -> {
                for (int i = 1; i <= 6; i++) {
                    t.at(5L * (i - 1), Phase.confirming(i, payable));
                }
                yield t.at(30, Phase.success(payable)).build();
            }
            case PENDING_THEN_SUCCESS -> t.at(0, Phase.held("pending", payable)).at(10, Phase.success(payable)).build();
            case AUDITING_THEN_SUCCESS -> t.at(0, Phase.held("auditing", payable)).at(10, Phase.success(payable)).build();
            case FAIL_40000, FAIL_40020, FAIL_40025 -> failAfterConfirming(t, payable);
            case FAIL_40024 -> failAfterConfirming(t, half);
            case NEVER_PAYS -> t.at(0, Phase.unpaid()).build();
        };
    }

    private static Timeline.Builder confirmThenSucceed(Timeline.Builder t, long from, BigDecimal payable) {
        return t.at(from, Phase.confirming(0, payable))
                .at(from + 2, Phase.confirming(1, payable))
                .at(from + 3, Phase.success(payable));
    }

    private static Timeline overpay(Timeline.Builder t, BigDecimal payable) {
        BigDecimal surplus = payable.divide(BigDecimal.TEN, 8, RoundingMode.HALF_UP);
        BigDecimal paid = payable.add(surplus);
        Phase refunding = Phase.success(paid, surplus, SurplusStatus.PENDING);
        return t.at(0, Phase.confirming(0, paid)).at(2, Phase.confirming(1, paid))
                .at(3, refunding)
                .at(8, refunding.withSurplusStatus(SurplusStatus.SENDING))
                .at(13, refunding.withSurplusStatus(SurplusStatus.SUCCESS))
                .build();
    }

    private Timeline failAfterConfirming(Timeline.Builder t, BigDecimal paid) {
        return t.at(0, Phase.confirming(0, paid)).at(3, Phase.failed(paid, failureCode)).build();
    }
}
