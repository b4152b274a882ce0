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
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final RequestLog requests;
    private final Map<String, Endpoint> routes;

    ApiHandler(Clock clock, Faults faults, RequestLog requests, Map<String, Endpoint> routes) {
        this.clock = clock;
        this.faults = faults;
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
        MixPaySimulator.Answer answer = answer(clientAddress(exchange), exchange.getRequestMethod(),
                exchange.getRequestURI(), exchange.getRequestHeaders().getFirst("Content-Type"), body);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        Exchanges.sendJson(exchange, answer.status(), answer.body().getBytes(StandardCharsets.UTF_8));
    }

    /** Served in process, without the network: logged and rate limited like any request, but never faulted. */
    MixPaySimulator.Answer serveInProcess(String method, URI uri, String contentType, String body) {
        requests.record(clock.instant());
        return answer(MixPaySimulator.IN_PROCESS, method, uri, contentType, body);
    }

    /**
     * The address MixPay would count the request against: the client's IP, or the address a test names in
     * {@link MixPaySimulator#ADDRESS_HEADER} to put tills behind different routers of one simulator.
     */
    private static String clientAddress(HttpExchange exchange) {
        String named = exchange.getRequestHeaders().getFirst(MixPaySimulator.ADDRESS_HEADER);
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    private MixPaySimulator.Answer answer(String address, String method, URI uri, String contentType, String body) {
        Instant now = clock.instant();
        RateLimiter.Decision decision = limiters.computeIfAbsent(address, a -> new RateLimiter()).tryAcquire(now);
        if (decision.allowed()) {
            requests.admitted(now, address, uri.getPath());
        } else {
            requests.refused();
            LOG.debug("1429 for {}: more than {} requests in the minute to {}", address, RateLimiter.LIMIT, now);
        }
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
