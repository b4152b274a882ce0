package app.mixpos.mixpay;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class PaylinkTest extends MixPayServerTest {

    @Test
    void paylinkCarriesEverySaleFieldAndMakesNoRequest() {
        String link = client.paylink(sale("12.5", "Table 4"));

        HttpUrl url = HttpUrl.get(link);
        assertThat(url.scheme()).isEqualTo("https");
        assertThat(url.host()).isEqualTo("mixpay.me");
        assertThat(url.encodedPath()).isEqualTo("/pay");
        assertThat(url.queryParameter("payeeId")).isEqualTo(PAYEE);
        assertThat(url.queryParameter("settlementAssetId")).isEqualTo(USDT);
        assertThat(url.queryParameter("quoteAssetId")).isEqualTo("usd");
        assertThat(url.queryParameter("quoteAmount")).isEqualTo("12.50");
        assertThat(url.queryParameter("traceId")).isEqualTo("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7");
        assertThat(url.queryParameter("orderId")).isEqualTo("R-000123");
        assertThat(url.queryParameter("remark")).isEqualTo("Table 4");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void remarkWithSpacesAmpersandEqualsAndUnicodeIsEncodedAndRoundTrips() {
        String remark = "Café & bar = 2+2 #1 ü €/½ 咖啡";

        String link = client.paylink(sale("7", remark));

        String query = link.substring(link.indexOf('?') + 1);
        assertThat(query).doesNotContain(" ", "#", "Café", "咖啡", "& bar", "= 2");
        assertThat(query.split("&")).hasSize(7);
        assertThat(query).contains("remark=Caf%C3%A9%20%26%20bar%20%3D%202%2B2%20%231");
        HttpUrl url = HttpUrl.get(link);
        assertThat(url.queryParameter("remark")).isEqualTo(remark);
        assertThat(url.queryParameterNames()).containsExactly("payeeId", "settlementAssetId", "quoteAssetId",
                "quoteAmount", "traceId", "orderId", "remark");
    }

    @Test
    void paylinkCarriesTheSalesDeadlineAsExpiredTimestamp() {
        HttpUrl url = HttpUrl.get(client.paylink(saleExpiring("2", java.time.Instant.parse("2026-01-02T10:15:00Z"))));

        assertThat(url.queryParameter("expiredTimestamp")).isEqualTo("1767348900");
        assertThat(url.queryParameterNames()).containsExactly("payeeId", "settlementAssetId", "quoteAssetId",
                "quoteAmount", "traceId", "orderId", "expiredTimestamp");
    }

    @Test
    void remarkIsLeftOutWhenTheSaleHasNone() {
        HttpUrl url = HttpUrl.get(client.paylink(sale("1", null)));

        assertThat(url.queryParameterNames()).doesNotContain("remark").hasSize(6);
    }
}
