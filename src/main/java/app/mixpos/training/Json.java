package app.mixpos.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** The simulator's one {@link ObjectMapper} and MixPay's response envelope. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** {@code {"code":…,"success":…,"message":…,"data":…,"timestampMs":…}} as UTF-8 bytes. */
    static byte[] envelope(int code, String message, JsonNode data, long timestampMs) {
        ObjectNode root = object();
        root.put("code", code);
        root.put("success", code == 0);
        root.put("message", message);
        root.set("data", data == null ? array() : data);
        root.put("timestampMs", timestampMs);
        try {
            return MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an envelope", e);
        }
    }

    /** MixPay's spelling of an amount: plain decimal, no exponent, no trailing zeros. */
    static String amount(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
