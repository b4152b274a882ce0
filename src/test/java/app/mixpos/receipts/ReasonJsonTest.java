package app.mixpos.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.Reason;
import app.mixpos.sale.Reason.MismatchField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonJsonTest {

    @Test
    void theStoredFormIsCanonicalCodeThenSortedArgsWithoutWhitespace() {
        assertThat(ReasonJson.write(List.of(Reason.mismatch(MismatchField.AMOUNT, "40.00", "4.0"))))
                .isEqualTo("[{\"code\":\"MISMATCH\",\"args\":{\"expected\":\"40.00\",\"field\":\"amount\",\"got\":\"4.0\"}}]");
        assertThat(ReasonJson.write(List.of(Reason.stoppedBeforeLink())))
                .isEqualTo("[{\"code\":\"STOPPED_BEFORE_LINK\",\"args\":{}}]");
        assertThat(ReasonJson.write(List.of())).isEqualTo("[]");
    }

    @Test
    void theSameReasonsGivenInAnyOrderOfArgumentsAreTheSameText() {
        Reason one = Reason.of("LINK_FAILED", Map.of("message", "x", "cause", "REFUSED", "code", "1"));
        Reason other = Reason.linkRefused(1, "x");

        assertThat(ReasonJson.write(List.of(one))).isEqualTo(ReasonJson.write(List.of(other)));
    }

    @Test
    void readingGivesBackWhatWasWrittenWhateverTheText() {
        List<Reason> reasons = List.of(Reason.linkRefused(-7, "quote \"amount\"; 金额 \\ wrong\n"),
                Reason.mismatch(MismatchField.PAYEE, "me", null), Reason.legacyText("It was; odd"));

        assertThat(ReasonJson.read(ReasonJson.write(reasons))).isEqualTo(reasons);
        assertThat(ReasonJson.read(null)).isEmpty();
    }

    @Test
    void aDamagedEntryIsAReceiptLogErrorThatSaysWhatToDo() {
        assertThatThrownBy(() -> ReasonJson.read("[{\"code\":\"lower case\"}]"))
                .isInstanceOf(ReceiptLogException.class).hasMessageContaining("--verify-log");
        assertThatThrownBy(() -> ReasonJson.read("not json")).isInstanceOf(ReceiptLogException.class);
    }
}
