package app.mixpos.sale;

import static app.mixpos.sale.Fixtures.T0;
import static app.mixpos.sale.Fixtures.successFor;
import static app.mixpos.sale.Fixtures.usdSale;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Reason.MismatchField;
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

        assertOnlyDifference(successFor(sale).payeeId(other).build(), MismatchField.PAYEE, sale.payeeId(), other);
    }

    @Test
    void successWithoutPayeeIsAMismatch() {
        assertOnlyDifference(successFor(sale).payeeId(null).build(), MismatchField.PAYEE, sale.payeeId(), null);
    }

    @Test
    void successForAnotherAmountIsAMismatch() {
        assertOnlyDifference(successFor(sale).quoteAmount("1.00").build(), MismatchField.AMOUNT, "10.00", "1.00");
    }

    @Test
    void successWithoutAmountIsAMismatch() {
        assertOnlyDifference(successFor(sale).quoteAmount(null).build(), MismatchField.AMOUNT, "10.00", null);
    }

    @Test
    void successInAnotherCurrencyIsAMismatch() {
        String btc = Fixtures.BTC.assetId();

        assertOnlyDifference(successFor(sale).quoteAssetId(btc).build(), MismatchField.ASSET,
                sale.quoteAsset().assetId(), btc);
    }

    @Test
    void successForAnotherTraceIdIsAMismatch() {
        String other = "a0d7791408776b47eb1dd3f94ed15d6a";

        assertOnlyDifference(successFor(sale).traceId(other).build(), MismatchField.TRACE,
                sale.traceId().toString(), other);
    }

    @Test
    void successWithoutTraceIdIsAMismatch() {
        assertOnlyDifference(successFor(sale).traceId(null).build(), MismatchField.TRACE,
                sale.traceId().toString(), null);
    }

    @Test
    void envelopeNotSuccessfulIsAMismatch() {
        assertOnlyDifference(successFor(sale).envelope(false).build(), MismatchField.ENVELOPE, "true", "false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "confirming", "failed", "paid", ""})
    void statusOtherThanSuccessIsNotAGenuineSuccess(String status) {
        assertOnlyDifference(successFor(sale).status(status).build(), MismatchField.STATUS, "success", status);
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
        assertThat(next.reasons()).containsExactly(Reason.mismatch(MismatchField.AMOUNT, "10.00", "1.00"));
        assertThat(next.needsWatching()).isFalse();
    }

    private void assertOnlyDifference(PaymentResult r, MismatchField field, String expected, String got) {
        List<Reason> diffs = SuccessCheck.differences(sale, r);
        assertThat(diffs).containsExactly(Reason.mismatch(field, expected, got));
        assertThat(SuccessCheck.isGenuineSuccess(sale, r)).isFalse();
    }
}
