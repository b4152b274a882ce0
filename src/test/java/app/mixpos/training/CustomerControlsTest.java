package app.mixpos.training;

import app.mixpos.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.SurplusStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerControlsTest {

    private final MutableClock clock = MutableClock.atSomeMorning();
    private MixPaySimulator sim;
    private SimClient client;
    private final UUID trace = UUID.randomUUID();
    private SimulatedCustomer customer;

    @BeforeEach
    void start() throws IOException {
        sim = MixPaySimulator.start(clock);
        client = new SimClient(sim.apiUrl());
        client.postJson("/one_time_payment", Orders.usd("20", trace, "ctrl-1"));
        customer = sim.customer(trace).orElseThrow();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theCustomerKnowsItsOrder() {
        assertThat(customer.orderId()).isEqualTo("ctrl-1");
        assertThat(customer.quoteAmount()).isEqualTo("20");
        assertThat(customer.quoteAssetId()).isEqualTo("usd");
        assertThat(customer.payeeId()).isEqualTo(Orders.PAYEE);
        assertThat(customer.payableAmount()).isEqualByComparingTo("20.026");
        assertThat(customer.status()).isEqualTo("unpaid");
    }

    @Test
    void payLessThenTopUp() throws IOException {
        customer.payLess(new BigDecimal("8.5"));
        JsonNode less = client.result(trace);
        assertThat(less.get("status").asText()).isEqualTo("paid_less");
        assertThat(less.get("paymentAmount").asText()).isEqualTo("8.5");
        assertThat(less.get("payableAmount").asText()).isEqualTo("20.026");
        customer.topUp();
        assertThat(client.result(trace).get("status").asText()).isEqualTo("success");
    }

    @Test
    void payLessMustBeLess() {
        assertThatThrownBy(() -> customer.payLess(new BigDecimal("20.026"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overpayThenRefund() throws IOException {
        customer.overpay(new BigDecimal("2"));
        JsonNode paid = client.result(trace);
        assertThat(paid.get("status").asText()).isEqualTo("success");
        assertThat(paid.get("surplusAmount").asText()).isEqualTo("2");
        assertThat(paid.get("surplusStatus").asText()).isEqualTo("pending");
        assertThat(paid.get("paymentAmount").asText()).isEqualTo("22.026");
        customer.refund(SurplusStatus.SENDING);
        assertThat(client.result(trace).get("surplusStatus").asText()).isEqualTo("sending");
        customer.refund(SurplusStatus.SUCCESS);
        assertThat(client.result(trace).get("surplusStatus").asText()).isEqualTo("success");
    }

    @Test
    void refundNeedsAnOverpayment() {
        customer.payExactly();
        assertThatThrownBy(() -> customer.refund(SurplusStatus.SENDING)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failWithAnyCode() throws IOException {
        customer.fail("40032");
        JsonNode failed = client.result(trace);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("failureCode").asText()).isEqualTo("40032");
        assertThat(failed.get("failureReason").asText()).isEqualTo("Payment cancelled");
        customer.fail("12345");
        assertThat(client.result(trace).get("failureReason").asText()).isEqualTo("Payment failed");
    }

    @Test
    void confirmingAndOtherStatusesOnDemand() throws IOException {
        customer.confirming(4);
        assertThat(client.result(trace).get("confirmations").asInt()).isEqualTo(4);
        customer.report("processing");
        assertThat(client.result(trace).get("status").asText()).isEqualTo("processing");
    }

    @Test
    void aTamperedFieldIsReportedUntilRemoved() throws IOException {
        customer.payExactly();
        customer.tamper("payeeId", "someone-else");
        assertThat(client.result(trace).get("payeeId").asText()).isEqualTo("someone-else");
        customer.tamper("payeeId", null);
        assertThat(client.result(trace).get("payeeId").asText()).isEqualTo(Orders.PAYEE);
    }

    @Test
    void aNewScenarioReplacesTheOldOne() throws IOException {
        customer.play(Scenario.NEVER_PAYS);
        clock.advanceSeconds(100);
        customer.play(Scenario.PAY_EXACTLY);
        assertThat(client.result(trace).get("status").asText()).isEqualTo("confirming");
        clock.advanceSeconds(3);
        assertThat(customer.status()).isEqualTo("success");
    }

    @Test
    void theDateIsWhenTheCustomerPaid() throws IOException {
        clock.advanceSeconds(42);
        customer.payExactly();
        clock.advanceSeconds(10);
        assertThat(client.result(trace).get("date").asLong()).isEqualTo(clock.instant().getEpochSecond() - 10);
    }
}
