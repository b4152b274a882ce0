package app.mixpos.sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A sale a report lists for someone to look at: a mismatch, paid after cancel, still open, a refund not final, a void.
 *
 * @param amount the sale's price in {@code symbol}
 */
public record FlaggedSale(String orderId, Instant createdAt, BigDecimal amount, String symbol, Outcome outcome,
                          SurplusStatus surplusStatus) {

    public FlaggedSale {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(surplusStatus, "surplusStatus");
    }

    /** True for a sale a report lists: what the receipt log's {@code sales_attention} index holds. */
    public static boolean isFlagged(Outcome outcome, SurplusStatus surplus) {
        return switch (outcome) {
            case CREATING, OPEN, MISMATCH, PAID_AFTER_CANCEL, VOID -> true;
            case PAID, PAID_SURPLUS, FAILED, CANCELLED -> surplus == SurplusStatus.PENDING
                    || surplus == SurplusStatus.SENDING || surplus == SurplusStatus.UNKNOWN;
        };
    }
}
