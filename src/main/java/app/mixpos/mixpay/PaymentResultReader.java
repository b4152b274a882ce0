package app.mixpos.mixpay;

import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.Settlement;
import app.mixpos.sale.SurplusStatus;
import com.fasterxml.jackson.databind.JsonNode;

/** Turns a successful {@code payments_result} envelope into the domain's {@link PaymentResult}. */
final class PaymentResultReader {

    private PaymentResultReader() {
    }

    static PaymentResult read(Envelope envelope, String what) throws MixPayException {
        JsonNode d = envelope.dataObject(what);
        return new PaymentResult(
                Boolean.TRUE.equals(envelope.success()),
                PaymentStatus.of(Wire.text(d.get("status"))),
                Wire.text(d.get("traceId")),
                Wire.text(d.get("payeeId")),
                Wire.text(d.get("quoteAssetId")),
                Wire.decimal(d.get("quoteAmount")),
                Wire.text(d.get("quoteSymbol")),
                Wire.decimal(d.get("paymentAmount")),
                Wire.text(d.get("paymentSymbol")),
                Wire.decimal(d.get("payableAmount")),
                Wire.text(d.get("payableSymbol")),
                Wire.decimal(d.get("surplusAmount")),
                SurplusStatus.of(Wire.text(d.get("surplusStatus"))),
                Wire.integer(d.get("confirmations")),
                Wire.failureCode(d.get("failureCode")),
                Wire.text(d.get("failureReason")),
                Wire.text(d.get("txid")),
                Wire.instant(d.get("date")),
                envelope.rawBody(),
                new Settlement(Wire.text(d.get("settleStatus")), Wire.decimal(d.get("settleAmount")),
                        Wire.text(d.get("settleSymbol")), Wire.text(d.get("settleAsset"))));
    }
}
