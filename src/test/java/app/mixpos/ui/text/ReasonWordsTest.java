package app.mixpos.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Reason;
import app.mixpos.sale.Reason.LinkFailure;
import app.mixpos.sale.Reason.MismatchField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stored reason in English: no missing key, no placeholder left, and the wording the engine used before. */
class ReasonWordsTest {

    private final ReasonWords words = new ReasonWords(Texts.english());

    /** One reason of every code, every cause and every field, with and without the values a mismatch names. */
    static Stream<Reason> everyReason() {
        List<Reason> all = new ArrayList<>();
        all.add(Reason.stoppedBeforeLink());
        for (LinkFailure cause : LinkFailure.values()) {
            all.add(cause == LinkFailure.REFUSED ? Reason.linkRefused(10003, "Invalid payee")
                    : Reason.linkFailed(cause));
        }
        all.add(Reason.of(Reason.LINK_FAILED, Map.of("cause", LinkFailure.REFUSED.name())));
        for (MismatchField field : MismatchField.values()) {
            all.add(Reason.mismatch(field, "40.00", "4.0"));
            all.add(Reason.mismatch(field, "40.00", null));
        }
        all.add(Reason.legacyText("MixPay's answer was not marked successful; for another amount"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyReason")
    void everyReasonHasWordsWithEveryPlaceholderFilled(Reason r) {
        String s = words.of(r);

        assertThat(s).isNotBlank().doesNotContain("{").doesNotContain("}").doesNotStartWith("reason.")
                .doesNotContain("Recorded as");
    }

    @Test
    void everyCauseAndFieldHasItsOwnWords() {
        assertThat(Stream.of(LinkFailure.values()).map(c -> words.of(Reason.linkFailed(c)))).doesNotHaveDuplicates();
        assertThat(Stream.of(MismatchField.values()).map(f -> words.of(Reason.mismatch(f, "a", "b"))))
                .doesNotHaveDuplicates();
    }

    @Test
    void theAppStoppingBeforeTheLinkIsSaidAsTheEngineSaidIt() {
        assertThat(words.of(Reason.stoppedBeforeLink()))
                .isEqualTo("The app stopped before the payment link was shown, so nothing can have been paid.");
    }

    @Test
    void aLinkThatCouldNotBeMadeIsSaidAsTheEngineSaidIt() {
        assertThat(words.of(Reason.linkFailed(LinkFailure.UNREACHABLE))).isEqualTo(
                "Could not create the payment link: MixPay could not be reached. Nothing was charged. Try again.");
        assertThat(words.of(Reason.linkFailed(LinkFailure.BUSY))).isEqualTo("Could not create the payment link: "
                + "MixPay is busy (too many requests). Nothing was charged. Try again.");
        assertThat(words.of(Reason.linkFailed(LinkFailure.MAINTENANCE))).isEqualTo(
                "Could not create the payment link: MixPay is under maintenance. Nothing was charged. Try again.");
        assertThat(words.of(Reason.linkRefused(10003, "Invalid payee's id"))).isEqualTo("Could not create the "
                + "payment link: MixPay refused it: Invalid payee's id (code 10003). Nothing was charged. Try again.");
    }

    @Test
    void aMismatchIsSaidAsTheSuccessCheckSaidIt() {
        assertThat(words.of(Reason.mismatch(MismatchField.ENVELOPE, null, null)))
                .isEqualTo("MixPay's answer was not marked successful");
        assertThat(words.of(Reason.mismatch(MismatchField.STATUS, "success", "failed")))
                .isEqualTo("status is 'failed', not 'success'");
        assertThat(words.of(Reason.mismatch(MismatchField.TRACE, "abc", "d3f")))
                .isEqualTo("paid for another payment (trace id d3f)");
        assertThat(words.of(Reason.mismatch(MismatchField.TRACE, "abc", null)))
                .isEqualTo("paid for another payment (trace id none)");
        assertThat(words.of(Reason.mismatch(MismatchField.PAYEE, "me", "them")))
                .isEqualTo("paid to another payee (them)");
        assertThat(words.of(Reason.mismatch(MismatchField.ASSET, "usd", "eur")))
                .isEqualTo("priced in another currency (eur instead of usd)");
        assertThat(words.of(Reason.mismatch(MismatchField.AMOUNT, "40.00", "4.0")))
                .isEqualTo("for another amount (4.0 instead of 40.00)");
        assertThat(words.of(Reason.mismatch(MismatchField.AMOUNT, "40.00", null)))
                .isEqualTo("for another amount (none instead of 40.00)");
    }

    @Test
    void severalReasonsAreJoinedAsTheSuccessCheckJoinedThem() {
        assertThat(words.all(List.of(Reason.mismatch(MismatchField.PAYEE, "me", "them"),
                Reason.mismatch(MismatchField.AMOUNT, "40.00", "4.0"))))
                .isEqualTo("paid to another payee (them); for another amount (4.0 instead of 40.00)");
        assertThat(words.all(List.of())).isEmpty();
    }

    @Test
    void aSentenceFromAnOldLogIsShownWordForWord() {
        String old = "Could not create the payment link: MixPay refused it: {weird} 'x' (code 1). Nothing was charged.";

        assertThat(words.of(Reason.legacyText(old))).isEqualTo(old);
    }

    @Test
    void aCodeThisVersionDoesNotKnowIsShownAsRecordedNotDropped() {
        Reason future = Reason.of("REFUNDED_BY_OWNER", Map.of("by", "till-2"));

        assertThat(words.of(future)).isEqualTo("Recorded as REFUNDED_BY_OWNER{by=till-2}.");
        assertThat(words.of(Reason.of(Reason.LINK_FAILED, Map.of("cause", "SOMETHING_NEW"))))
                .contains("SOMETHING_NEW");
        assertThat(words.of(Reason.of(Reason.MISMATCH, Map.of("field", "network")))).contains("network");
    }
}
