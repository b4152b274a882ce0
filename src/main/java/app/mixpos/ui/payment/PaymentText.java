package app.mixpos.ui.payment;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.SaleState;
import app.mixpos.ui.Format;

/** The words the payment screen shows for MixPay's status and for the connection. */
public final class PaymentText {

    private PaymentText() {
    }

    /** What the customer and the cashier read while the sale is open. */
    public static String status(SaleState state) {
        return switch (state.status().kind()) {
            case UNPAID -> "Waiting for payment";
            // short lines: the status is large type in a narrow column, and "(0 / confirmations)" wrapped badly
            case CONFIRMING -> state.confirmations() == null || state.confirmations() < 0
                    ? "Payment seen\nconfirming…"
                    : "Payment seen\n" + state.confirmations() + "\u00A0confirmation"
                    + (state.confirmations() == 1 ? "" : "s");
            case PAID_LESS -> "Underpaid — " + Format.money(state.stillDue(), state.payableSymbol())
                    + " still due. Top up with the same QR code.";
            case PENDING -> "Processing (pending) — not paid yet, please wait";
            case AUDITING -> "Under review at MixPay (auditing) — please wait";
            case SUCCESS, FAILED -> "Checking the result…";
            case UNKNOWN -> "MixPay says: " + (state.status().wire().isBlank() ? "(nothing)" : state.status().wire());
        };
    }

    /** The tone of the status: a style class suffix. */
    public static String tone(SaleState state) {
        return switch (state.status().kind()) {
            case PAID_LESS -> "warn";
            case CONFIRMING, PENDING, AUDITING -> "progress";
            default -> "neutral";
        };
    }

    /** A line about connection trouble, or empty when MixPay is answering. */
    public static String connection(ConnectionHealth health) {
        if (health == null || !health.trouble()) {
            return "";
        }
        String last = health.lastGoodAnswer() == null ? "no answer yet"
                : "last answer at " + Format.clock(health.lastGoodAnswer());
        return "Connection trouble — still checking (" + last + ")";
    }
}
