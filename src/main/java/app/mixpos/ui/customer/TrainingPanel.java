package app.mixpos.ui.customer;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.CustomerAction;
import app.mixpos.ui.TrainingCustomer;
import app.mixpos.ui.shell.Screen;
import app.mixpos.ui.shell.ShellViewModel;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Training mode's side drawer: the simulated customer, acting on the sale on screen. */
public final class TrainingPanel extends VBox {

    public static final String STYLE = "training-panel";

    public TrainingPanel(ShellViewModel shell, TrainingCustomer customer, Executor io) {
        setId("training-panel");
        getStyleClass().add(STYLE);
        getStylesheets().add(TrainingPanel.class.getResource("training.css").toExternalForm());
        Label title = new Label("Customer");
        title.getStyleClass().add("training-title");
        Label hint = new Label("Training only: acts on the QR on screen.");
        hint.setWrapText(true);
        hint.getStyleClass().add("training-hint");
        getChildren().addAll(title, hint);
        BooleanBinding noSale = Bindings.createBooleanBinding(
                () -> shell.screenProperty().get() != Screen.PAYMENT || shell.currentProperty().get() == null,
                shell.screenProperty(), shell.currentProperty());
        for (CustomerAction action : CustomerAction.values()) {
            Button b = new Button(action.label());
            b.setId("customer-" + action.name().toLowerCase());
            b.getStyleClass().add(action.name().startsWith("FAIL") ? "training-fail" : "training-action");
            b.setMaxWidth(Double.MAX_VALUE);
            // a click must not leave the focus here: the keys (Enter, Esc) belong to the screen on the left
            b.setFocusTraversable(false);
            b.disableProperty().bind(noSale);
            b.setOnAction(e -> {
                SaleSnapshot s = shell.currentProperty().get();
                if (s != null) {
                    io.execute(() -> customer.perform(s.sale(), action));
                }
            });
            getChildren().add(b);
        }
    }
}
