package app.mixpos.mixpay;

import app.mixpos.sale.Sale;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of {@code POST /one_time_payment}; {@code remark} is left out when the sale has none, and
 * {@code expiredTimestamp} (Unix seconds) when the sale has no deadline of its own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OneTimePaymentRequest(String payeeId, String quoteAssetId, String quoteAmount, String settlementAssetId,
                             String traceId, String orderId, String remark, Long expiredTimestamp) {

    /** @param expiredTimestamp the sale's deadline on MixPay's clock, Unix seconds; null for none */
    static OneTimePaymentRequest of(Sale sale, Long expiredTimestamp) {
        return new OneTimePaymentRequest(sale.payeeId(), sale.quoteAsset().assetId(), sale.amount().toWire(),
                sale.settlementAssetId(), sale.traceId().toString(), sale.orderId(), sale.remark(), expiredTimestamp);
    }
}
