package app.mixpos.training;

import app.mixpos.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaylinkTest {

    private final MutableClock clock = MutableClock.atSomeMorning();
    private MixPaySimulator sim;
    private SimClient client;
    private final UUID trace = UUID.randomUUID();

    @BeforeEach
    void start() throws IOException {
        sim = MixPaySimulator.start(clock);
        client = new SimClient(sim.apiUrl());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void anUnknownTraceIdIsUnpaidWithJustTheTraceId() throws IOException {
        SimClient.Reply reply = client.get("/payments_result?traceId=" + trace);
        assertThat(reply.json().get("success").asBoolean()).isTrue();
        JsonNode data = reply.data();
        assertThat(data.get("status").asText()).isEqualTo("unpaid");
        assertThat(data.get("traceId").asText()).isEqualTo(trace.toString());
        assertThat(data.size()).isEqualTo(2);
    }

    @Test
    void aMalformedTraceIdIsAParameterError() throws IOException {
        assertThat(client.get("/payments_result?traceId=nope").json().get("code").asInt()).isEqualTo(10011);
        assertThat(client.get("/payments_result").json().get("code").asInt()).isEqualTo(1017);
    }

    @Test
    void scanningAPaylinkRegistersItsPayment() throws IOException {
        SimulatedCustomer customer = sim.scan(link("12.50", "Coffee & cake"));
        assertThat(customer.traceId()).isEqualTo(trace);
        assertThat(sim.latest()).contains(customer);
        assertThat(customer.code()).isEmpty();
        customer.play(Scenario.PAY_EXACTLY);
        clock.advanceSeconds(3);
        JsonNode data = client.result(trace);
        assertThat(data.get("status").asText()).isEqualTo("success");
        assertThat(data.get("quoteAmount").asText()).isEqualTo("12.50");
        assertThat(data.get("remark").asText()).isEqualTo("Coffee & cake");
    }

    @Test
    void anEditedAmountIsWhatMixPayReports() throws IOException {
        SimulatedCustomer customer = sim.scan(link("1.00", null));
        customer.payExactly();
        JsonNode data = client.result(trace);
        assertThat(data.get("status").asText()).isEqualTo("success");
        assertThat(data.get("quoteAmount").asText()).isEqualTo("1.00");
        assertThat(data.get("payeeId").asText()).isEqualTo(Orders.PAYEE);
        assertThat(data.get("traceId").asText()).isEqualTo(trace.toString());
    }

    @Test
    void scanningTheSameLinkTwiceGivesTheSameCustomer() {
        assertThat(sim.scan(link("5", null))).isSameAs(sim.scan(link("5", null)));
        assertThat(sim.customers()).hasSize(1);
    }

    @Test
    void aLinkMixPayWouldRefuseCannotBeScanned() {
        assertThatThrownBy(() -> sim.scan(link("0.001", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10011");
        assertThatThrownBy(() -> sim.scan(sim.payUrl() + "/code/" + UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.scan("https://example.com/elsewhere"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRealMixPayHostIsAcceptedToo() {
        String link = link("5", null).replace(sim.payUrl().toString(), "https://mixpay.me");
        assertThat(sim.scan(link).traceId()).isEqualTo(trace);
    }

    @Test
    void thePayPageShowsAmountAndCurrency() throws IOException {
        String query = link("12.50", "<b>").substring(sim.payUrl().toString().length());
        SimClient.Reply page = new SimClient(sim.payUrl()).get(query);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(">12.50<", ">USD<", "&lt;b&gt;").doesNotContain("<b>");
        assertThat(sim.customers()).as("opening the page alone registers nothing").isEmpty();
    }

    @Test
    void aPayPageWithoutAnAmountIsRefused() throws IOException {
        assertThat(new SimClient(sim.payUrl()).get("/pay?quoteAssetId=usd").status()).isEqualTo(400);
    }

    private String link(String amount, String remark) {
        return sim.payUrl() + "/pay?payeeId=" + Orders.PAYEE
                + "&settlementAssetId=" + AssetCatalog.USDT_ERC20
                + "&quoteAssetId=usd&quoteAmount=" + amount
                + "&traceId=" + trace
                + (remark == null ? "" : "&remark=" + URLEncoder.encode(remark, StandardCharsets.UTF_8));
    }
}
