package app.mixpos.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest extends SimulatorTest {

    private static final String PATH = "/setting/quote_assets";

    @Test
    void http500HasTheEnvelopeWithCodeMinusOne() throws IOException {
        sim.faults().next(Fault.HTTP_500, 2);
        for (int i = 0; i < 2; i++) {
            SimClient.Reply reply = client.get(PATH);
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.json().get("code").asInt()).isEqualTo(-1);
            assertThat(reply.json().get("success").asBoolean()).isFalse();
        }
        assertRecovered(2);
    }

    @Test
    void htmlErrorPageIsNotJson() throws IOException {
        sim.faults().next(Fault.HTML_ERROR_PAGE, 3);
        for (int i = 0; i < 3; i++) {
            SimClient.Reply reply = client.get("/payments_result?traceId=" + java.util.UUID.randomUUID());
            assertThat(reply.status()).isEqualTo(502);
            assertThat(reply.contentType()).startsWith("text/html");
            assertThat(reply.body()).startsWith("<html>").contains("502 Bad Gateway");
        }
        assertRecovered(3);
    }

    @Test
    void emptyBody() throws IOException {
        sim.faults().next(Fault.EMPTY_BODY, 1);
        SimClient.Reply reply = client.get(PATH);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertRecovered(1);
    }

    @Test
    void malformedJsonCannotBeParsed() throws IOException {
        sim.faults().next(Fault.MALFORMED_JSON, 2);
        for (int i = 0; i < 2; i++) {
            SimClient.Reply reply = client.get(PATH);
            assertThat(reply.status()).isEqualTo(200);
            assertThatThrownBy(reply::json).hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        }
        assertRecovered(2);
    }

    @Test
    void rateLimitedFault() throws IOException {
        sim.faults().next(Fault.RATE_LIMITED_1429, 2);
        for (int i = 0; i < 2; i++) {
            SimClient.Reply reply = client.get(PATH);
            assertThat(reply.status()).isEqualTo(429);
            assertThat(reply.json().get("code").asInt()).isEqualTo(1429);
            assertThat(reply.remaining()).isEqualTo("0");
        }
        assertRecovered(2);
    }

    @Test
    void maintenanceIsMixPaysVerbatimAnswer() throws IOException {
        sim.faults().next(Fault.MAINTENANCE_10008, 1);
        SimClient.Reply reply = client.postJson("/one_time_payment", Orders.usd("5"));
        assertThat(reply.json().get("code").asInt()).isEqualTo(10008);
        assertThat(reply.json().get("success").asBoolean()).isFalse();
        assertThat(reply.json().get("message").asText()).startsWith("The system is under maintenance");
        assertThat(reply.json().get("data").isArray()).isTrue();
        assertThat(sim.customers()).as("a faulted request has no effect").isEmpty();
        assertRecovered(1);
    }

    @Test
    void connectionResetGivesNoResponse() throws IOException {
        sim.faults().next(Fault.CONNECTION_RESET, 2);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.get(PATH)).isInstanceOf(IOException.class);
        }
        assertRecovered(2);
    }

    @Test
    void slowOutlastsTheReadTimeoutThenAnswers() throws IOException {
        sim.faults().slowDelay(Duration.ofMillis(600));
        sim.faults().next(Fault.SLOW, 1);
        SimClient impatient = new SimClient(sim.apiUrl(), Duration.ofMillis(150));
        assertThatThrownBy(() -> impatient.get(PATH)).isInstanceOf(InterruptedIOException.class);
        assertRecovered(1);
    }

    @Test
    void slowEventuallyServesNormally() throws IOException {
        sim.faults().slowDelay(Duration.ofMillis(100));
        sim.faults().next(Fault.SLOW, 1);
        assertThat(client.get(PATH).json().get("success").asBoolean()).isTrue();
    }

    @Test
    void slowDefaultsBeyondASixSecondTimeout() {
        assertThat(sim.faults().slowDelay()).isGreaterThan(Duration.ofSeconds(6));
    }

    @Test
    void queuedFaultsComeInOrderAndClearStopsThem() throws IOException {
        sim.faults().next(Fault.HTTP_500, 1);
        sim.faults().next(Fault.EMPTY_BODY, 1);
        assertThat(sim.faults().remaining()).isEqualTo(2);
        assertThat(client.get(PATH).status()).isEqualTo(500);
        assertThat(client.get(PATH).body()).isEmpty();
        sim.faults().next(Fault.HTTP_500, 5);
        sim.faults().clear();
        assertRecovered(2);
    }

    @Test
    void faultsApplyToAnyPath() throws IOException {
        sim.faults().next(Fault.HTTP_500, 2);
        assertThat(client.get("/no_such_thing").status()).isEqualTo(500);
        assertThat(client.postJson("/one_time_payment", Orders.usd("5")).status()).isEqualTo(500);
        assertRecovered(2);
    }

    @Test
    void aLostNetworkDropsEveryRequestUntilItIsBackAndLosingItAgainQueuesNothing() throws IOException {
        sim.faults().network(true);
        sim.faults().network(true);
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> client.get(PATH)).isInstanceOf(IOException.class);
        }
        assertThat(sim.faults().networkLost()).isTrue();
        assertThat(sim.faults().remaining()).isZero();

        sim.faults().network(false);

        assertThat(sim.faults().networkLost()).isFalse();
        assertRecovered(20);
    }

    private void assertRecovered(long faultedSoFar) throws IOException {
        SimClient.Reply reply = client.get(PATH);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("success").asBoolean()).isTrue();
        assertThat(sim.requestCount()).isEqualTo(faultedSoFar + 1);
        assertThat(sim.faults().remaining()).isZero();
    }
}
