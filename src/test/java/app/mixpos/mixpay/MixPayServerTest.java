package app.mixpos.mixpay;

import app.mixpos.sale.Amount;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A {@link MixPayClient} talking to a local {@link MockWebServer} that plays MixPay. */
abstract class MixPayServerTest {

    static final String PAYEE = "3a8d2fbb-7d8e-4bd0-9c2a-52d6c0b5f0a1";
    static final String USDT = "4d8c508b-91c5-375b-92b0-ee702ed2dac5";
    static final URI PAY_BASE = URI.create("https://mixpay.me");
    /** When the test sales are charged, and the till's clock for the client. */
    static final Instant SALE_TIME = Instant.parse("2026-01-02T10:00:00Z");

    MockWebServer server;
    MixPayClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        client = clientWith(MixPayClient.defaultHttpClient());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    MixPayClient clientWith(OkHttpClient http) {
        return new MixPayClient(http, MixPayClient.defaultObjectMapper(), server.url("/v1").uri(), PAY_BASE,
                Clock.fixed(SALE_TIME, ZoneOffset.UTC));
    }

    void answer(int httpStatus, String body) {
        server.enqueue(new MockResponse.Builder().code(httpStatus)
                .addHeader("Content-Type", "application/json").body(body).build());
    }

    static String fixture(String name) {
        try (InputStream in = MixPayServerTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code payments_result} success envelope around the given {@code data} fields. */
    static String resultWith(String dataFields) {
        return "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{" + dataFields + "}}";
    }

    /** A sale charged at 10:00 that MixPay is to end at {@code expiresAt}. */
    static Sale saleExpiring(String amount, Instant expiresAt) {
        return new Sale("R-000124", UUID.fromString("9e69e534-d0c4-3e04-8b61-37a73cd9e7d8"),
                new Amount(new BigDecimal(amount), QuoteAsset.USD), USDT, PAYEE, null, LinkMode.ONE_TIME,
                null, SALE_TIME, expiresAt);
    }

    static Sale sale(String amount, String remark) {
        return new Sale("R-000123", UUID.fromString("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7"),
                new Amount(new BigDecimal(amount), QuoteAsset.USD), USDT, PAYEE, remark, LinkMode.ONE_TIME,
                null, SALE_TIME);
    }
}
