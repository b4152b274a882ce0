package app.mixpos.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One API path: turns a request into the envelope's {@code data}, or a MixPay error. */
@FunctionalInterface
interface Endpoint {

    JsonNode handle(ApiRequest request, Instant now) throws ApiError;
}
