package app.mixpos.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain HTTP client for the simulator; it never retries, so every call is exactly one request. */
final class SimClient {

    record Reply(int status, String contentType, String body, String limit, String remaining) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode data() {
            return json().get("data");
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI base;
    private final OkHttpClient http;

    SimClient(URI base) {
        this(base, Duration.ofSeconds(10));
    }

    SimClient(URI base, Duration readTimeout) {
        this.base = base;
        this.http = new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(readTimeout).build();
    }

    Reply get(String pathAndQuery) throws IOException {
        return call(new Request.Builder().url(base + pathAndQuery).build());
    }

    /** A GET counted against the client address {@code address} (as from behind another router). */
    Reply getFrom(String address, String pathAndQuery) throws IOException {
        return call(new Request.Builder().url(base + pathAndQuery).header(MixPaySimulator.ADDRESS_HEADER, address)
                .build());
    }

    Reply postJson(String path, Map<String, ?> body) throws IOException {
        String json = MAPPER.writeValueAsString(body);
        return call(new Request.Builder().url(base + path)
                .post(RequestBody.create(json, MediaType.get("application/json"))).build());
    }

    Reply postForm(String path, Map<String, String> body) throws IOException {
        FormBody.Builder form = new FormBody.Builder();
        body.forEach(form::add);
        return call(new Request.Builder().url(base + path).post(form.build()).build());
    }

    /** {@code data} of {@code payments_result} for a trace id. */
    JsonNode result(Object traceId) throws IOException {
        return get("/payments_result?traceId=" + traceId).data();
    }

    private Reply call(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            return new Reply(response.code(), response.header("Content-Type"), response.body().string(),
                    response.header("x-ratelimit-limit"), response.header("x-ratelimit-remaining"));
        }
    }
}
