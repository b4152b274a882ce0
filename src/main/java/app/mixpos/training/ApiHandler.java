package app.mixpos.training;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code /v1/…} request: logs it, applies a queued fault, enforces the rate limit, then routes it
 * to its endpoint and wraps the answer in MixPay's envelope.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final Clock clock;
    private final Faults faults;
    private final RateLimiter limiter;
    private final RequestLog requests;
    private final Map<String, Endpoint> routes;

    ApiHandler(Clock clock, Faults faults, RateLimiter limiter, RequestLog requests, Map<String, Endpoint> routes) {
        this.clock = clock;
        this.faults = faults;
        this.limiter = limiter;
        this.requests = requests;
        this.routes = Map.copyOf(routes);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Instant now = clock.instant();
            requests.record(now);
            Optional<Fault> fault = faults.take();
            LOG.debug("{} {}{}", exchange.getRequestMethod(), exchange.getRequestURI(),
                    fault.map(f -> " with fault " + f).orElse(""));
            if (fault.isPresent()
                    && FaultResponder.respond(exchange, fault.get(), faults.slowDelay(), clock.millis())) {
                return;
            }
            serve(exchange);
        } catch (IOException | RuntimeException e) {
            LOG.debug("simulator request failed", e);
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MixPaySimulator.Answer answer = answer(exchange.getRequestMethod(), exchange.getRequestURI(),
                exchange.getRequestHeaders().getFirst("Content-Type"), body);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        Exchanges.sendJson(exchange, answer.status(), answer.body().getBytes(StandardCharsets.UTF_8));
    }

    /** Served in process, without the network: logged and rate limited like any request, but never faulted. */
    MixPaySimulator.Answer serveInProcess(String method, URI uri, String contentType, String body) {
        requests.record(clock.instant());
        return answer(method, uri, contentType, body);
    }

    private MixPaySimulator.Answer answer(String method, URI uri, String contentType, String body) {
        RateLimiter.Decision decision = limiter.tryAcquire(clock.instant());
        Map<String, String> headers = Map.of("x-ratelimit-limit", String.valueOf(RateLimiter.LIMIT),
                "x-ratelimit-remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            return answer(429, headers, Json.envelope(1429, "Too Many Attempts.", null, clock.millis()));
        }
        try {
            ApiRequest request = ApiRequest.of(method, uri, contentType, body);
            Endpoint endpoint = routes.get(request.method() + " " + request.path());
            if (endpoint == null) {
                throw new ApiError(ApiError.NOT_FOUND, "Not Found", null, 404);
            }
            return answer(200, headers, Json.envelope(0, "", endpoint.handle(request, clock.instant()),
                    clock.millis()));
        } catch (ApiError e) {
            return answer(e.httpStatus(), headers, Json.envelope(e.code(), e.getMessage(), e.data(), clock.millis()));
        }
    }

    private static MixPaySimulator.Answer answer(int status, Map<String, String> headers, byte[] json) {
        return new MixPaySimulator.Answer(status, headers, new String(json, StandardCharsets.UTF_8));
    }
}
