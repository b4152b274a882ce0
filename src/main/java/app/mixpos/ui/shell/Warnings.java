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

    public void add(String sentence) {
        sentences.add(Objects.requireNonNull(sentence, "sentence"));
    }

    public void dismiss(String sentence) {
        sentences.remove(sentence);
    }

    public ObservableList<String> list() {
        return view;
    }
}
