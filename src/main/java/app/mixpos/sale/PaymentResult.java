package app.mixpos.sale;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One answer of {@code GET /payments_result}, read leniently: any field may be missing (null),
 * amounts stay exact decimals. {@code rawBody} is the response exactly as received, for the receipt log.
 *
 * @param envelopeSuccess the envelope's {@code success} flag
 * @param confirmations   {@code -1} when not applicable, null when absent
 * @param settlement      the {@code settle*} fields; {@link Settlement#NONE} when absent
 */
public record PaymentResult(boolean envelopeSuccess, PaymentStatus status, String traceId, String payeeId,
                            String quoteAssetId, BigDecimal quoteAmount, String quoteSymbol,
                            BigDecimal paymentAmount, String paymentSymbol,
                            BigDecimal payableAmount, String payableSymbol,
                            BigDecimal surplusAmount, SurplusStatus surplusStatus, Integer confirmations,
                            FailureCode failureCode, String failureReason, String txid, Instant date,
                            String rawBody, Settlement settlement) {

    public PaymentResult {
        status = status == null ? PaymentStatus.of("") : status;
        surplusStatus = surplusStatus == null ? SurplusStatus.NO : surplusStatus;
        failureCode = failureCode == null ? FailureCode.NONE : failureCode;
        rawBody = rawBody == null ? "" : rawBody;
        settlement = settlement == null ? Settlement.NONE : settlement;
    }

    /** An answer without settlement fields. */
    public PaymentResult(boolean envelopeSuccess, PaymentStatus status, String traceId, String payeeId,
                         String quoteAssetId, BigDecimal quoteAmount, String quoteSymbol, BigDecimal paymentAmount,
                         String paymentSymbol, BigDecimal payableAmount, String payableSymbol, BigDecimal surplusAmount,
                         SurplusStatus surplusStatus, Integer confirmations, FailureCode failureCode,
                         String failureReason, String txid, Instant date, String rawBody) {
        this(envelopeSuccess, status, traceId, payeeId, quoteAssetId, quoteAmount, quoteSymbol, paymentAmount,
                paymentSymbol, payableAmount, payableSymbol, surplusAmount, surplusStatus, confirmations, failureCode,
                failureReason, txid, date, rawBody, Settlement.NONE);
    }

    /** Still due while underpaid: {@code payableAmount − paymentAmount}, or null when unknown. */
    public BigDecimal stillDue() {
        return stillDue(payableAmount, paymentAmount);
    }

    /** {@code payable − paid}, never below zero; null when either is unknown. */
    static BigDecimal stillDue(BigDecimal payable, BigDecimal paid) {
        if (payable == null || paid == null) {
            return null;
        }
        BigDecimal due = payable.subtract(paid);
        return due.signum() > 0 ? due : BigDecimal.ZERO;
    }

    /** True when the customer paid more than asked and MixPay reports a surplus to refund. */
    public boolean hasSurplus() {
        return surplusStatus != SurplusStatus.NO
                || (surplusAmount != null && surplusAmount.signum() > 0);
    }
}
