package app.mixpos.sale;

/** What the cashier acts on for a sale; MixPay's own status travels beside it in {@link SaleState}. */
public enum Outcome {
    /** Recorded, payment link being made; nothing shown to the customer yet. */
    CREATING,
    /** QR shown, waiting for MixPay to say success or failed. */
    OPEN,
    /** Paid exactly; hand over the goods. */
    PAID,
    /** Paid more than asked; hand over the goods, MixPay refunds the surplus. */
    PAID_SURPLUS,
    /** MixPay says the payment failed; see the failure code. */
    FAILED,
    /** Something claimed success but did not match the sale: do not hand over goods. */
    MISMATCH,
    /** The cashier cancelled; still watched until MixPay is final, in case the customer paid anyway. */
    CANCELLED,
    /** Cancelled by the cashier, but the customer paid after all. */
    PAID_AFTER_CANCEL,
    /** The payment link could not be made, so the customer never saw a QR; nothing can have been paid. */
    VOID;

    public boolean isPaid() {
        return this == PAID || this == PAID_SURPLUS || this == PAID_AFTER_CANCEL;
    }

    /** True once the cashier has an answer; the sale may still be watched (a refund, a late payment). */
    public boolean isSettledForCashier() {
        return this != CREATING && this != OPEN;
    }
}
