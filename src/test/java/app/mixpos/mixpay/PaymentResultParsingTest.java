package app.mixpos.mixpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.Settlement;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentResultParsingTest extends MixPayServerTest {

    private static final UUID TRACE = UUID.fromString("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7");

    @Test
    void documentedSuccessExampleParsesEveryField() throws Exception {
        String body = fixture("payments_result_success.json");
        answer(200, body);

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.envelopeSuccess()).isTrue();
        assertThat(r.status().kind()).isEqualTo(PaymentStatus.Kind.SUCCESS);
        assertThat(r.status().wire()).isEqualTo("success");
        assertThat(r.traceId()).isEqualTo("a0d7791408776b47eb1dd3f94ed15d6a");
        assertThat(r.payeeId()).isEqualTo("xxxxx-xxx-xxx-xxx-xxxxxxx");
        assertThat(r.quoteAssetId()).isEqualTo("usd");
        assertThat(r.quoteAmount()).isEqualTo(new BigDecimal("0.01"));
        assertThat(r.quoteSymbol()).isEqualTo("USD");
        assertThat(r.paymentAmount()).isEqualTo(new BigDecimal("0.010013"));
        assertThat(r.paymentSymbol()).isEqualTo("USDT");
        assertThat(r.payableAmount()).isEqualTo(new BigDecimal("0.010013"));
        assertThat(r.payableSymbol()).isEqualTo("USDT");
        assertThat(r.surplusAmount()).isEqualTo(new BigDecimal("0"));
        assertThat(r.surplusStatus()).isEqualTo(SurplusStatus.NO);
        assertThat(r.confirmations()).isEqualTo(-1);
        assertThat(r.failureCode().isNone()).isTrue();
        assertThat(r.failureReason()).isEmpty();
        assertThat(r.txid()).isEmpty();
        assertThat(r.date()).isEqualTo(Instant.ofEpochSecond(1656513302));
        assertThat(r.rawBody()).isEqualTo(body);
        assertThat(r.hasSurplus()).isFalse();
    }

    @Test
    void documentedSuccessCarriesWhatMixPaySettled() throws Exception {
        answer(200, fixture("payments_result_success.json"));

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.settlement()).isEqualTo(new Settlement("success", new BigDecimal("0.00003"), "BTC",
                "c6d0c728-2624-429b-8e0d-d9d19b6592fa"));
        assertThat(r.settlement().settled()).isTrue();
    }

    @Test
    void pendingSettlementsEmptyStringsAreReadAsNothingSaid() throws Exception {
        answer(200, "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":{\"status\":\"success\","
                + "\"traceId\":\"" + TRACE + "\",\"settleStatus\":\"pending\",\"settleAmount\":\"\","
                + "\"settleSymbol\":\"\",\"settleAsset\":\"\",\"settleAssetVersion\":\"\"}}");

        Settlement s = client.paymentResult(TRACE).settlement();

        assertThat(s).isEqualTo(new Settlement("pending", null, null, null));
        assertThat(s.settled()).isFalse();
    }

    @Test
    void anAnswerWithoutSettleFieldsHasNoSettlement() throws Exception {
        answer(200, fixture("payments_result_paid_less.json"));

        assertThat(client.paymentResult(TRACE).settlement()).isEqualTo(Settlement.NONE);
    }

    @Test
    void askForTheResultByTraceId() throws Exception {
        answer(200, fixture("payments_result_paid_less.json"));

        client.paymentResult(TRACE);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/payments_result?traceId=" + TRACE);
    }

    @Test
    void documentedPaidLessExampleShowsWhatIsStillDue() throws Exception {
        answer(200, fixture("payments_result_paid_less.json"));

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.status().kind()).isEqualTo(PaymentStatus.Kind.PAID_LESS);
        assertThat(r.status().isFinal()).isFalse();
        assertThat(r.paymentAmount()).isEqualByComparingTo("8.5");
        assertThat(r.payableAmount()).isEqualByComparingTo("10");
        assertThat(r.stillDue()).isEqualByComparingTo("1.5");
        assertThat(r.traceId()).isEqualTo(TRACE.toString());
        assertThat(r.quoteAmount()).isNull();
        assertThat(r.payeeId()).isNull();
        assertThat(r.date()).isNull();
        assertThat(r.confirmations()).isNull();
        assertThat(r.surplusStatus()).isEqualTo(SurplusStatus.NO);
    }

    @Test
    void failureCodeSentAsNumberIsRead() throws Exception {
        answer(200, resultWith("\"status\":\"failed\",\"failureCode\":40024,\"failureReason\":\"wrong amount\""));

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.status().kind()).isEqualTo(PaymentStatus.Kind.FAILED);
        assertThat(r.failureCode().code()).isEqualTo("40024");
        assertThat(r.failureCode().isKnown()).isTrue();
        assertThat(r.failureReason()).isEqualTo("wrong amount");
    }

    @Test
    void failureCodeSentAsStringIsRead() throws Exception {
        answer(200, resultWith("\"status\":\"failed\",\"failureCode\":\"40000\""));

        assertThat(client.paymentResult(TRACE).failureCode().code()).isEqualTo("40000");
    }

    @ParameterizedTest(name = "date {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1656513302        | 2022-06-29T14:35:02Z",
            "\"1656513302\"    | 2022-06-29T14:35:02Z",
            "\" 1656513302 \"  | 2022-06-29T14:35:02Z",
            "1656513302000     | 2022-06-29T14:35:02Z",
            "\"\"              | ",
            "null              | ",
            "\"yesterday\"     | ",
            "0                 | "})
    void dateIsReadFromNumberStringOrNothing(String wireDate, String expected) throws Exception {
        answer(200, resultWith("\"status\":\"unpaid\",\"date\":" + wireDate));

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.date()).isEqualTo(expected == null ? null : Instant.parse(expected));
    }

    @ParameterizedTest(name = "confirmations {0} -> {1}")
    @CsvSource(delimiter = '|', value = {"3 | 3", "\"12\" | 12", "-1 | -1", "\"\" | ", "\"many\" | "})
    void confirmationsAreReadFromNumberOrString(String wire, Integer expected) throws Exception {
        answer(200, resultWith("\"status\":\"confirming\",\"confirmations\":" + wire));

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.status().kind()).isEqualTo(PaymentStatus.Kind.CONFIRMING);
        assertThat(r.confirmations()).isEqualTo(expected);
    }

    @Test
    void unknownStatusIsKeptVerbatimAndIsNeitherFinalNorSuccess() throws Exception {
        answer(200, resultWith("\"status\":\"processing\""));

        PaymentStatus status = client.paymentResult(TRACE).status();

        assertThat(status.kind()).isEqualTo(PaymentStatus.Kind.UNKNOWN);
        assertThat(status.wire()).isEqualTo("processing");
        assertThat(status.isFinal()).isFalse();
    }

    @Test
    void unknownFieldsAndNestedObjectsAreIgnored() throws Exception {
        answer(200, "{\"code\":0,\"success\":true,\"message\":\"\",\"extra\":{\"a\":[1,2]},\"data\":{"
                + "\"status\":\"pending\",\"nonce\":\"x\",\"expiredAt\":1700000000,"
                + "\"payment\":{\"id\":\"p\"},\"transactions\":[{\"amount\":\"1\"}],\"quoteAmount\":\"5.00\"}}");

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.status().kind()).isEqualTo(PaymentStatus.Kind.PENDING);
        assertThat(r.quoteAmount()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void amountsStayExactDecimalsAndUnreadableOnesBecomeNull() throws Exception {
        answer(200, resultWith("\"status\":\"success\",\"quoteAmount\":\"10.00\",\"paymentAmount\":0.1,"
                + "\"payableAmount\":\"abc\",\"surplusAmount\":\"\",\"surplusStatus\":\"sending\""));

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.quoteAmount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(r.paymentAmount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(r.payableAmount()).isNull();
        assertThat(r.surplusAmount()).isNull();
        assertThat(r.surplusStatus()).isEqualTo(SurplusStatus.SENDING);
    }

    @Test
    void successEnvelopeWithEmptyListAsDataIsTransient() {
        answer(200, "{\"code\":0,\"success\":true,\"message\":\"\",\"data\":[]}");

        assertThatThrownBy(() -> client.paymentResult(TRACE))
                .isInstanceOfSatisfying(MixPayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MixPayException.Kind.TRANSIENT);
                    assertThat(e.code()).isZero();
                })
                .hasMessageContaining("payments_result").hasMessageContaining("empty list");
    }

    @Test
    void successEnvelopeWithoutDataIsTransient() {
        answer(200, "{\"code\":0,\"success\":true,\"message\":\"\"}");

        assertThatThrownBy(() -> client.paymentResult(TRACE))
                .isInstanceOfSatisfying(MixPayException.class,
                        e -> assertThat(e.kind()).isEqualTo(MixPayException.Kind.TRANSIENT))
                .hasMessageContaining("no data");
    }

    @Test
    void envelopeWithCodeZeroButNoSuccessFlagIsNotMarkedSuccessful() throws Exception {
        answer(200, "{\"code\":0,\"data\":{\"status\":\"success\"}}");

        PaymentResult r = client.paymentResult(TRACE);

        assertThat(r.status().kind()).isEqualTo(PaymentStatus.Kind.SUCCESS);
        assertThat(r.envelopeSuccess()).isFalse();
    }
}
