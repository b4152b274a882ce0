package app.mixpos.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Reason;
import app.mixpos.sale.Reason.LinkFailure;
import app.mixpos.sale.Reason.MismatchField;
import org.junit.jupiter.api.Test;

/** The old release's sentences, word for word, back to codes; anything else kept as it was. */
class LegacyReasonsTest {

    private static final String TRACE = "8e69e534-d0c4-3e04-8b61-37a73cd9e7d7";
    private static final String PAYEE = "6f3d0a1e-5a8b-4b0c-9d2e-2c1b7c9d4e5f";

    @Test
    void everyMismatchSentenceOfTheSuccessCheck() {
        String all = "MixPay's answer was not marked successful; status is 'pending', not 'success'; "
                + "paid for another payment (trace id none); paid to another payee (x-y); "
                + "priced in another currency (btc instead of usd); for another amount (none instead of 10.00)";

        assertThat(LegacyReasons.recognise(all, TRACE, PAYEE)).containsExactly(
                Reason.mismatch(MismatchField.ENVELOPE, "true", "false"),
                Reason.mismatch(MismatchField.STATUS, "success", "pending"),
                Reason.mismatch(MismatchField.TRACE, TRACE, null),
                Reason.mismatch(MismatchField.PAYEE, PAYEE, "x-y"),
                Reason.mismatch(MismatchField.ASSET, "usd", "btc"),
                Reason.mismatch(MismatchField.AMOUNT, "10.00", null));
    }

    @Test
    void linkFailuresAndTheStopBeforeTheLink() {
        assertThat(LegacyReasons.recognise("Could not create the payment link: MixPay is busy (too many requests). "
                + "Nothing was charged. Try again.", TRACE, PAYEE)).containsExactly(Reason.linkFailed(LinkFailure.BUSY));
        assertThat(LegacyReasons.recognise("Could not create the payment link: MixPay refused it: bad (code) "
                + "(code 10002). Nothing was charged. Try again.", TRACE, PAYEE))
                .containsExactly(Reason.linkRefused(10002, "bad (code)"));
        assertThat(LegacyReasons.recognise(LegacyReasons.STOPPED_BEFORE_LINK, TRACE, PAYEE))
                .containsExactly(Reason.stoppedBeforeLink());
    }

    @Test
    void anythingElseIsKeptWordForWord() {
        String halfKnown = "paid to another payee (x); and then something else";
        String unknownLink = "Could not create the payment link: the cat sat on it. Nothing was charged. Try again.";

        assertThat(LegacyReasons.recognise(halfKnown, TRACE, PAYEE)).containsExactly(Reason.legacyText(halfKnown));
        assertThat(LegacyReasons.recognise(unknownLink, TRACE, PAYEE)).containsExactly(Reason.legacyText(unknownLink));
        assertThat(LegacyReasons.recognise(null, TRACE, PAYEE)).isEmpty();
        assertThat(LegacyReasons.recognise("", TRACE, PAYEE)).isEmpty();
    }
}
