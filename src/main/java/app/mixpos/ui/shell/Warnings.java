package app.mixpos.ui.shell;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sentences the cashier should see above every screen until dismissed: a broken receipt-log chain, a cancel that
 * was not recorded, a training sale nobody can pay. Use on the FX thread.
 */
public final class Warnings {

    private final ObservableList<String> sentences = FXCollections.observableArrayList();
    private final ObservableList<String> view = FXCollections.unmodifiableObservableList(sentences);

    /** Shows {@code sentence}, once: the same warning again (a button pressed twice) is not stacked under itself. */
    public void add(String sentence) {
        if (!sentences.contains(Objects.requireNonNull(sentence, "sentence"))) {
            sentences.add(sentence);
        }
    }

    public void dismiss(String sentence) {
        sentences.remove(sentence);
    }

    public ObservableList<String> list() {
        return view;
    }
}
