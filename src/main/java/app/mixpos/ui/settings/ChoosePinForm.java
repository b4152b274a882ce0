package app.mixpos.ui.settings;

import app.mixpos.ui.text.Texts;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Setting the manager PIN: typed twice, 4 to 8 digits. */
final class ChoosePinForm extends VBox {

    ChoosePinForm(PinGateViewModel gate) {
        getStyleClass().add("choose-pin");
        setId("choose-pin");
        Texts texts = gate.texts();
        Label title = new Label(texts.get("settings.pin.title"));
        title.getStyleClass().add("pin-title");
        Label hint = new Label(texts.get("settings.pin.hint"));
        hint.setWrapText(true);
        PasswordField first = field("new-pin", gate.newPinProperty());
        PasswordField again = field("repeat-pin", gate.repeatPinProperty());
        again.setOnAction(e -> gate.choosePin());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.addRow(0, new Label(texts.get("settings.pin.new")), first);
        grid.addRow(1, new Label(texts.get("settings.pin.again")), again);
        SettingsView.labelsWhole(grid);
        Button set = new Button(texts.get("settings.pin.set"));
        set.setId("set-pin");
        set.setOnAction(e -> gate.choosePin());
        Label message = new Label();
        message.setId("new-pin-message");
        message.setWrapText(true);
        message.textProperty().bind(gate.newPinMessageProperty());
        getChildren().addAll(title, hint, grid, set, message);
        visibleProperty().bind(gate.mayChoosePinProperty());
        managedProperty().bind(visibleProperty());
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty text) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        return f;
    }
}
