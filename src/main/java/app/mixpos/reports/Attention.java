package app.mixpos.reports;

import app.mixpos.sale.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A sale someone should look at, with its order id so a screen can open its detail.
 *
 * @param amount the sale's price in {@code symbol}
 */
public record Attention(String orderId, Instant createdAt, BigDecimal amount, String symbol, Outcome outcome,
                        Why why) {

    /** Why the sale is on the list. */
    public enum Why {
        /** Something claimed success but did not match the sale. */
        MISMATCH,
        /** Cancelled at the till, paid anyway: the customer may want the goods or the money back. */
        PAID_AFTER_CANCEL,
        /** Still waiting for the customer or MixPay. */
        STILL_OPEN,
        /** Paid with a surplus whose refund is not final. */
        REFUND_NOT_FINAL,
        /** The payment link could not be made. */
        VOID
    }

    public Attention {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(why, "why");
    }
}
