package app.mixpos.training;

import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;

/**
 * What MixPay reports about a payment for a while: its status and the amounts seen so far.
 *
 * @param confirmations {@code -1} when not applicable
 * @param paid          received so far, in the payment asset
 * @param surplus       overpaid part being refunded, in the payment asset
 * @param failureCode   {@code "0"} when none
 */
record Phase(String status, int confirmations, BigDecimal paid, BigDecimal surplus, SurplusStatus surplusStatus,
             String failureCode, String failureReason) {

    static Phase unpaid() {
        return new Phase("unpaid", -1, BigDecimal.ZERO, BigDecimal.ZERO, SurplusStatus.NO, "0", "");
    }

    static Phase confirming(int confirmations, BigDecimal paid) {
        return new Phase("confirming", confirmations, paid, BigDecimal.ZERO, SurplusStatus.NO, "0", "");
    }

    static Phase paidLess(BigDecimal paid) {
        return held("paid_less", paid);
    }

    /** Any not-final status with the transfer confirmed: {@code pending}, {@code auditing}, or an unknown one. */
    static Phase held(String status, BigDecimal paid) {
        return new Phase(status, -1, paid, BigDecimal.ZERO, SurplusStatus.NO, "0", "");
    }

    static Phase success(BigDecimal paid) {
        return success(paid, BigDecimal.ZERO, SurplusStatus.NO);
    }

    static Phase success(BigDecimal paid, BigDecimal surplus, SurplusStatus surplusStatus) {
        return new Phase("success", -1, paid, surplus, surplusStatus, "0", "");
    }

    static Phase failed(BigDecimal paid, String failureCode) {
        return new Phase("failed", -1, paid, BigDecimal.ZERO, SurplusStatus.NO, failureCode,
                FailureReasons.of(failureCode));
    }

    boolean isSuccess() {
        return "success".equals(status);
    }

    Phase withSurplusStatus(SurplusStatus next) {
        return new Phase(status, confirmations, paid, surplus, next, failureCode, failureReason);
    }
}
