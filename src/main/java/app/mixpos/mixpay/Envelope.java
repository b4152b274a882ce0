package app.mixpos.mixpay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.function.LongConsumer;

/**
 * MixPay's response envelope {@code {code, success, message, data, timestampMs}}, read from any HTTP status.
 * Only a successful envelope leaves {@link #read}; every other answer becomes a {@link MixPayException}.
 *
 * @param success the {@code success} flag, null when absent
 * @param rawBody the response body exactly as received
 */
record Envelope(int httpStatus, Integer code, Boolean success, String message, JsonNode data, String rawBody) {

    static final int SERVER_ERROR = -1;
    static final int TOO_MANY_REQUESTS = 1429;

    /**
     * Parses and classifies one response; returns only when MixPay said the call succeeded. Whatever the answer,
     * its {@code timestampMs} (MixPay's clock) goes to {@code serverTime} first, when it has one.
     */
    static Envelope read(ObjectReader reader, String what, int httpStatus, String body, LongConsumer serverTime)
            throws MixPayException {
        if (body == null || body.isBlank()) {
            throw notEnvelope(what, httpStatus, "an empty body");
        }
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (JsonProcessingException e) {
            throw notEnvelope(what, httpStatus, "a body that is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw notEnvelope(what, httpStatus, "JSON that is not an object");
        }
        JsonNode timestamp = root.get("timestampMs");
        if (timestamp != null && timestamp.isIntegralNumber() && timestamp.canConvertToLong()
                && timestamp.longValue() > 0) {
            serverTime.accept(timestamp.longValue());
        }
        Integer code = Wire.integer(root.get("code"));
        Boolean success = Wire.bool(root.get("success"));
        if (code == null && success == null) {
            throw notEnvelope(what, httpStatus, "JSON without MixPay's code and success fields");
        }
        Envelope envelope = new Envelope(httpStatus, code, success, Wire.text(root.get("message")),
                root.get("data"), body);
        envelope.requireOk(what);
        return envelope;
    }

    boolean ok() {
        return !Boolean.FALSE.equals(success) && (code == null || code == 0);
    }

    /** {@code data} as an object, or a transient fault when a success carries anything else. */
    JsonNode dataObject(String what) throws MixPayException {
        if (data == null || !data.isObject()) {
            throw MixPayException.transientFault("MixPay's success answer to " + what
                    + " carried " + describe(data) + " where an object was expected", null);
        }
        return data;
    }

    /** {@code data} as an array, or a transient fault when a success carries anything else. */
    JsonNode dataArray(String what) throws MixPayException {
        if (data == null || !data.isArray()) {
            throw MixPayException.transientFault("MixPay's success answer to " + what
                    + " carried " + describe(data) + " where a list was expected", null);
        }
        return data;
    }

    private void requireOk(String what) throws MixPayException {
        if (ok()) {
            return;
        }
        int c = code == null ? 0 : code;
        String said = message == null || message.isBlank() ? "" : ": " + message.strip();
        if (c == TOO_MANY_REQUESTS || httpStatus == 429) {
            throw new MixPayException(MixPayException.Kind.RATE_LIMITED, c,
                    "MixPay refused " + what + " as too many requests (code " + c + ", HTTP " + httpStatus + ")" + said,
                    message, null);
        }
        if (c == SERVER_ERROR || (c == 0 && httpStatus >= 500)) {
            throw new MixPayException(MixPayException.Kind.TRANSIENT, c,
                    "MixPay had a server error on " + what + " (code " + c + ", HTTP " + httpStatus + ")" + said,
                    message, null);
        }
        throw new MixPayException(MixPayException.Kind.REJECTED, c,
                "MixPay rejected " + what + " with code " + c + " (HTTP " + httpStatus + ")" + said, message, null);
    }

    private static MixPayException notEnvelope(String what, int httpStatus, String got) {
        if (httpStatus == 429) {
            return new MixPayException(MixPayException.Kind.RATE_LIMITED, 0,
                    "MixPay refused " + what + " as too many requests (HTTP 429, " + got + ")", null, null);
        }
        return MixPayException.transientFault("MixPay's answer to " + what + " was " + got
                + " (HTTP " + httpStatus + "), not MixPay's JSON envelope", null);
    }

    private static String describe(JsonNode node) {
        if (Wire.absent(node)) {
            return "no data";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty list" : "a list";
        }
        return node.isObject() ? "an object" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
