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
 * @param tillId      the till that made the sale and owns its record (1–8 of {@code A-Z 0-9})
 */
public record Sale(String orderId, UUID traceId, Amount amount, String settlementAssetId, String payeeId,
                   String remark, LinkMode linkMode, String paymentLink, Instant createdAt, Instant expiresAt,
                   String tillId) {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{6,36}");
    private static final Pattern TILL_ID = Pattern.compile("[A-Z0-9]{1,8}");
    public static final int MAX_REMARK = 50;
    /** The till of sales built without one: tests, and sales read from a log before till ids (schema 4). */
    public static final String UNNAMED_TILL = "T0";

    public Sale {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settlementAssetId, "settlementAssetId");
        Objects.requireNonNull(payeeId, "payeeId");
        Objects.requireNonNull(linkMode, "linkMode");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(tillId, "tillId");
        if (!isValidTillId(tillId)) {
            throw new IllegalArgumentException("till id must be 1-8 characters of A-Z 0-9: " + tillId);
        }
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

    /** A sale of the {@link #UNNAMED_TILL}. */
    public Sale(String orderId, UUID traceId, Amount amount, String settlementAssetId, String payeeId,
                String remark, LinkMode linkMode, String paymentLink, Instant createdAt, Instant expiresAt) {
        this(orderId, traceId, amount, settlementAssetId, payeeId, remark, linkMode, paymentLink, createdAt, expiresAt,
                UNNAMED_TILL);
    }

    /** A sale without a deadline of its own, as recorded before the app sent MixPay one. */
    public Sale(String orderId, UUID traceId, Amount amount, String settlementAssetId, String payeeId,
                String remark, LinkMode linkMode, String paymentLink, Instant createdAt) {
        this(orderId, traceId, amount, settlementAssetId, payeeId, remark, linkMode, paymentLink, createdAt, null);
    }

    public static boolean isValidOrderId(String orderId) {
        return orderId != null && ORDER_ID.matcher(orderId).matches();
    }

    public static boolean isValidTillId(String tillId) {
        return tillId != null && TILL_ID.matcher(tillId).matches();
    }

    public QuoteAsset quoteAsset() {
        return amount.asset();
    }

    public Sale withPaymentLink(String link) {
        return new Sale(orderId, traceId, amount, settlementAssetId, payeeId, remark, linkMode, link, createdAt,
                expiresAt, tillId);
    }
}
