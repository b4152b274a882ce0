package app.mixpos.mixpay;

import app.mixpos.sale.PaymentExpiry;
import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SettlementAsset;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MixPay's public API (mixpay-api.md). Every method blocks, so call it off the FX thread; the client is
 * thread-safe. Every failure is a {@link MixPayException} whose kind says whether to retry, back off or give up.
 * Each method except {@link #paylink} makes exactly one request: budgeting requests is the caller's job.
 */
public final class MixPayClient {

    private static final Logger log = LoggerFactory.getLogger(MixPayClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** Larger answers are cut here and then fail as malformed JSON. */
    private static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    private static final Duration MIN_CLOCK_DIFFERENCE = Duration.ofSeconds(5);
    private static final Duration TRAVEL_TIME = Duration.ofSeconds(5);
    private static final Duration MAX_CLOCK_DIFFERENCE = Duration.ofDays(1);

    private final OkHttpClient http;
    private final ObjectMapper json;
    private final ObjectReader reader;
    private final HttpUrl apiBase;
    private final HttpUrl payBase;
    private volatile RateLimitListener rateLimitListener = (limit, remaining) -> { };
    private final Clock clock;
    /** How far MixPay's clock is ahead of this till's (negative: behind), from the last answer's timestampMs. */
    private volatile long mixpayAheadMs;

    /** On the system clock. */
    public MixPayClient(OkHttpClient http, ObjectMapper json, URI apiBase, URI payBase) {
        this(http, json, apiBase, payBase, Clock.systemUTC());
    }

    /**
     * @param apiBase MixPay's API base, e.g. {@code https://api.mixpay.me/v1}
     * @param payBase MixPay's checkout pages, e.g. {@code https://mixpay.me}
     * @param clock   the till's clock, the one sales are timed by: MixPay's answers tell how far its own differs
     */
    public MixPayClient(OkHttpClient http, ObjectMapper json, URI apiBase, URI payBase, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = Objects.requireNonNull(http, "http");
        this.json = Objects.requireNonNull(json, "json");
        this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.apiBase = httpUrl(apiBase, "apiBase");
        this.payBase = httpUrl(payBase, "payBase");
    }

    /** Timeouts for a counter terminal: a customer is waiting, so fail fast and let the caller retry. */
    public static OkHttpClient defaultHttpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(6))
                .writeTimeout(Duration.ofSeconds(6))
                .callTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A mapper that ignores unknown fields and keeps decimals exact. */
    public static ObjectMapper defaultObjectMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Receives the {@code x-ratelimit-*} headers of every response that carries them; null to stop. */
    public void setRateLimitListener(RateLimitListener listener) {
        this.rateLimitListener = listener == null ? (limit, remaining) -> { } : listener;
    }

    /**
     * {@code POST /one_time_payment}: registers the sale and returns the link its QR encodes,
     * {@code {payBase}/code/<code>}. The customer cannot change the amount of this link.
     */
    public String createOneTimePayment(Sale sale) throws MixPayException {
        String what = "POST /one_time_payment";
        RequestBody body = RequestBody.create(toJson(OneTimePaymentRequest.of(sale, expiredTimestamp(sale))), JSON);
        Envelope envelope = call(request(api("one_time_payment").build()).post(body).build(), what);
        String code = Wire.text(envelope.dataObject(what).get("code"));
        if (code == null || code.isBlank()) {
            throw MixPayException.transientFault("MixPay's success answer to " + what + " had no payment code", null);
        }
        return payBase.newBuilder().addPathSegment("code").addPathSegment(code.strip()).build().toString();
    }

    /**
     * The universal {@code {payBase}/pay?…} link for the sale, made without any request. The payer can
     * edit it (its {@code expiredTimestamp} as well), so every success it leads to must be verified against the sale.
     */
    public String paylink(Sale sale) {
        HttpUrl.Builder url = payBase.newBuilder().addPathSegment("pay")
                .addQueryParameter("payeeId", sale.payeeId())
                .addQueryParameter("settlementAssetId", sale.settlementAssetId())
                .addQueryParameter("quoteAssetId", sale.quoteAsset().assetId())
                .addQueryParameter("quoteAmount", sale.amount().toWire())
                .addQueryParameter("traceId", sale.traceId().toString())
                .addQueryParameter("orderId", sale.orderId());
        if (sale.remark() != null) {
            url.addQueryParameter("remark", sale.remark());
        }
        Long deadline = expiredTimestamp(sale);
        if (deadline != null) {
            url.addQueryParameter("expiredTimestamp", String.valueOf(deadline));
        }
        return url.build().toString();
    }

    /** {@code GET /payments_result?traceId=…}: MixPay's current view of one payment. */
    public PaymentResult paymentResult(UUID traceId) throws MixPayException {
        String what = "GET /payments_result";
        Objects.requireNonNull(traceId, "traceId");
        HttpUrl url = api("payments_result").addQueryParameter("traceId", traceId.toString()).build();
        return PaymentResultReader.read(call(request(url).get().build(), what), what);
    }

    /** {@code GET /setting/quote_assets}: the currencies a price can be set in. */
    public List<QuoteAsset> quoteAssets() throws MixPayException {
        String what = "GET /setting/quote_assets";
        Envelope envelope = call(request(api("setting", "quote_assets").build()).get().build(), what);
        return AssetReader.quoteAssets(envelope.dataArray(what));
    }

    /** {@code GET /setting/settlement_assets?payeeId=…}: the assets this payee can be paid out in. */
    public List<SettlementAsset> settlementAssets(String payeeId) throws MixPayException {
        String what = "GET /setting/settlement_assets";
        Objects.requireNonNull(payeeId, "payeeId");
        HttpUrl url = api("setting", "settlement_assets").addQueryParameter("payeeId", payeeId).build();
        Envelope envelope = call(request(url).get().build(), what);
        return AssetReader.settlementAssets(envelope.dataArray(what));
    }

    private Envelope call(Request request, String what) throws MixPayException {
        long started = System.nanoTime();
        int status;
        String body;
        try (Response response = http.newCall(request).execute()) {
            reportRateLimit(response);
            status = response.code();
            body = response.peekBody(MAX_BODY_BYTES).string();
        } catch (IOException e) {
            log.debug("{} failed after {} ms: {}", what, elapsedMs(started), e.toString());
            throw MixPayException.transientFault("No answer from MixPay to " + what + ": " + e, e);
        }
        log.debug("{} -> HTTP {}, {} chars in {} ms", what, status, body.length(), elapsedMs(started));
        return Envelope.read(reader, what, status, body, this::observeServerTime);
    }

    /**
     * The sale's deadline as MixPay's {@code expiredTimestamp}: Unix seconds on MixPay's clock, which MixPay checks
     * against its own "now + 10 s to now + 48 h". A till whose clock is behind would otherwise send a deadline
     * MixPay has already passed. A deadline at either end of that range is kept {@link #TRAVEL_TIME} inside it,
     * so the request's own travel time cannot push it out. Null when the sale has none.
     */
    Long expiredTimestamp(Sale sale) {
        if (sale.expiresAt() == null) {
            return null;
        }
        long mixpayNow = clock.millis() + mixpayAheadMs;
        long earliest = mixpayNow + PaymentExpiry.MIN.plus(TRAVEL_TIME).toMillis();
        long latest = mixpayNow + PaymentExpiry.MAX.minus(TRAVEL_TIME).toMillis();
        long deadline = sale.expiresAt().toEpochMilli() + mixpayAheadMs;
        if (deadline < earliest) {
            return Math.floorDiv(earliest + 999, 1000);
        }
        return Math.floorDiv(Math.min(deadline, latest), 1000);
    }

    /** A difference of a few seconds is the answer's travel time; one of more than a day is not a clock. */
    private void observeServerTime(long timestampMs) {
        long ahead = timestampMs - clock.millis();
        if (Math.abs(ahead) > MAX_CLOCK_DIFFERENCE.toMillis()) {
            log.debug("MixPay's timestampMs {} is more than a day from this till's clock; ignored", timestampMs);
            return;
        }
        long next = Math.abs(ahead) < MIN_CLOCK_DIFFERENCE.toMillis() ? 0 : ahead;
        if (Math.abs(next - mixpayAheadMs) >= MIN_CLOCK_DIFFERENCE.toMillis()) {
            log.info("MixPay's clock is {} s {} this till's; payment deadlines are sent on MixPay's clock",
                    Math.abs(next) / 1000, next >= 0 ? "ahead of" : "behind");
        }
        mixpayAheadMs = next;
    }

    private void reportRateLimit(Response response) {
        Integer limit = headerInt(response.header("x-ratelimit-limit"));
        Integer remaining = headerInt(response.header("x-ratelimit-remaining"));
        if (limit == null && remaining == null) {
            return;
        }
        try {
            rateLimitListener.observed(limit == null ? -1 : limit, remaining == null ? -1 : remaining);
        } catch (RuntimeException e) {
            log.warn("The rate-limit listener failed", e);
        }
    }

    private static Integer headerInt(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private HttpUrl.Builder api(String... segments) {
        HttpUrl.Builder url = apiBase.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    private static Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/json");
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpUrl httpUrl(URI uri, String name) {
        HttpUrl url = HttpUrl.parse(Objects.requireNonNull(uri, name).toString());
        if (url == null) {
            throw new IllegalArgumentException(name + " must be an http or https URL: " + uri);
        }
        return url;
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
