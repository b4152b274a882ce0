package app.mixpos.sale;

import static app.mixpos.sale.Fixtures.T0;
import static app.mixpos.sale.Fixtures.at;
import static app.mixpos.sale.Fixtures.status;
import static app.mixpos.sale.Fixtures.successFor;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaleStateTest {

    private final Sale sale = Fixtures.usdSale();
    private final SaleState creating = SaleState.creating(T0);
    private final SaleState open = creating.opened(at(1));

    private SaleState paid() {
        return open.apply(sale, successFor(sale).build(), at(10));
    }

    private SaleState paidWithSurplus() {
        return open.apply(sale, successFor(sale).surplus("2.5", "pending").build(), at(10));
    }

    @Nested
    class BeforeTheQrIsShown {

        @Test
        void aNewSaleIsCreatingAndNotWatched() {
            assertThat(creating.outcome()).isEqualTo(Outcome.CREATING);
            assertThat(creating.status()).isEqualTo(PaymentStatus.UNPAID);
            assertThat(creating.needsWatching()).isFalse();
        }

        @Test
        void openingMakesItOpenAndWatched() {
            assertThat(open.outcome()).isEqualTo(Outcome.OPEN);
            assertThat(open.updatedAt()).isEqualTo(at(1));
            assertThat(open.needsWatching()).isTrue();
        }

        @Test
        void openingTwiceChangesNothing() {
            assertThat(open.opened(at(2))).isSameAs(open);
        }

        @Test
        void voidingACreatingSaleRecordsWhy() {
            SaleState voided = creating.voided(Reason.linkFailed(Reason.LinkFailure.UNREACHABLE), at(2));

            assertThat(voided.outcome()).isEqualTo(Outcome.VOID);
            assertThat(voided.reasons()).containsExactly(Reason.linkFailed(Reason.LinkFailure.UNREACHABLE));
            assertThat(voided.needsWatching()).isFalse();
        }

        @Test
        void onlyACreatingSaleCanBeVoided() {
            assertThat(open.voided(Reason.stoppedBeforeLink(), at(2))).isSameAs(open);
            assertThat(paid().voided(Reason.stoppedBeforeLink(), at(20))).extracting(SaleState::outcome).isEqualTo(Outcome.PAID);
        }

        @Test
        void aVoidSaleIgnoresEveryAnswer() {
            SaleState voided = creating.voided(Reason.stoppedBeforeLink(), at(2));

            assertThat(voided.apply(sale, successFor(sale).build(), at(3))).isSameAs(voided);
            assertThat(voided.opened(at(3))).isSameAs(voided);
        }
    }

    @Nested
    class WhileOpen {

        @ParameterizedTest
        @ValueSource(strings = {"unpaid", "confirming", "paid_less", "pending", "auditing"})
        void aNonFinalStatusKeepsTheSaleOpenAndRecordsIt(String wire) {
            SaleState next = open.apply(sale, status(wire).confirmations(2).payment("4", "10.02").build(), at(5));

            assertThat(next.outcome()).isEqualTo(Outcome.OPEN);
            assertThat(next.status().wire()).isEqualTo(wire);
            assertThat(next.status().isFinal()).isFalse();
            assertThat(next.confirmations()).isEqualTo(2);
            assertThat(next.updatedAt()).isEqualTo(at(5));
            assertThat(next.needsWatching()).isTrue();
        }

        @Test
        void paidLessRecordsWhatIsStillDue() {
            SaleState next = open.apply(sale, status("paid_less").payment("8.5", "10").build(), at(5));

            assertThat(next.status().kind()).isEqualTo(PaymentStatus.Kind.PAID_LESS);
            assertThat(next.paymentAmount()).isEqualByComparingTo("8.5");
            assertThat(next.payableAmount()).isEqualByComparingTo("10");
            assertThat(next.stillDue()).isEqualByComparingTo("1.5");
        }

        @Test
        void stillDueIsUnknownUntilMixPaySaysAndNeverNegative() {
            assertThat(open.stillDue()).isNull();
            assertThat(open.apply(sale, status("confirming").payment("11", "10").build(), at(5)).stillDue())
                    .isEqualByComparingTo("0");
        }

        @Test
        void confirmationsAreUpdatedOnEveryAnswer() {
            SaleState one = open.apply(sale, status("confirming").confirmations(1).build(), at(5));
            SaleState three = one.apply(sale, status("confirming").confirmations(3).build(), at(10));

            assertThat(three.confirmations()).isEqualTo(3);
            assertThat(three.outcome()).isEqualTo(Outcome.OPEN);
        }

        @Test
        void anUnknownStatusIsKeptVerbatimAndIsNotFinal() {
            SaleState next = open.apply(sale, status("processing").build(), at(5));

            assertThat(next.outcome()).isEqualTo(Outcome.OPEN);
            assertThat(next.status().kind()).isEqualTo(PaymentStatus.Kind.UNKNOWN);
            assertThat(next.status().wire()).isEqualTo("processing");
            assertThat(next.needsWatching()).isTrue();
        }

        @Test
        void aGenuineSuccessIsPaid() {
            SaleState paid = paid();

            assertThat(paid.outcome()).isEqualTo(Outcome.PAID);
            assertThat(paid.status().kind()).isEqualTo(PaymentStatus.Kind.SUCCESS);
            assertThat(paid.reasons()).isEmpty();
            assertThat(paid.needsWatching()).isFalse();
        }

        @Test
        void aSuccessWithAPendingRefundIsPaidWithSurplusAndStillWatched() {
            SaleState paid = paidWithSurplus();

            assertThat(paid.outcome()).isEqualTo(Outcome.PAID_SURPLUS);
            assertThat(paid.surplusStatus()).isEqualTo(SurplusStatus.PENDING);
            assertThat(paid.surplusAmount()).isEqualByComparingTo("2.5");
            assertThat(paid.needsWatching()).isTrue();
        }

        @Test
        void aSurplusAmountAloneMakesItPaidWithSurplus() {
            SaleState paid = open.apply(sale, successFor(sale).surplus("0.01", "no").build(), at(10));

            assertThat(paid.outcome()).isEqualTo(Outcome.PAID_SURPLUS);
        }

        @Test
        void failedIsFailedWithTheCode() {
            SaleState failed = open.apply(sale, status("failed").failureCode("40000").build(), at(10));

            assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(failed.failureCode()).isEqualTo(FailureCode.of("40000"));
            assertThat(failed.needsWatching()).isFalse();
        }
    }

    @Nested
    class SurplusRefund {

        @Test
        void laterAnswersMoveTheRefundFromPendingToSendingToSuccess() {
            SaleState sending = paidWithSurplus().apply(sale, successFor(sale).surplus("2.5", "sending").build(), at(20));

            assertThat(sending.outcome()).isEqualTo(Outcome.PAID_SURPLUS);
            assertThat(sending.surplusStatus()).isEqualTo(SurplusStatus.SENDING);
            assertThat(sending.updatedAt()).isEqualTo(at(20));
            assertThat(sending.needsWatching()).isTrue();

            SaleState refunded = sending.apply(sale, successFor(sale).surplus("2.5", "success").build(), at(30));

            assertThat(refunded.outcome()).isEqualTo(Outcome.PAID_SURPLUS);
            assertThat(refunded.surplusStatus()).isEqualTo(SurplusStatus.SUCCESS);
            assertThat(refunded.needsWatching()).isFalse();
        }

        @Test
        void anExpiredRefundIsNoLongerWatched() {
            SaleState expired = paidWithSurplus().apply(sale, successFor(sale).surplus("2.5", "expired").build(), at(20));

            assertThat(expired.outcome()).isEqualTo(Outcome.PAID_SURPLUS);
            assertThat(expired.surplusStatus()).isEqualTo(SurplusStatus.EXPIRED);
            assertThat(expired.needsWatching()).isFalse();
        }

        @Test
        void theSameRefundStatusAgainChangesNothing() {
            SaleState paid = paidWithSurplus();

            assertThat(paid.apply(sale, successFor(sale).surplus("2.5", "pending").build(), at(20))).isSameAs(paid);
        }
    }

    @Nested
    class FinalOutcomesStay {

        @Test
        void paidThenFailedIsStillPaid() {
            SaleState paid = paid();

            SaleState later = paid.apply(sale, status("failed").failureCode("40021").build(), at(20));

            assertThat(later.outcome()).isEqualTo(Outcome.PAID);
            assertThat(later.status().kind()).isEqualTo(PaymentStatus.Kind.SUCCESS);
            assertThat(later.failureCode().isNone()).isTrue();
        }

        @Test
        void paidThenAMismatchedSuccessIsStillPaid() {
            SaleState paid = paid();

            assertThat(paid.apply(sale, successFor(sale).quoteAmount("1.00").build(), at(20)).outcome())
                    .isEqualTo(Outcome.PAID);
        }

        @Test
        void failedThenSuccessIsStillFailed() {
            SaleState failed = open.apply(sale, status("failed").failureCode("40000").build(), at(10));

            SaleState later = failed.apply(sale, successFor(sale).build(), at(20));

            assertThat(later).isSameAs(failed);
            assertThat(later.outcome()).isEqualTo(Outcome.FAILED);
        }

        @Test
        void aMismatchStaysAMismatchEvenOnAGenuineSuccess() {
            SaleState mismatch = open.apply(sale, successFor(sale).payeeId("someone-else").build(), at(10));

            assertThat(mismatch.outcome()).isEqualTo(Outcome.MISMATCH);
            assertThat(mismatch.reasons()).containsExactly(
                    Reason.mismatch(Reason.MismatchField.PAYEE, sale.payeeId(), "someone-else"));
            assertThat(mismatch.apply(sale, successFor(sale).build(), at(20))).isSameAs(mismatch);
        }

        @Test
        void cancellingAPaidSaleDoesNothing() {
            SaleState paid = paid();

            assertThat(paid.cancel(at(20))).isSameAs(paid);
        }

        @Test
        void cancellingAFailedSaleDoesNothing() {
            SaleState failed = open.apply(sale, status("failed").build(), at(10));

            assertThat(failed.cancel(at(20))).isSameAs(failed);
        }
    }

    @Nested
    class AfterCancel {

        private final SaleState cancelled = open.cancel(at(5));

        @Test
        void cancellingAnOpenSaleKeepsWatchingUntilMixPayIsFinal() {
            assertThat(cancelled.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(cancelled.needsWatching()).isTrue();

            SaleState confirming = cancelled.apply(sale, status("confirming").confirmations(1).build(), at(10));

            assertThat(confirming.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(confirming.confirmations()).isEqualTo(1);
            assertThat(confirming.needsWatching()).isTrue();
        }

        @Test
        void aGenuineSuccessAfterCancelIsPaidAfterCancel() {
            SaleState late = cancelled.apply(sale, successFor(sale).build(), at(10));

            assertThat(late.outcome()).isEqualTo(Outcome.PAID_AFTER_CANCEL);
            assertThat(late.outcome().isPaid()).isTrue();
            assertThat(late.needsWatching()).isFalse();
        }

        @Test
        void aMismatchedSuccessAfterCancelIsAMismatch() {
            SaleState late = cancelled.apply(sale, successFor(sale).quoteAssetId("eur").build(), at(10));

            assertThat(late.outcome()).isEqualTo(Outcome.MISMATCH);
        }

        @Test
        void failedAfterCancelStaysCancelledAndIsNoLongerWatched() {
            SaleState done = cancelled.apply(sale, status("failed").failureCode("40032").build(), at(10));

            assertThat(done.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(done.status().kind()).isEqualTo(PaymentStatus.Kind.FAILED);
            assertThat(done.failureCode().code()).isEqualTo("40032");
            assertThat(done.needsWatching()).isFalse();
        }

        @Test
        void cancellingTwiceChangesNothing() {
            assertThat(cancelled.cancel(at(9))).isSameAs(cancelled);
        }
    }

    @Nested
    class Differences {

        @Test
        void theSameStateAtAnotherTimeIsNoDifference() {
            SaleState a = open.apply(sale, status("confirming").confirmations(1).build(), at(5));
            SaleState b = open.apply(sale, status("confirming").confirmations(1).build(), at(99));

            assertThat(a.differsFrom(b)).isFalse();
            assertThat(b.differsFrom(a)).isFalse();
        }

        @Test
        void aConfirmationsChangeIsADifference() {
            SaleState a = open.apply(sale, status("confirming").confirmations(1).build(), at(5));
            SaleState b = open.apply(sale, status("confirming").confirmations(2).build(), at(5));

            assertThat(a.differsFrom(b)).isTrue();
        }

        @Test
        void anOutcomeChangeIsADifference() {
            assertThat(open.differsFrom(paid())).isTrue();
            assertThat(creating.differsFrom(open)).isTrue();
        }
    }
}
