package app.mixpos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.records.StoreState;
import app.mixpos.records.StoreState.Link;
import app.mixpos.ui.text.Texts;
import org.junit.jupiter.api.Test;

/** The store line's words: reachable or not, how many changes wait, conflicts; never a sentence that blocks. */
class StoreWordsTest {

    private final Texts texts = Texts.english();

    @Test
    void reachableWithNothingWaitingSaysAllIsSent() {
        assertThat(StoreWords.sentence(texts, new StoreState(Link.REACHABLE, 0, 0)))
                .isEqualTo("Store connected · all sales sent");
    }

    @Test
    void countsAreWordedInTheSingularAndPlural() {
        assertThat(StoreWords.sentence(texts, new StoreState(Link.REACHABLE, 1, 0)))
                .isEqualTo("Store connected · sending 1 change");
        assertThat(StoreWords.sentence(texts, new StoreState(Link.REACHABLE, 1200, 0)))
                .isEqualTo("Store connected · sending 1,200 changes");
    }

    @Test
    void anOutageSaysSalesGoOnAndHowManyWait() {
        assertThat(StoreWords.sentence(texts, new StoreState(Link.UNREACHABLE, 12, 0)))
                .isEqualTo("Store not reachable · 12 changes waiting — sales go on as usual and are sent when it is "
                        + "back.");
    }

    @Test
    void aRefusalAndConflictsSayWhoToTell() {
        assertThat(StoreWords.sentence(texts, new StoreState(Link.REFUSED, 3, 0)))
                .startsWith("The store refused this till · 3 changes waiting — sales go on as usual;")
                .contains("ask the owner");
        assertThat(StoreWords.sentence(texts, new StoreState(Link.REACHABLE, 0, 2)))
                .isEqualTo("Store connected · all sales sent · 2 conflicts kept at the store — tell the owner.");
    }
}
