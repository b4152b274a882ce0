package app.mixpos.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the settings screen shows while locked: one PIN field, Unlock, and what went wrong. */
final class PinPad extends VBox {

    private final PasswordField field = new PasswordField();

    PinPad(PinGateViewModel gate) {
        getStyleClass().add("pin-pad");
        setId("pin-pad");
        Label title = new Label(gate.texts().get("settings.pin.enter"));
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

    void focus() {
        field.requestFocus();
    }
}
