package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Reason;
import app.mixpos.sale.Reason.LinkFailure;
import app.mixpos.sale.Reason.MismatchField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coded reasons read exactly as the screens worded them before reasons were coded. */
class ReasonSentencesTest {

    @Test
    void linkFailuresAndTheStopBeforeTheLink() {
        assertThat(ReasonSentences.of(List.of(Reason.linkFailed(LinkFailure.UNREACHABLE)))).isEqualTo(
                "Could not create the payment link: MixPay could not be reached. Nothing was charged. Try again.");
        assertThat(ReasonSentences.of(List.of(Reason.linkFailed(LinkFailure.BUSY)))).isEqualTo(
                "Could not create the payment link: MixPay is busy (too many requests). Nothing was charged. Try again.");
        assertThat(ReasonSentences.of(List.of(Reason.linkFailed(LinkFailure.MAINTENANCE)))).isEqualTo(
                "Could not create the payment link: MixPay is under maintenance. Nothing was charged. Try again.");
        assertThat(ReasonSentences.of(List.of(Reason.linkRefused(10002, "bad amount")))).isEqualTo(
                "Could not create the payment link: MixPay refused it: bad amount (code 10002). Nothing was charged."
                        + " Try again.");
        assertThat(ReasonSentences.of(List.of(Reason.stoppedBeforeLink()))).isEqualTo(
                "The app stopped before the payment link was shown, so nothing can have been paid.");
        assertThat(ReasonSentences.isLinkFailure(List.of(Reason.linkFailed(LinkFailure.BUSY)))).isTrue();
        assertThat(ReasonSentences.isLinkFailure(List.of(Reason.stoppedBeforeLink()))).isFalse();
    }

    @Test
    void mismatchesJoinedAsTheSuccessCheckJoinedThem() {
        List<Reason> all = List.of(Reason.mismatch(MismatchField.ENVELOPE, "true", "false"),
                Reason.mismatch(MismatchField.STATUS, "success", "pending"),
                Reason.mismatch(MismatchField.TRACE, "t", null),
                Reason.mismatch(MismatchField.PAYEE, "me", "x-y"),
                Reason.mismatch(MismatchField.ASSET, "usd", "btc"),
                Reason.mismatch(MismatchField.AMOUNT, "10.00", "1.00"));

        assertThat(ReasonSentences.of(all)).isEqualTo("MixPay's answer was not marked successful; "
                + "status is 'pending', not 'success'; paid for another payment (trace id none); "
                + "paid to another payee (x-y); priced in another currency (btc instead of usd); "
                + "for another amount (1.00 instead of 10.00)");
    }

    @Test
    void legacyTextAsStoredAndNothingForNoReasons() {
        assertThat(ReasonSentences.of(List.of(Reason.legacyText("as it was")))).isEqualTo("as it was");
        assertThat(ReasonSentences.of(List.of())).isEmpty();
    }
}
