package app.mixpos.sale;

import static app.mixpos.sale.Fixtures.T0;
import static app.mixpos.sale.Fixtures.successFor;
import static app.mixpos.sale.Fixtures.usdSale;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuccessCheckTest {

    private final Sale sale = usdSale();

    @Test
    void successMatchingTheSaleIsGenuine() {
        PaymentResult r = successFor(sale).build();

        assertThat(SuccessCheck.differences(sale, r)).isEmpty();
        assertThat(SuccessCheck.isGenuineSuccess(sale, r)).isTrue();
    }

    @Test
    void successWithAnotherPayeeIsAMismatch() {
        String other = "11111111-2222-3333-4444-555555555555";

        assertOnlyDifference(successFor(sale).payeeId(other).build(), "another payee", other);
    }

    @Test
    void successWithoutPayeeIsAMismatch() {
        assertOnlyDifference(successFor(sale).payeeId(null).build(), "another payee", "none");
    }

    @Test
    void successForAnotherAmountIsAMismatch() {
        assertOnlyDifference(successFor(sale).quoteAmount("1.00").build(), "another amount", "1.00 instead of 10.00");
    }

    @Test
    void successWithoutAmountIsAMismatch() {
        assertOnlyDifference(successFor(sale).quoteAmount(null).build(), "another amount", "none");
    }

    @Test
    void successInAnotherCurrencyIsAMismatch() {
        String btc = Fixtures.BTC.assetId();

        assertOnlyDifference(successFor(sale).quoteAssetId(btc).build(), "another currency", btc);
    }

    @Test
    void successForAnotherTraceIdIsAMismatch() {
        String other = "a0d7791408776b47eb1dd3f94ed15d6a";

        assertOnlyDifference(successFor(sale).traceId(other).build(), "another payment", other);
    }

    @Test
    void successWithoutTraceIdIsAMismatch() {
        assertOnlyDifference(successFor(sale).traceId(null).build(), "another payment", "none");
    }

    @Test
    void envelopeNotSuccessfulIsAMismatch() {
        assertOnlyDifference(successFor(sale).envelope(false).build(), "not marked successful", "MixPay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "confirming", "failed", "paid", ""})
    void statusOtherThanSuccessIsNotAGenuineSuccess(String status) {
        assertOnlyDifference(successFor(sale).status(status).build(), "not 'success'", "'" + status + "'");
    }

    @Test
    void everyDifferenceIsListed() {
        PaymentResult r = successFor(sale).envelope(false).payeeId("x").quoteAssetId("eur")
                .quoteAmount("11").traceId("y").build();

        assertThat(SuccessCheck.differences(sale, r)).hasSize(5);
    }

    @Test
    void spellingsOfTheSameValuesAreNotMismatches() {
        PaymentResult r = successFor(sale).quoteAmount("10.000").quoteAssetId(" USD ")
                .payeeId(sale.payeeId().toUpperCase()).traceId(sale.traceId().toString().replace("-", "").toUpperCase())
                .build();

        assertThat(SuccessCheck.differences(sale, r)).isEmpty();
    }

    @Test
    void mismatchedSuccessNeverMarksTheSalePaid() {
        SaleState open = SaleState.creating(T0).opened(T0);

        SaleState next = open.apply(sale, successFor(sale).quoteAmount("1.00").build(), T0.plusSeconds(5));

        assertThat(next.outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(next.outcome().isPaid()).isFalse();
        assertThat(next.detail()).contains("another amount");
        assertThat(next.needsWatching()).isFalse();
    }

    private void assertOnlyDifference(PaymentResult r, String what, String mentions) {
        List<String> diffs = SuccessCheck.differences(sale, r);
        assertThat(diffs).singleElement().asString().contains(what).contains(mentions);
        assertThat(SuccessCheck.isGenuineSuccess(sale, r)).isFalse();
    }
}
