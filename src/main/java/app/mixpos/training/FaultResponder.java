package app.mixpos.training;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Answers a request the way a {@link Fault} says. */
final class FaultResponder {

    static final String MAINTENANCE_MESSAGE = "The system is under maintenance and cannot be paid temporarily. "
            + "If you have any questions, please contact customer service.";
    private static final String BAD_GATEWAY = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    private static final String CUT_JSON = "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{\"status\":\"succ";

    private FaultResponder() {
    }

    /**
     * Applies {@code fault}. Returns false when the request should still be served normally
     * ({@link Fault#SLOW}, after its delay); true when the exchange is finished.
     */
    static boolean respond(HttpExchange exchange, Fault fault, Duration slowDelay, long timestampMs)
            throws IOException {
        switch (fault) {
            case HTTP_500 -> Exchanges.sendJson(exchange, 500, Json.envelope(-1, "Server error", null, timestampMs));
            case HTML_ERROR_PAGE -> Exchanges.sendHtml(exchange, 502, BAD_GATEWAY);
            case EMPTY_BODY -> Exchanges.sendJson(exchange, 200, new byte[0]);
            case MALFORMED_JSON -> Exchanges.sendJson(exchange, 200, CUT_JSON.getBytes(StandardCharsets.UTF_8));
            case RATE_LIMITED_1429 -> {
                exchange.getResponseHeaders().set("x-ratelimit-limit", String.valueOf(RateLimiter.LIMIT));
                exchange.getResponseHeaders().set("x-ratelimit-remaining", "0");
                Exchanges.sendJson(exchange, 429, Json.envelope(1429, "Too Many Attempts.", null, timestampMs));
            }
            case MAINTENANCE_10008 -> Exchanges.sendJson(exchange, 200,
                    Json.envelope(10008, MAINTENANCE_MESSAGE, null, timestampMs));
            case CONNECTION_RESET -> exchange.close();
            case SLOW -> {
                return !holdBack(slowDelay, exchange);
            }
        }
        return true;
    }

    private static boolean holdBack(Duration delay, HttpExchange exchange) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return false;
        }
    }
}
