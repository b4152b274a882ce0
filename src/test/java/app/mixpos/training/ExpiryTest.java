package app.mixpos.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulator ends a payment at its {@code expiredTimestamp} the way MixPay does, on its own clock. */
class ExpiryTest extends SimulatorTest {

    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    @Test
    void anUnpaidPaymentFailsWith40000AtItsDeadlineAndStaysFailed() throws IOException {
        UUID trace = create(FIFTEEN_MINUTES);
        SimulatedCustomer customer = sim.customer(trace).orElseThrow();

        clock.advance(FIFTEEN_MINUTES.minusSeconds(1));
        assertThat(client.result(trace).get("status").asText()).isEqualTo("unpaid");

        clock.advanceSeconds(1);
        JsonNode failed = client.result(trace);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("failureCode").asText()).isEqualTo("40000");
        assertThat(failed.get("failureReason").asText()).isNotBlank();
        assertThat(failed.get("paymentAmount").asText()).isEqualTo("0");

        customer.payExactly();
        clock.advance(Duration.ofDays(3));
        assertThat(client.result(trace).get("status").asText()).as("a late transfer does not revive it")
                .isEqualTo("failed");
    }

    @Test
    void aLateControlCannotReviveAPaymentNobodyAskedAboutAtItsDeadline() throws IOException {
        UUID trace = create(FIFTEEN_MINUTES);
        SimulatedCustomer customer = sim.customer(trace).orElseThrow();

        clock.advance(Duration.ofHours(1));
        customer.payExactly();

        assertThat(client.result(trace).get("failureCode").asText()).isEqualTo("40000");
    }

    @Test
    void anUnderpaidPaymentFailsWith40024AtItsDeadline() throws IOException {
        UUID trace = create(FIFTEEN_MINUTES);
        SimulatedCustomer customer = sim.customer(trace).orElseThrow();
        BigDecimal half = customer.payableAmount().divide(BigDecimal.valueOf(2));
        clock.advance(Duration.ofMinutes(5));
        customer.payLess(half);

        clock.advance(Duration.ofMinutes(10));

        JsonNode failed = client.result(trace);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("failureCode").asText()).isEqualTo("40024");
        assertThat(new BigDecimal(failed.get("paymentAmount").asText())).isEqualByComparingTo(half);
    }

    @Test
    void aPaymentStillConfirmingAtItsDeadlineIsNotFailedAndSucceeds() throws IOException {
        UUID trace = create(FIFTEEN_MINUTES);
        clock.advance(FIFTEEN_MINUTES.minusSeconds(10));
        sim.customer(trace).orElseThrow().play(Scenario.CONFIRMING_SLOWLY);

        clock.advanceSeconds(15);
        assertThat(client.result(trace).get("status").asText()).isEqualTo("confirming");

        clock.advanceSeconds(20);
        assertThat(client.result(trace).get("status").asText()).isEqualTo("success");
    }

    @Test
    void aPaymentPaidBeforeItsDeadlineStaysPaid() throws IOException {
        UUID trace = create(FIFTEEN_MINUTES);
        clock.advance(FIFTEEN_MINUTES.minusSeconds(1));
        sim.customer(trace).orElseThrow().payExactly();

        clock.advance(Duration.ofHours(2));

        assertThat(client.result(trace).get("status").asText()).isEqualTo("success");
    }

    @Test
    void aPaymentSentWithoutAnExpiryIsNeverEndedByTheSimulator() throws IOException {
        Map<String, String> order = Orders.usd("5");
        client.postJson("/one_time_payment", order);

        clock.advance(Duration.ofDays(3));

        assertThat(client.result(order.get("traceId")).get("status").asText()).isEqualTo("unpaid");
    }

    @Test
    void theResultCarriesTheDeadlineAsExpiredAt() throws IOException {
        UUID trace = create(FIFTEEN_MINUTES);

        assertThat(client.result(trace).get("expiredAt").asLong())
                .isEqualTo(clock.instant().plus(FIFTEEN_MINUTES).getEpochSecond());
    }

    @ParameterizedTest(name = "now + {0} s: code {1}")
    @CsvSource({"9, 10011", "10, 0", "172800, 0", "172801, 10011", "-60, 10011"})
    void aOneTimePaymentsExpiryMustLieBetweenTenSecondsAndTwoDaysAhead(long seconds, int code) throws IOException {
        String at = String.valueOf(clock.instant().plusSeconds(seconds).getEpochSecond());

        JsonNode json = client.postJson("/one_time_payment", Orders.with(Orders.usd("5"), "expiredTimestamp", at)).json();

        assertThat(json.get("code").asInt()).as(json.toString()).isEqualTo(code);
    }

    @Test
    void aPaylinkOutsideTheExpiryRangeIsRefusedAndOneInsideFailsAtItsDeadline() throws IOException {
        assertThatThrownBy(() -> sim.scan(paylink(clock.instant().plusSeconds(5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10011");
        assertThatThrownBy(() -> sim.scan(paylink(clock.instant().plus(Duration.ofHours(49)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiredTimestamp");

        SimulatedCustomer customer = sim.scan(paylink(clock.instant().plus(FIFTEEN_MINUTES)));
        assertThat(customer.expiresAt()).contains(clock.instant().plus(FIFTEEN_MINUTES));
        clock.advance(FIFTEEN_MINUTES);

        JsonNode failed = client.result(customer.traceId());
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("failureCode").asText()).isEqualTo("40000");
    }

    private UUID create(Duration expiry) throws IOException {
        UUID trace = UUID.randomUUID();
        String at = String.valueOf(clock.instant().plus(expiry).getEpochSecond());
        JsonNode json = client.postJson("/one_time_payment",
                Orders.with(Orders.usd("5", trace, "E-" + trace.toString().substring(0, 8)), "expiredTimestamp", at))
                .json();
        assertThat(json.get("success").asBoolean()).as(json.toString()).isTrue();
        return trace;
    }

    private String paylink(Instant expiresAt) {
        UUID trace = UUID.randomUUID();
        return sim.payUrl() + "/pay?payeeId=" + Orders.PAYEE + "&settlementAssetId=4d8c508b-91c5-375b-92b0-ee702ed2dac5"
                + "&quoteAssetId=usd&quoteAmount=3.00&traceId=" + trace + "&expiredTimestamp="
                + expiresAt.getEpochSecond();
    }
}
