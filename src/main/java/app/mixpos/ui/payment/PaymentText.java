package app.mixpos.ui.payment;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.SaleState;
import app.mixpos.ui.Format;
import app.mixpos.ui.text.Texts;

/** The words the payment screen shows for MixPay's status and for the connection; the one-argument forms in English. */
public final class PaymentText {

    private PaymentText() {
    }

    /** What the customer and the cashier read while the sale is open. */
    public static String status(SaleState state) {
        return status(Texts.english(), state);
    }

    public static String status(Texts texts, SaleState state) {
        return switch (state.status().kind()) {
            case UNPAID -> texts.get("payment.status.unpaid");
            // short lines: the status is large type in a narrow column, and "(0 / confirmations)" wrapped badly
            case CONFIRMING -> state.confirmations() == null || state.confirmations() < 0
                    ? texts.get("payment.status.confirming")
                    : texts.get("payment.status.confirmations", state.confirmations().toString(),
                    state.confirmations());
            case PAID_LESS -> texts.get("payment.status.paidLess",
                    Format.money(texts, state.stillDue(), state.payableSymbol()));
            case PENDING -> texts.get("payment.status.pending");
            case AUDITING -> texts.get("payment.status.auditing");
            case SUCCESS, FAILED -> texts.get("payment.status.checking");
            case UNKNOWN -> texts.get("payment.status.unknown", state.status().wire().isBlank()
                    ? texts.get("payment.status.nothing") : state.status().wire());
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
        return connection(Texts.english(), health);
    }

    public static String connection(Texts texts, ConnectionHealth health) {
        if (health == null || !health.trouble()) {
            return "";
        }
        String last = health.lastGoodAnswer() == null ? texts.get("payment.connection.never")
                : texts.get("payment.connection.last", Format.clock(texts, health.lastGoodAnswer()));
        return texts.get("payment.connection", last);
    }
}
