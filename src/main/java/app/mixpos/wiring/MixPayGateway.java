package app.mixpos.wiring;

import app.mixpos.checkout.GatewayException;
import app.mixpos.checkout.PaymentGateway;
import app.mixpos.mixpay.MixPayClient;
import app.mixpos.mixpay.MixPayException;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SettlementAsset;
import java.util.List;

/** Checkout's {@link PaymentGateway} on the real MixPay client (or the simulator, which speaks the same API). */
final class MixPayGateway implements PaymentGateway {

    private final MixPayClient client;

    MixPayGateway(MixPayClient client) {
        this.client = client;
    }

    @Override
    public String createLink(Sale sale) throws GatewayException {
        if (sale.linkMode() == LinkMode.PAYLINK) {
            return client.paylink(sale);
        }
        try {
            return client.createOneTimePayment(sale);
        } catch (MixPayException e) {
            throw translate(e);
        }
    }

    @Override
    public PaymentResult fetchResult(Sale sale) throws GatewayException {
        try {
            return client.paymentResult(sale.traceId());
        } catch (MixPayException e) {
            throw translate(e);
        }
    }

    @Override
    public List<QuoteAsset> quoteAssets() throws GatewayException {
        try {
            return client.quoteAssets();
        } catch (MixPayException e) {
            throw translate(e);
        }
    }

    @Override
    public List<SettlementAsset> settlementAssets(String payeeId) throws GatewayException {
        try {
            return client.settlementAssets(payeeId);
        } catch (MixPayException e) {
            throw translate(e);
        }
    }

    static GatewayException translate(MixPayException e) {
        return new GatewayException(kindOf(e.kind()), e.code(), e.getMessage(), e);
    }

    /**
     * Checkout's kind for the client's. An exhaustive switch with no default: a kind added to
     * {@link MixPayException.Kind} does not compile until it is mapped here.
     */
    static GatewayException.Kind kindOf(MixPayException.Kind kind) {
        return switch (kind) {
            case TRANSIENT -> GatewayException.Kind.TRANSIENT;
            case RATE_LIMITED -> GatewayException.Kind.RATE_LIMITED;
            case REJECTED -> GatewayException.Kind.REJECTED;
        };
    }
}
