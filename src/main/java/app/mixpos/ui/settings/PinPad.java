package app.mixpos.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What an owner's screen (settings, reports) shows while locked: one PIN field, Unlock, and what went wrong. */
public final class PinPad extends VBox {

    private final PasswordField field = new PasswordField();

    PinPad(PinGateViewModel gate) {
        this(gate, gate.texts().get("settings.pin.enter"));
    }

    /** @param heading what the PIN opens, in a sentence from the bundle */
    public PinPad(PinGateViewModel gate, String heading) {
        getStyleClass().add("pin-pad");
        setId("pin-pad");
        Label title = new Label(heading);
        title.getStyleClass().add("pin-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        field.setId("manager-pin");
        field.setPromptText(gate.texts().get("settings.pin.prompt"));
        field.getStyleClass().add("pin-field");
        field.textProperty().bindBidirectional(gate.pinProperty());
        field.setOnAction(e -> gate.submit());
        Button unlock = new Button(gate.texts().get("settings.pin.unlock"));
        unlock.setId("unlock");
        unlock.getStyleClass().add("primary-button");
        unlock.disableProperty().bind(gate.busyProperty());
        unlock.setOnAction(e -> gate.submit());
        Label message = new Label();
        message.setId("pin-message");
        message.getStyleClass().add("field-problem");
        message.setWrapText(true);
        message.textProperty().bind(gate.messageProperty());
        getChildren().addAll(title, field, unlock, message);
    }

    public void focus() {
        field.requestFocus();
    }
}
