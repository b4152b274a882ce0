package app.mixpos.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** MixPay's open sets of values: payment status, surplus status, failure code (mixpay-api.md section 4). */
class WireValuesTest {

    @Nested
    class PaymentStatusOf {

        @ParameterizedTest
        @CsvSource({"unpaid,UNPAID", "confirming,CONFIRMING", "paid_less,PAID_LESS", "pending,PENDING",
                "auditing,AUDITING", "success,SUCCESS", "failed,FAILED",
                "SUCCESS,SUCCESS", "' Failed ',FAILED", "Paid_Less,PAID_LESS"})
        void readsEveryDocumentedStatusWhateverItsCaseAndSpaces(String wire, PaymentStatus.Kind kind) {
            assertThat(PaymentStatus.of(wire).kind()).isEqualTo(kind);
        }

        @ParameterizedTest
        @ValueSource(strings = {"success", "failed", "SUCCESS"})
        void onlySuccessAndFailedAreFinal(String wire) {
            assertThat(PaymentStatus.of(wire).isFinal()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"unpaid", "confirming", "paid_less", "pending", "auditing", "processing", "",
                "succeeded"})
        void everythingElseIsNotFinal(String wire) {
            assertThat(PaymentStatus.of(wire).isFinal()).isFalse();
        }

        @Test
        void anUnknownStatusIsKeptAsMixPaySentIt() {
            PaymentStatus s = PaymentStatus.of("Processing");

            assertThat(s.kind()).isEqualTo(PaymentStatus.Kind.UNKNOWN);
            assertThat(s.wire()).isEqualTo("Processing");
            assertThat(s).hasToString("Processing");
        }

        @ParameterizedTest
        @NullAndEmptySource
        void aMissingStatusIsUnknownNotUnpaid(String wire) {
            PaymentStatus s = PaymentStatus.of(wire);

            assertThat(s.kind()).isEqualTo(PaymentStatus.Kind.UNKNOWN);
            assertThat(s.wire()).isEmpty();
        }
    }

    @Nested
    class SurplusStatusOf {

        @ParameterizedTest
        @CsvSource({"no,NO", "pending,PENDING", "sending,SENDING", "success,SUCCESS", "expired,EXPIRED",
                "' PENDING ',PENDING", "Sending,SENDING"})
        void readsEveryDocumentedValueWhateverItsCaseAndSpaces(String wire, SurplusStatus expected) {
            assertThat(SurplusStatus.of(wire)).isEqualTo(expected);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void missingMeansNothingToRefund(String wire) {
            assertThat(SurplusStatus.of(wire)).isEqualTo(SurplusStatus.NO);
        }

        @Test
        void anUnknownValueIsUnknownAndKeepsTheRefundWatched() {
            assertThat(SurplusStatus.of("refunding")).isEqualTo(SurplusStatus.UNKNOWN);
            assertThat(SurplusStatus.UNKNOWN.isFinal()).isFalse();
        }

        @Test
        void onlyNoSuccessAndExpiredAreFinal() {
            assertThat(Stream.of(SurplusStatus.values()).filter(SurplusStatus::isFinal))
                    .containsExactlyInAnyOrder(SurplusStatus.NO, SurplusStatus.SUCCESS, SurplusStatus.EXPIRED);
        }
    }

    @Nested
    class FailureCodes {

        static Stream<String> documentedCodes() {
            return Stream.of("40000", "40020", "40021", "40022", "40024", "40025", "40027", "40032", "10095",
                    "10003", "10052", "10053", "10054", "10055", "10056", "10057", "10067", "10068", "10074",
                    "10085", "10092", "10094",
                    "40001", "40023", "40026", "40028", "10034", "10096", "10097");
        }

        @ParameterizedTest
        @MethodSource("documentedCodes")
        void everyDocumentedCodeHasASpecificMeaning(String code) {
            FailureCode f = FailureCode.of(code);

            assertThat(f.isKnown()).isTrue();
            assertThat(f.isNone()).isFalse();
            assertThat(f.meaning()).isNotBlank().isNotEqualTo(FailureCode.UNKNOWN).isNotEqualTo(FailureCode.NO_REASON);
            assertThat(FailureCode.meanings()).contains(f.meaning());
        }

        @Test
        void theMainCodesEachMeanSomethingDifferent() {
            assertThat(Stream.of("40000", "40020", "40021", "40022", "40024", "40025", "40027", "40032", "10095")
                    .map(c -> FailureCode.of(c).meaning())).doesNotHaveDuplicates();
        }

        @Test
        void theRefusalsShareOneMeaningAndTheOldRefundsAnother() {
            assertThat(Stream.of("10003", "10052", "10094").map(c -> FailureCode.of(c).meaning()))
                    .containsOnly(FailureCode.REFUSED);
            assertThat(Stream.of("40001", "10034", "10097").map(c -> FailureCode.of(c).meaning()))
                    .containsOnly(FailureCode.REFUNDED);
        }

        @Test
        void anUnknownCodeMeansUnknown() {
            FailureCode f = FailureCode.of("47111");

            assertThat(f.isKnown()).isFalse();
            assertThat(f.meaning()).isEqualTo(FailureCode.UNKNOWN);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"0", " 0 ", "   "})
        void zeroEmptyOrMissingIsNone(String code) {
            FailureCode f = FailureCode.of(code);

            assertThat(f).isEqualTo(FailureCode.NONE);
            assertThat(f.isNone()).isTrue();
            assertThat(f.meaning()).isEqualTo(FailureCode.NO_REASON);
        }

        @Test
        void surroundingSpacesAreIgnored() {
            assertThat(FailureCode.of(" 40000 ")).isEqualTo(FailureCode.of("40000"));
            assertThat(FailureCode.of(" 40000 ").isKnown()).isTrue();
        }
    }
}
