package app.mixpos.ui.shell;

import app.mixpos.records.StoreState;
import app.mixpos.records.StoreStates;
import app.mixpos.ui.FxThread;
import app.mixpos.ui.text.Texts;
import javafx.scene.control.Label;

/**
 * Store mode's small line above the screens: whether the store can be reached and how many of this till's changes
 * wait to be sent. It only informs: selling never waits for the store, so it is never red for an outage alone.
 */
final class StoreLine extends Label {

    static final String STYLE = "store-line";
    static final String TROUBLE = "store-line-trouble";

    private final Texts texts;
    private final AutoCloseable following;

    StoreLine(StoreStates states, Texts texts) {
        this.texts = texts;
        setId("store-line");
        getStyleClass().add(STYLE);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        show(states.current());
        following = states.follow(state -> FxThread.run(() -> show(state)));
    }

    private void show(StoreState state) {
        setText(StoreWords.sentence(texts, state));
        getStyleClass().remove(TROUBLE);
        if (state.link() == StoreState.Link.REFUSED || state.conflicts() > 0) {
            getStyleClass().add(TROUBLE);
        }
    }

    /** Stops following the store's state. */
    void close() {
        try {
            following.close();
        } catch (Exception ignored) {
            // a listener handle that cannot be closed leaves a line that is no longer shown
        }
    }
}
