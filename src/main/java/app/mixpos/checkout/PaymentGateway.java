package app.mixpos.checkout;

import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SettlementAsset;
import java.util.List;

/**
 * What checkout needs from MixPay. Every call may be one HTTP request: callers take a token from the
 * {@link RequestBudget} first. Failures are {@link GatewayException}s, never a payment result.
 */
public interface PaymentGateway {

    /** The URL the QR encodes. Makes a request only in {@link app.mixpos.sale.LinkMode#ONE_TIME}. */
    String createLink(Sale sale) throws GatewayException;

    /** One answer of {@code payments_result} for the sale's trace id. */
    PaymentResult fetchResult(Sale sale) throws GatewayException;

    List<QuoteAsset> quoteAssets() throws GatewayException;

    List<SettlementAsset> settlementAssets(String payeeId) throws GatewayException;
}
