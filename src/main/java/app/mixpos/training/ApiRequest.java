package app.mixpos.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One API request reduced to what the endpoints need: method, path and its parameters, taken from the
 * query string and, for a POST, from a JSON or form-encoded body.
 */
record ApiRequest(String method, String path, Map<String, String> params) {

    ApiRequest {
        params = Map.copyOf(params);
    }

    /** The request from its parts, as received over HTTP or handed over in process. */
    static ApiRequest of(String method, URI uri, String contentType, String body) throws ApiError {
        String path = uri.getPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Map<String, String> params = new LinkedHashMap<>(Exchanges.decodeForm(uri.getRawQuery()));
        if (body != null && !body.isBlank()) {
            String type = String.valueOf(contentType);
            boolean json = type.contains("json") || (!type.contains("form") && body.strip().startsWith("{"));
            params.putAll(json ? jsonParams(body) : Exchanges.decodeForm(body.strip()));
        }
        return new ApiRequest(method.toUpperCase(java.util.Locale.ROOT), path, params);
    }

    String param(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, String> jsonParams(String body) throws ApiError {
        JsonNode root;
        try {
            root = Json.read(body);
        } catch (JsonProcessingException e) {
            throw new ApiError(ApiError.PARAMETER_INVALID, "The request body is not valid JSON.");
        }
        if (!root.isObject()) {
            throw new ApiError(ApiError.PARAMETER_INVALID, "The request body must be a JSON object.");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode v = field.getValue();
            if (!v.isNull()) {
                params.put(field.getKey(), v.isValueNode() ? v.asText() : v.toString());
            }
        }
        return params;
    }
}
