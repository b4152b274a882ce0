package app.mixpos.ui.keypad;

import app.mixpos.sale.Sale;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/**
 * The optional remark. A text field's editor (skin, caret, context menu) is the dearest control on the keypad,
 * so the first frame shows a look-alike with the same prompt and the editor replaces it in the FX event after
 * ({@link #complete()}), or at once if the cashier clicks it first. Either way the text is the view model's.
 */
final class RemarkField extends StackPane {

    private final StringProperty remark;
    private final String prompt;
    private TextField field;

    /** @param prompt what the empty field says */
    RemarkField(StringProperty remark, String prompt) {
        this.remark = remark;
        this.prompt = prompt;
        getStyleClass().add("remark");
        Label stand = new Label();
        stand.setId("remark-placeholder");
        stand.getStyleClass().addAll("text-field", "remark-placeholder");
        stand.textProperty().bind(remark.map(t -> t.isEmpty() ? prompt : t));
        stand.setMaxWidth(Double.MAX_VALUE);
        stand.setOnMouseClicked(e -> complete().requestFocus());
        getChildren().add(stand);
    }

    /** The real text field, put in place of the look-alike the first time this is called. */
    TextField complete() {
        if (field == null) {
            field = new TextField();
            field.setId("remark");
            field.setPromptText(prompt);
            field.textProperty().bindBidirectional(remark);
            getChildren().setAll(field);
        }
        return field;
    }
}
