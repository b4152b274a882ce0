package app.mixpos.sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a sale stands: the local outcome plus the last thing MixPay said about it.
 * Changes only through {@link #apply}, {@link #cancel}, {@link #opened} and {@link #voided};
 * a final outcome never changes again (a surplus refund may still progress).
 *
 * @param confirmations block confirmations seen, null when not applicable (MixPay's {@code -1})
 * @param reasons       why a sale is a mismatch or void, as codes with arguments (never sentences); empty otherwise,
 *                      never null
 * @param settlement    what MixPay last said about paying the merchant out; {@link Settlement#NONE} before it said
 */
public record SaleState(Outcome outcome, PaymentStatus status, Integer confirmations,
                        BigDecimal paymentAmount, BigDecimal payableAmount, String payableSymbol,
                        BigDecimal surplusAmount, SurplusStatus surplusStatus,
                        FailureCode failureCode, List<Reason> reasons, Instant updatedAt, Settlement settlement) {

    public SaleState {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(updatedAt, "updatedAt");
        status = status == null ? PaymentStatus.UNPAID : status;
        surplusStatus = surplusStatus == null ? SurplusStatus.NO : surplusStatus;
        failureCode = failureCode == null ? FailureCode.NONE : failureCode;
        confirmations = confirmations == null || confirmations < 0 ? null : confirmations;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        settlement = settlement == null ? Settlement.NONE : settlement;
    }

    /** A state about which MixPay has said nothing on settlement. */
    public SaleState(Outcome outcome, PaymentStatus status, Integer confirmations, BigDecimal paymentAmount,
                     BigDecimal payableAmount, String payableSymbol, BigDecimal surplusAmount,
                     SurplusStatus surplusStatus, FailureCode failureCode, List<Reason> reasons, Instant updatedAt) {
        this(outcome, status, confirmations, paymentAmount, payableAmount, payableSymbol, surplusAmount, surplusStatus,
                failureCode, reasons, updatedAt, Settlement.NONE);
    }

    /** A sale just recorded, before its link exists. */
    public static SaleState creating(Instant now) {
        return new SaleState(Outcome.CREATING, PaymentStatus.UNPAID, null, null, null, null,
                null, SurplusStatus.NO, FailureCode.NONE, List.of(), now);
    }

    /** The link is made and the QR may be shown. */
    public SaleState opened(Instant now) {
        return outcome == Outcome.CREATING ? withOutcome(Outcome.OPEN, reasons, now) : this;
    }

    /**
     * The link could not be made; the customer never saw a QR. A sale cancelled while its link was being made (which
     * then failed) is void too: nobody could pay it. Only for a sale without a link, which MixPay never answered for.
     */
    public SaleState voided(Reason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        boolean neverPayable = outcome == Outcome.CREATING
                || outcome == Outcome.CANCELLED && status == PaymentStatus.UNPAID && paymentAmount == null;
        return neverPayable ? withOutcome(Outcome.VOID, List.of(reason), now) : this;
    }

    /** The cashier gives up on an open sale. Anything already settled stays as it is. */
    public SaleState cancel(Instant now) {
        return outcome == Outcome.OPEN || outcome == Outcome.CREATING
                ? withOutcome(Outcome.CANCELLED, reasons, now) : this;
    }

    /** Folds one answer of {@code payments_result} into the state. */
    public SaleState apply(Sale sale, PaymentResult r, Instant now) {
        return switch (outcome) {
            case FAILED, MISMATCH, VOID -> this;
            case PAID, PAID_SURPLUS, PAID_AFTER_CANCEL -> followRefund(r, now);
            case CREATING, OPEN -> decide(sale, r, now, Outcome.OPEN);
            case CANCELLED -> decide(sale, r, now, Outcome.CANCELLED);
        };
    }

    /** This state with what MixPay said about settlement replaced. */
    public SaleState with(Settlement next) {
        return new SaleState(outcome, status, confirmations, paymentAmount, payableAmount, payableSymbol, surplusAmount,
                surplusStatus, failureCode, reasons, updatedAt, next);
    }

    /** True while MixPay should still be asked about this sale. */
    public boolean needsWatching() {
        return switch (outcome) {
            case OPEN -> true;
            case CANCELLED -> !status.isFinal();
            case PAID, PAID_SURPLUS, PAID_AFTER_CANCEL -> !surplusStatus.isFinal();
            case CREATING, FAILED, MISMATCH, VOID -> false;
        };
    }

    /** Still due while underpaid, or null when MixPay has not said. */
    public BigDecimal stillDue() {
        return PaymentResult.stillDue(payableAmount, paymentAmount);
    }

    /**
     * True when {@code other} tells the cashier something new: outcome, status, confirmations, amounts,
     * refund or failure. The time of the change, and a symbol arriving on its own, are ignored.
     */
    public boolean differsFrom(SaleState other) {
        return !equals(new SaleState(other.outcome, other.status, other.confirmations, other.paymentAmount,
                other.payableAmount, payableSymbol, other.surplusAmount, other.surplusStatus, other.failureCode,
                other.reasons, updatedAt, other.settlement));
    }

    private SaleState decide(Sale sale, PaymentResult r, Instant now, Outcome unsettled) {
        return switch (r.status().kind()) {
            case SUCCESS -> {
                List<Reason> diffs = SuccessCheck.differences(sale, r);
                if (!diffs.isEmpty()) {
                    yield observe(r, Outcome.MISMATCH, diffs, now);
                }
                Outcome paid = unsettled == Outcome.CANCELLED ? Outcome.PAID_AFTER_CANCEL
                        : r.hasSurplus() ? Outcome.PAID_SURPLUS : Outcome.PAID;
                yield observe(r, paid, List.of(), now);
            }
            case FAILED -> observe(r, unsettled == Outcome.CANCELLED ? Outcome.CANCELLED : Outcome.FAILED,
                    reasons, now);
            default -> observe(r, unsettled, reasons, now);
        };
    }

    private SaleState followRefund(PaymentResult r, Instant now) {
        if (r.status().kind() != PaymentStatus.Kind.SUCCESS
                || (r.surplusStatus() == surplusStatus && Objects.equals(r.surplusAmount(), surplusAmount)
                && r.settlement().equals(settlement))) {
            return this;
        }
        return new SaleState(outcome, status, confirmations, paymentAmount, payableAmount, payableSymbol,
                r.surplusAmount(), r.surplusStatus(), failureCode, reasons, now, r.settlement());
    }

    private SaleState observe(PaymentResult r, Outcome next, List<Reason> nextReasons, Instant now) {
        return new SaleState(next, r.status(), r.confirmations(), r.paymentAmount(), r.payableAmount(),
                r.payableSymbol(), r.surplusAmount(), r.surplusStatus(), r.failureCode(), nextReasons, now,
                r.settlement());
    }

    private SaleState withOutcome(Outcome next, List<Reason> nextReasons, Instant now) {
        return new SaleState(next, status, confirmations, paymentAmount, payableAmount, payableSymbol,
                surplusAmount, surplusStatus, failureCode, nextReasons, now, settlement);
    }
}
