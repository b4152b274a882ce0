package app.mixpos.receipts;

import app.mixpos.sale.Reason;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link Reason}s as the receipt log stores them: one canonical JSON array, so the same reasons are always the same
 * text and hash the same, e.g. {@code [{"code":"MISMATCH","args":{"expected":"40.00","field":"amount","got":"4.0"}}]}:
 * {@code code} then {@code args}, argument names sorted, no whitespace, {@code []} for none.
 */
public final class ReasonJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReasonJson() {
    }

    /** The reasons in the log's canonical form; {@code []} for none. */
    public static String write(List<Reason> reasons) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (Reason r : reasons) {
                g.writeStartObject();
                g.writeStringField("code", r.code());
                g.writeObjectFieldStart("args");
                for (Map.Entry<String, String> arg : r.args().entrySet()) {
                    g.writeStringField(arg.getKey(), arg.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing JSON to a string failed", e);
        }
        return out.toString();
    }

    /** The reasons in {@code json}; empty for null. */
    static List<Reason> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            JsonNode array = MAPPER.readTree(json);
            if (array == null || !array.isArray()) {
                throw new IllegalArgumentException("not a JSON array");
            }
            List<Reason> reasons = new ArrayList<>();
            for (JsonNode node : array) {
                TreeMap<String, String> args = new TreeMap<>();
                node.path("args").fields().forEachRemaining(e -> args.put(e.getKey(), e.getValue().asText()));
                if (!node.path("code").isTextual()) {
                    throw new IllegalArgumentException("a reason without a code");
                }
                reasons.add(new Reason(node.get("code").asText(), args));
            }
            return List.copyOf(reasons);
        } catch (IOException | IllegalArgumentException e) {
            throw new ReceiptLogException("A reason stored in the receipt log cannot be read (" + e.getMessage()
                    + "): " + json + ". The log may have been changed outside MixPay POS; check it with --verify-log.",
                    e);
        }
    }
}
