package app.mixpos.reliability;

import app.mixpos.ui.text.FailureWords;
import app.mixpos.ui.text.Texts;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Settings;
import app.mixpos.mixpay.MixPayClient;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.EngineRuntime;
import app.mixpos.wiring.PosEngine;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 5, every {@code payments_result} field MixPay's docs say can vary, end to end: hand-written bodies from
 * a mock MixPay, read by the real client, decided by the engine, stored in the real receipt log. Nothing may
 * throw, and the sale must end where the answer really puts it.
 */
class PaymentsResultVariantsTest {

    private static final String PAYEE = CrashChild.PAYEE;
    private static final String OK_SUCCESS = "\"status\":\"success\",\"traceId\":\"$T\",\"payeeId\":\"$P\","
            + "\"quoteAssetId\":\"usd\",\"quoteAmount\":\"10.00\"";

    @TempDir
    Path dataDir;
    private final MutableClock clock = MutableClock.atSomeMorning();
    private MockWebServer mixpay;
    private ManualScheduler scheduler;
    private PosEngine engine;
    private volatile String data = "\"status\":\"unpaid\"";
    private volatile String envelope = null;

    @BeforeEach
    void start() throws IOException {
        mixpay = new MockWebServer();
        mixpay.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.endsWith("/one_time_payment")) {
                    return json("{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{\"code\":\"c0de\"}}");
                }
                if (path.endsWith("/payments_result")) {
                    String trace = request.getUrl().queryParameter("traceId");
                    String body = envelope != null ? envelope
                            : "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{" + data + "}}";
                    return json(body.replace("$T", trace).replace("$P", PAYEE));
                }
                return json("{\"code\":0,\"success\":true,\"message\":\"\",\"data\":[]}");
            }
        });
        mixpay.start();
        scheduler = new ManualScheduler(clock);
        Settings settings = new Settings(dataDir, PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, "usd",
                mixpay.url("/v1").uri(), URI.create("https://mixpay.me"), LinkMode.ONE_TIME, false, 40);
        engine = PosEngine.open(settings, new EngineRuntime(clock, scheduler, Runnable::run, new Random(7), () -> {
        }), MixPayClient.defaultHttpClient());
        engine.start();
    }

    @AfterEach
    void stop() {
        engine.close();
        mixpay.close();
    }

    @ParameterizedTest(name = "failed with failureCode {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"40000\"      | 40000", "40024     | 40024", "40024.0   | 40024", "4.0024E4 | 40024",
        "\" 40025 \"    | 40025", "\"0\"     | 0", "0         | 0", "\"\"      | 0", "null     | 0",
        "\"99999\"      | 99999", "{\"a\":1} | 0", "[]        | 0", "true      | true"})
    void aFailedAnswerEndsFailedWhateverTypeItsFailureCodeHas(String wireCode, String code) {
        SaleSnapshot sale = charge();

        answer("\"status\":\"failed\",\"traceId\":\"$T\",\"failureCode\":" + wireCode + ",\"failureReason\":\"x\"");

        SaleSnapshot after = stored(sale);
        assertThat(after.state().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(after.state().failureCode().code()).isEqualTo(code);
        assertThat(FailureWords.of(Texts.english(), after.state().failureCode())).isNotBlank();
        assertThat(after.state().needsWatching()).isFalse();
    }

    @Test
    void aFailedAnswerWithoutAnyFailureCodeEndsFailedWithNoCode() {
        SaleSnapshot sale = charge();

        answer("\"status\":\"failed\"");

        assertThat(stored(sale).state().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(stored(sale).state().failureCode().isNone()).isTrue();
    }

    @ParameterizedTest(name = "success with date {0}")
    @CsvSource(delimiter = '|', value = {"1656513302", "\"1656513302\"", "\" 1656513302 \"", "1656513302000",
        "\"\"", "null", "\"yesterday\"", "0", "-5", "{}", "[1]", "1.5", "\"2026-11-21T09:00:00Z\"", "99999999999999999999"})
    void aGenuineSuccessIsPaidWhateverItsDateLooksLike(String wireDate) {
        SaleSnapshot sale = charge();

        answer(OK_SUCCESS + ",\"date\":" + wireDate);

        assertThat(stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void aSuccessWithoutTheDateAndEveryOptionalFieldIsStillPaid() {
        SaleSnapshot sale = charge();

        answer(OK_SUCCESS);

        SaleSnapshot paid = stored(sale);
        assertThat(paid.state().outcome()).isEqualTo(Outcome.PAID);
        assertThat(paid.state().confirmations()).isNull();
        assertThat(paid.state().paymentAmount()).isNull();
    }

    @ParameterizedTest(name = "success missing {0} is a mismatch")
    @CsvSource({"traceId", "payeeId", "quoteAssetId", "quoteAmount"})
    void aSuccessMissingAFieldTheCheckNeedsIsAMismatch(String field) {
        SaleSnapshot sale = charge();

        answer(OK_SUCCESS.replaceAll("\"" + field + "\":\"[^\"]*\",?", "").replaceAll(",$", ""));

        SaleSnapshot after = stored(sale);
        assertThat(after.state().outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(after.state().reasons()).extracting(Reason::code).isNotEmpty().containsOnly(Reason.MISMATCH);
    }

    @ParameterizedTest(name = "success with {0} is still paid")
    @CsvSource(delimiter = '|', value = {
        "\"quoteAssetId\":\"USD\"", "\"quoteAmount\":\"10\"", "\"quoteAmount\":10.0", "\"quoteAmount\":\" 10.000 \"",
        "\"confirmations\":\"12\"", "\"confirmations\":-1", "\"confirmations\":\"many\"", "\"surplusStatus\":\"\"",
        "\"paymentAmount\":\"abc\"", "\"failureCode\":40000", "\"nonce\":\"n\",\"expiredAt\":1,\"transactions\":[]"})
    void aGenuineSuccessIsPaidWhateverShapeItsOtherFieldsTake(String field) {
        SaleSnapshot sale = charge();

        String name = field.split("\"")[1];
        answer(OK_SUCCESS.replaceAll("\"" + name + "\":\"[^\"]*\",?", "").replaceAll(",$", "") + "," + field);

        assertThat(stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @ParameterizedTest(name = "status {0} keeps the sale open")
    @CsvSource(delimiter = '|', value = {"\"processing\"", "\"refunding\"", "\"\"", "null", "42", "\"SUCCESS \"",
        "{\"s\":1}"})
    void anUnknownOrMissingStatusKeepsTheSaleOpenUntilARealAnswer(String wireStatus) {
        SaleSnapshot sale = charge();

        answer("\"status\":" + wireStatus + ",\"traceId\":\"$T\"");
        SaleSnapshot open = stored(sale);

        if (wireStatus.equals("\"SUCCESS \"")) {
            assertThat(open.state().outcome()).as("a success in capitals is still checked").isEqualTo(Outcome.MISMATCH);
            return;
        }
        assertThat(open.state().outcome()).isEqualTo(Outcome.OPEN);
        assertThat(open.state().status().kind()).isIn(PaymentStatus.Kind.UNKNOWN, PaymentStatus.Kind.UNPAID);
        answer(OK_SUCCESS);
        assertThat(stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void aSuccessStatusWithoutAnyDataFieldIsAMismatchNotAPayment() {
        SaleSnapshot sale = charge();

        answer("\"status\":\"success\"");

        assertThat(stored(sale).state().outcome()).isEqualTo(Outcome.MISMATCH);
    }

    @ParameterizedTest(name = "envelope {0}")
    @CsvSource(delimiter = '|', value = {
        "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":[]}",
        "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{}}",
        "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":null}",
        "{\"code\":0,\"success\":true,\"message\":\"\"}",
        "{\"code\":10008,\"success\":false,\"message\":\"maintenance\",\"data\":[]}",
        "{\"code\":404,\"success\":false,\"message\":\"not found\",\"data\":[]}",
        "{\"code\":1017,\"success\":false,\"message\":\"bad\",\"data\":{\"traceId\":[\"invalid\"]}}",
        "{\"code\":0,\"success\":false,\"data\":{\"status\":\"success\"}}",
        "[]", "\"success\"", "{}"})
    void anEnvelopeWithoutAUsableAnswerKeepsTheSaleOpenAndLaterAnswersCount(String body) {
        SaleSnapshot sale = charge();

        envelope = body;
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(stored(sale).state().outcome()).isEqualTo(Outcome.OPEN);

        envelope = null;
        answer(OK_SUCCESS);
        scheduler.advance(Duration.ofMinutes(2));
        assertThat(stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
    }

    private SaleSnapshot charge() {
        AmountResult amount = AmountParser.parse("10", QuoteAsset.USD);
        SaleSnapshot sale = scheduler.await(engine.checkout().charge(((AmountResult.Valid) amount).amount(), null),
                Duration.ofSeconds(10));
        scheduler.runDue();
        assertThat(sale.state().outcome()).isEqualTo(Outcome.OPEN);
        scheduler.advance(Duration.ofSeconds(3));
        return sale;
    }

    /** MixPay starts answering with these data fields; the engine asks within the next seconds. */
    private void answer(String dataFields) {
        data = dataFields;
        scheduler.advance(Duration.ofSeconds(4));
    }

    private SaleSnapshot stored(SaleSnapshot sale) {
        return engine.records().recent(100).join().stream().filter(s -> s.orderId().equals(sale.orderId()))
                .findFirst().orElseThrow();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
