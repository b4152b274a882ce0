package app.mixpos.checkout;

import app.mixpos.sale.LinkMode;
import java.util.Objects;

/** Who sales are made out to and how their links are made. */
public record CheckoutConfig(String payeeId, String settlementAssetId, LinkMode linkMode) {

    public CheckoutConfig {
        Objects.requireNonNull(payeeId, "payeeId");
        Objects.requireNonNull(settlementAssetId, "settlementAssetId");
        Objects.requireNonNull(linkMode, "linkMode");
    }
}
