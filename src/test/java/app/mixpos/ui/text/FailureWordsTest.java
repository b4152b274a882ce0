package app.mixpos.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.FailureCode;
import app.mixpos.sale.SurplusStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** MixPay's failure codes and the refund's progress in the cashier's words (they were in the domain before). */
class FailureWordsTest {

    private static final Texts EN = Texts.english();
    private static final String GENERIC_UNKNOWN = words("99999");

    static Stream<String> documentedCodes() {
        return Stream.of("40000", "40020", "40021", "40022", "40024", "40025", "40027", "40032", "10095",
                "10003", "10052", "10053", "10054", "10055", "10056", "10057", "10067", "10068", "10074",
                "10085", "10092", "10094",
                "40001", "40023", "40026", "40028", "10034", "10096", "10097");
    }

    private static String words(String code) {
        return FailureWords.of(EN, FailureCode.of(code));
    }

    @ParameterizedTest
    @MethodSource("documentedCodes")
    void everyDocumentedCodeHasASpecificCashierMessage(String code) {
        assertThat(words(code)).isNotBlank().isNotEqualTo(GENERIC_UNKNOWN)
                .isNotEqualTo(FailureWords.of(EN, FailureCode.NONE)).doesNotContain("code " + code)
                .doesNotContain("{").doesNotContain("failure.");
    }

    @Test
    void everyMeaningHasWords() {
        assertThat(FailureCode.meanings()).allSatisfy(m -> assertThat(EN.has("failure." + m)).as(m).isTrue());
    }

    @Test
    void theMainCodesEachSaySomethingDifferent() {
        assertThat(Stream.of("40000", "40020", "40021", "40022", "40024", "40025", "40027", "40032", "10095")
                .map(FailureWordsTest::words)).doesNotHaveDuplicates();
    }

    @Test
    void theWordsAreTheOnesTheDomainUsedToHold() {
        assertThat(words("40000"))
                .isEqualTo("Payment time ran out: nothing valid arrived before the deadline. Start a new sale.");
        assertThat(words("10052")).isEqualTo(
                "MixPay refused this currency or payee for this payment. Check the settings or use another currency.");
        assertThat(words("10097"))
                .isEqualTo("MixPay marked this payment as refunded. Ask the customer to pay again with a new QR code.");
    }

    @Test
    void aRejectionInReviewSaysNotToHandOverGoods() {
        assertThat(words("10095")).contains("Do not hand over goods");
    }

    @Test
    void anUnknownCodesMessageNamesTheCode() {
        assertThat(words("47111")).isEqualTo("MixPay says the payment failed (code 47111). Start a new sale; if it "
                + "repeats, note the code and contact MixPay support.");
    }

    @Test
    void noCodeSaysNoReasonWasGiven() {
        assertThat(FailureWords.of(EN, FailureCode.NONE)).contains("without giving a reason");
    }

    @ParameterizedTest
    @EnumSource(SurplusStatus.class)
    void everyRefundStatusHasWords(SurplusStatus status) {
        assertThat(SurplusWords.of(EN, status)).isNotBlank().doesNotContain("common.surplus");
    }

    @Test
    void theRefundStatusesEachSaySomethingDifferent() {
        assertThat(Stream.of(SurplusStatus.values()).map(s -> SurplusWords.of(EN, s))).doesNotHaveDuplicates();
        assertThat(SurplusWords.of(EN, SurplusStatus.EXPIRED)).isEqualTo("refund expired — contact MixPay support");
    }
}
