package app.mixpos.sale;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The facts of one sale, fixed when the cashier charges it. Its changing state is {@link SaleState}.
 *
 * @param orderId     6–36 chars of {@code [A-Za-z0-9_-]}, unique per payee; the receipt number
 * @param traceId     the payment's primary reference at MixPay
 * @param paymentLink the URL the QR encodes, null until the link is made
 * @param expiresAt   the deadline sent to MixPay ({@code expiredTimestamp}), after which MixPay fails the
 *                    payment if nothing was paid; null for a sale recorded before the app sent one
 */
public record Sale(String orderId, UUID traceId, Amount amount, String settlementAssetId, String payeeId,
                   String remark, LinkMode linkMode, String paymentLink, Instant createdAt, Instant expiresAt) {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{6,36}");
    public static final int MAX_REMARK = 50;

    public Sale {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settlementAssetId, "settlementAssetId");
        Objects.requireNonNull(payeeId, "payeeId");
        Objects.requireNonNull(linkMode, "linkMode");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!isValidOrderId(orderId)) {
            throw new IllegalArgumentException("order id must be 6-36 characters of A-Z a-z 0-9 _ -: " + orderId);
        }
        remark = remark == null || remark.isBlank() ? null : remark.strip();
        if (remark != null && remark.length() > MAX_REMARK) {
            throw new IllegalArgumentException("remark is longer than " + MAX_REMARK + " characters");
        }
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a sale must expire after it is created: " + expiresAt);
        }
    }

    /** A sale without a deadline of its own, as recorded before the app sent MixPay one. */
    public Sale(String orderId, UUID traceId, Amount amount, String settlementAssetId, String payeeId,
                String remark, LinkMode linkMode, String paymentLink, Instant createdAt) {
        this(orderId, traceId, amount, settlementAssetId, payeeId, remark, linkMode, paymentLink, createdAt, null);
    }

    public static boolean isValidOrderId(String orderId) {
        return orderId != null && ORDER_ID.matcher(orderId).matches();
    }

    public QuoteAsset quoteAsset() {
        return amount.asset();
    }

    public Sale withPaymentLink(String link) {
        return new Sale(orderId, traceId, amount, settlementAssetId, payeeId, remark, linkMode, link, createdAt,
                expiresAt);
    }
}
