package app.mixpos.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** {@code GET /v1/payments_result?traceId=…} or {@code ?orderId=…&payeeId=…}. */
final class PaymentsResultEndpoint implements Endpoint {

    private final PaymentLedger ledger;

    PaymentsResultEndpoint(PaymentLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public JsonNode handle(ApiRequest request, Instant now) throws ApiError {
        String traceId = request.param("traceId");
        if (traceId != null) {
            UUID id = OrderValidator.parseUuid(traceId)
                    .orElseThrow(() -> new ApiError(ApiError.PARAMETER_INVALID, "The traceId must be a UUID."));
            return ledger.byTrace(id).<JsonNode>map(c -> ResultWriter.write(c, now))
                    .orElseGet(() -> ResultWriter.unknown("traceId", traceId));
        }
        String orderId = request.param("orderId");
        String payeeId = request.param("payeeId");
        if (orderId == null || payeeId == null) {
            throw new ApiError(ApiError.PARAMETER_MISSING,
                    "The traceId field is required when orderId and payeeId are not present.");
        }
        return ledger.byOrder(payeeId, orderId).<JsonNode>map(c -> ResultWriter.write(c, now))
                .orElseGet(() -> ResultWriter.unknown("orderId", orderId));
    }
}
