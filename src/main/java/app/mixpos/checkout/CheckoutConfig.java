package app.mixpos.checkout;

import app.mixpos.sale.LinkMode;
import app.mixpos.sale.PaymentExpiry;
import app.mixpos.sale.Sale;
import java.time.Duration;
import java.util.Objects;

/**
 * Who sales are made out to and how their links are made.
 *
 * @param paymentExpiry how long after it is charged MixPay lets a sale be paid ({@code expiredTimestamp}),
 *                      within {@link PaymentExpiry#MIN} and {@link PaymentExpiry#MAX}
 * @param tillId        this till: it starts every order id and owns the sales it makes
 */
public record CheckoutConfig(String payeeId, String settlementAssetId, LinkMode linkMode, Duration paymentExpiry,
                             String tillId) {

    public CheckoutConfig {
        Objects.requireNonNull(payeeId, "payeeId");
        Objects.requireNonNull(settlementAssetId, "settlementAssetId");
        Objects.requireNonNull(linkMode, "linkMode");
        if (!PaymentExpiry.accepts(paymentExpiry)) {
            throw new IllegalArgumentException("MixPay accepts a payment expiry of 10 s to 48 h, not " + paymentExpiry);
        }
        if (!Sale.isValidTillId(tillId)) {
            throw new IllegalArgumentException("A till id is 1-8 characters of A-Z 0-9, not " + tillId);
        }
    }

    /** For the {@link Sale#UNNAMED_TILL}. */
    public CheckoutConfig(String payeeId, String settlementAssetId, LinkMode linkMode, Duration paymentExpiry) {
        this(payeeId, settlementAssetId, linkMode, paymentExpiry, Sale.UNNAMED_TILL);
    }

    /** With the default payment expiry. */
    public CheckoutConfig(String payeeId, String settlementAssetId, LinkMode linkMode) {
        this(payeeId, settlementAssetId, linkMode, PaymentExpiry.DEFAULT);
    }
}
