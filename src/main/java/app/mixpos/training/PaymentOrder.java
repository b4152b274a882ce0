package app.mixpos.training;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment as the payee asked for it: by {@code POST /one_time_payment} or by a paylink the customer
 * opened. Strings are kept exactly as sent, because MixPay echoes them.
 *
 * @param traceIdWire the trace id as sent (dashed or 32 hex), or the canonical form when generated
 * @param orderId     null when not sent
 * @param code        the one-time payment code; null for a paylink
 * @param expiresAt   the {@code expiredTimestamp} sent; null when none was
 */
record PaymentOrder(String payeeId, String quoteAssetId, String quoteAmount, String settlementAssetId,
                    UUID traceId, String traceIdWire, String orderId, String remark, String code,
                    Instant createdAt, Instant expiresAt) {

    /** True when {@code other} asks for the same payment, so a retried request gets the same answer. */
    boolean sameRequestAs(PaymentOrder other) {
        return payeeId.equalsIgnoreCase(other.payeeId)
                && quoteAssetId.equalsIgnoreCase(other.quoteAssetId)
                && quoteAmount.equals(other.quoteAmount)
                && settlementAssetId.equalsIgnoreCase(other.settlementAssetId)
                && traceId.equals(other.traceId)
                && Objects.equals(orderId, other.orderId)
                && Objects.equals(remark, other.remark);
    }

    PaymentOrder withCode(String newCode) {
        return new PaymentOrder(payeeId, quoteAssetId, quoteAmount, settlementAssetId, traceId, traceIdWire,
                orderId, remark, newCode, createdAt, expiresAt);
    }
}
