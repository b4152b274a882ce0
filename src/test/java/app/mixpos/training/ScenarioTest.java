package app.mixpos.training;

import app.mixpos.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each scenario's statuses at the exact clock times its Javadoc promises. */
class ScenarioTest {

    private static final String PAYABLE = "10.013";

    private final MutableClock clock = MutableClock.atSomeMorning();
    private MixPaySimulator sim;
    private SimClient client;
    private UUID trace;
    private Instant start;

    @BeforeEach
    void start() throws IOException {
        sim = MixPaySimulator.start(clock);
        client = new SimClient(sim.apiUrl());
        trace = UUID.randomUUID();
        client.postJson("/one_time_payment", Orders.usd("10.00", trace, "scenario-1"));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void payExactly() throws IOException {
        play(Scenario.PAY_EXACTLY);
        confirming(at(0), 0);
        confirming(at(1.999), 0);
        confirming(at(2), 1);
        confirming(at(2.999), 1);
        JsonNode done = at(3);
        assertGenuineSuccess(done);
        assertThat(done.get("paymentAmount").asText()).isEqualTo(PAYABLE);
        assertThat(done.get("surplusStatus").asText()).isEqualTo("no");
        assertThat(done.get("surplusAmount").asText()).isEqualTo("0");
        assertThat(done.get("settleStatus").asText()).isEqualTo("success");
        assertThat(done.get("settleAmount").asText()).isEqualTo(PAYABLE);
        assertThat(done.get("txid").asText()).hasSize(64);
        assertThat(at(3600).get("status").asText()).isEqualTo("success");
    }

    @Test
    void payLessThenTopUp() throws IOException {
        play(Scenario.PAY_LESS_THEN_TOP_UP);
        JsonNode less = at(0);
        assertThat(less.get("status").asText()).isEqualTo("paid_less");
        assertThat(less.get("paymentAmount").asText()).isEqualTo("5.0065");
        assertThat(less.get("payableAmount").asText()).isEqualTo(PAYABLE);
        assertThat(at(9.999).get("status").asText()).isEqualTo("paid_less");
        confirming(at(10), 0);
        confirming(at(12), 1);
        assertThat(at(12.999).get("status").asText()).isEqualTo("confirming");
        assertGenuineSuccess(at(13));
    }

    @Test
    void overpayRefundsTheSurplus() throws IOException {
        play(Scenario.OVERPAY);
        confirming(at(0), 0);
        confirming(at(2), 1);
        JsonNode paid = at(3);
        assertGenuineSuccess(paid);
        assertThat(paid.get("surplusAmount").asText()).isEqualTo("1.0013");
        assertThat(paid.get("paymentAmount").asText()).isEqualTo("11.0143");
        assertThat(paid.get("settleAmount").asText()).isEqualTo(PAYABLE);
        assertThat(paid.get("surplusStatus").asText()).isEqualTo("pending");
        assertThat(at(7.999).get("surplusStatus").asText()).isEqualTo("pending");
        assertThat(at(8).get("surplusStatus").asText()).isEqualTo("sending");
        assertThat(at(12.999).get("surplusStatus").asText()).isEqualTo("sending");
        JsonNode refunded = at(13);
        assertThat(refunded.get("surplusStatus").asText()).isEqualTo("success");
        assertThat(refunded.get("status").asText()).isEqualTo("success");
    }

    @Test
    void confirmingSlowlyCountsUpToSix() throws IOException {
        play(Scenario.CONFIRMING_SLOWLY);
        for (int n = 1; n <= 6; n++) {
            int from = 5 * (n - 1);
            confirming(at(from), n);
            confirming(at(from + 4.999), n);
        }
        assertGenuineSuccess(at(30));
    }

    @ParameterizedTest
    @CsvSource({"PENDING_THEN_SUCCESS, pending", "AUDITING_THEN_SUCCESS, auditing"})
    void holdsThenSucceeds(Scenario scenario, String held) throws IOException {
        play(scenario);
        for (double t : new double[] {0, 5, 9.999}) {
            JsonNode d = at(t);
            assertThat(d.get("status").asText()).isEqualTo(held);
            assertThat(d.get("confirmations").asInt()).isEqualTo(-1);
            assertThat(d.get("settleStatus").asText()).isEqualTo("pending");
            assertThat(d.get("settleAmount").asText()).isEmpty();
        }
        assertGenuineSuccess(at(10));
    }

    @ParameterizedTest
    @CsvSource({"FAIL_40000, 40000", "FAIL_40020, 40020", "FAIL_40024, 40024", "FAIL_40025, 40025"})
    void failsWithItsCode(Scenario scenario, String code) throws IOException {
        play(scenario);
        confirming(at(0), 0);
        assertThat(at(2.999).get("status").asText()).isEqualTo("confirming");
        JsonNode failed = at(3);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("failureCode").isTextual()).isTrue();
        assertThat(failed.get("failureCode").asText()).isEqualTo(code);
        assertThat(failed.get("failureReason").asText()).isNotBlank();
        assertThat(at(600).get("status").asText()).isEqualTo("failed");
    }

    @Test
    void neverPaysStaysUnpaid() throws IOException {
        play(Scenario.NEVER_PAYS);
        assertThat(at(0).get("status").asText()).isEqualTo("unpaid");
        JsonNode later = at(86_400);
        assertThat(later.get("status").asText()).isEqualTo("unpaid");
        assertThat(later.get("paymentAmount").asText()).isEqualTo("0");
        assertThat(later.get("txid").asText()).isEmpty();
    }

    @Test
    void beforeAnyScenarioThePaymentIsUnpaidWithFailureCodeZero() throws IOException {
        JsonNode d = client.result(trace);
        assertThat(d.get("status").asText()).isEqualTo("unpaid");
        assertThat(d.get("failureCode").asText()).isEqualTo("0");
        assertThat(d.get("payableAmount").asText()).isEqualTo(PAYABLE);
    }

    private void play(Scenario scenario) {
        start = clock.instant();
        sim.customer(trace).orElseThrow().play(scenario);
    }

    private JsonNode at(double seconds) throws IOException {
        clock.set(start.plus(Duration.ofMillis(Math.round(seconds * 1000))));
        return client.result(trace);
    }

    private static void confirming(JsonNode d, int confirmations) {
        assertThat(d.get("status").asText()).isEqualTo("confirming");
        assertThat(d.get("confirmations").asInt()).isEqualTo(confirmations);
        assertThat(d.get("settleStatus").asText()).isEqualTo("pending");
    }

    private void assertGenuineSuccess(JsonNode d) {
        assertThat(d.get("status").asText()).isEqualTo("success");
        assertThat(d.get("payeeId").asText()).isEqualTo(Orders.PAYEE);
        assertThat(d.get("quoteAssetId").asText()).isEqualTo("usd");
        assertThat(d.get("quoteAmount").asText()).isEqualTo("10.00");
        assertThat(d.get("quoteSymbol").asText()).isEqualTo("USD");
        assertThat(d.get("traceId").asText()).isEqualTo(trace.toString());
        assertThat(d.get("orderId").asText()).isEqualTo("scenario-1");
        assertThat(d.get("failureCode").asText()).isEqualTo("0");
        assertThat(d.get("confirmations").asInt()).isEqualTo(-1);
        assertThat(d.get("paymentSymbol").asText()).isEqualTo("USDT");
        assertThat(new BigDecimal(d.get("paymentAmount").asText())).isGreaterThanOrEqualTo(new BigDecimal(PAYABLE));
    }
}
