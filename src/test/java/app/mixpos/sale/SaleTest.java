package app.mixpos.sale;

import static app.mixpos.sale.Fixtures.BTC;
import static app.mixpos.sale.Fixtures.PAYEE;
import static app.mixpos.sale.Fixtures.T0;
import static app.mixpos.sale.Fixtures.TRACE;
import static app.mixpos.sale.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SaleTest {

    private static Sale withOrderId(String orderId) {
        return new Sale(orderId, TRACE, usd("10"), "settle", PAYEE, null, LinkMode.ONE_TIME, null, T0);
    }

    private static Sale withRemark(String remark) {
        return new Sale("POS-000001", TRACE, usd("10"), "settle", PAYEE, remark, LinkMode.ONE_TIME, null, T0);
    }

    @Nested
    class OrderId {

        @ParameterizedTest
        @ValueSource(strings = {"abc123", "POS-20260301-0001", "a_b-C_9", "123456789012345678901234567890123456"})
        void acceptsSixToThirtySixLettersDigitsDashesAndUnderscores(String id) {
            assertThat(Sale.isValidOrderId(id)).isTrue();
            assertThat(withOrderId(id).orderId()).isEqualTo(id);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "abc12", "1234567890123456789012345678901234567", "POS 0001", "POS.0001",
                "POS/0001", "kaffee-ü1", "POS-0001\n"})
        void refusesAnythingElse(String id) {
            assertThat(Sale.isValidOrderId(id)).isFalse();
        }

        @Test
        void aSaleWithABadOrderIdCannotBeMade() {
            assertThatIllegalArgumentException().isThrownBy(() -> withOrderId("short"))
                    .withMessageContaining("6-36");
        }
    }

    @Nested
    class Remark {

        @Test
        void fiftyCharactersAreAllowed() {
            assertThat(withRemark("x".repeat(50)).remark()).hasSize(50);
        }

        @Test
        void fiftyOneCharactersAreRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> withRemark("x".repeat(51)))
                    .withMessageContaining("50");
        }

        @Test
        void surroundingSpacesDoNotCountAndBlankMeansNone() {
            assertThat(withRemark("  " + "x".repeat(50) + "  ").remark()).isEqualTo("x".repeat(50));
            assertThat(withRemark("   ").remark()).isNull();
            assertThat(withRemark(null).remark()).isNull();
        }
    }

    @Test
    void theQuoteAssetIsTheAmountsAsset() {
        assertThat(withRemark(null).quoteAsset()).isEqualTo(QuoteAsset.USD);
    }

    @Test
    void addingTheLinkKeepsEverythingElse() {
        Sale sale = withRemark("tea");

        Sale linked = sale.withPaymentLink("https://mixpay.me/code/abc");

        assertThat(linked.paymentLink()).isEqualTo("https://mixpay.me/code/abc");
        assertThat(linked).usingRecursiveComparison().ignoringFields("paymentLink").isEqualTo(sale);
    }

    @Nested
    class Amounts {

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "-1", "-0.01"})
        void zeroOrNegativeIsRefused(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> usd(value)).withMessageContaining("positive");
        }

        @Test
        void tooManyDecimalsAreRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> usd("12.345"))
                    .withMessageContaining("too many decimals");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Amount(new BigDecimal("0.000000001"), BTC));
        }

        @Test
        void isScaledToTheAssetsDecimals() {
            assertThat(usd("12.5").toWire()).isEqualTo("12.50");
            assertThat(new Amount(new BigDecimal("1E+3"), QuoteAsset.USD).toWire()).isEqualTo("1000.00");
            assertThat(new Amount(new BigDecimal("0.001"), BTC).toWire()).isEqualTo("0.00100000");
        }

        @Test
        void sameAsComparesTheNumberNotItsSpelling() {
            Amount ten = usd("10");

            assertThat(ten.sameAs(new BigDecimal("10"))).isTrue();
            assertThat(ten.sameAs(new BigDecimal("10.000"))).isTrue();
            assertThat(ten.sameAs(new BigDecimal("1.00"))).isFalse();
            assertThat(ten.sameAs(null)).isFalse();
        }

        @Test
        void ordersByValueAndPrintsWithTheSymbol() {
            assertThat(usd("2")).isLessThan(usd("10"));
            assertThat(usd("10")).hasToString("10.00 USD");
        }
    }
}
