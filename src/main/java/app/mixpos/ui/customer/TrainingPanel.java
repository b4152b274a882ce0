package app.mixpos.ui.customer;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.CustomerAction;
import app.mixpos.ui.TrainingCustomer;
import app.mixpos.ui.shell.Screen;
import app.mixpos.ui.shell.Navigator;
import app.mixpos.ui.shell.Warnings;
import app.mixpos.ui.text.Texts;
import javafx.beans.property.BooleanProperty;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Training mode's side drawer: the simulated customer, acting on the sale on screen. */
public final class TrainingPanel extends VBox {

    public static final String STYLE = "training-panel";
    private static final Logger LOG = LoggerFactory.getLogger(TrainingPanel.class);

    /**
     * @param networkLost the simulated network's switch, shown on the banner too
     * @param fx          the way onto the FX thread
     */
    public TrainingPanel(Navigator shell, Warnings warnings, BooleanProperty networkLost, TrainingCustomer customer,
                         Executor io, Executor fx) {
        this(shell, warnings, networkLost, customer, io, fx, Texts.english());
    }

    public TrainingPanel(Navigator shell, Warnings warnings, BooleanProperty networkLost, TrainingCustomer customer,
                         Executor io, Executor fx, Texts texts) {
        setId("training-panel");
        getStyleClass().add(STYLE);
        getStylesheets().add(TrainingPanel.class.getResource("training.css").toExternalForm());
        Label title = new Label(texts.get("customer.title"));
        title.getStyleClass().add("training-title");
        Label hint = new Label(texts.get("customer.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("training-hint");
        getChildren().addAll(title, hint);
        BooleanBinding noSale = Bindings.createBooleanBinding(
                () -> shell.screenProperty().get() != Screen.PAYMENT || shell.till().facingProperty().get() == null,
                shell.screenProperty(), shell.till().facingProperty());
        for (CustomerAction action : CustomerAction.values()) {
            Button b = new Button(action.label(texts));
            b.setId("customer-" + action.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add(action.name().startsWith("FAIL") ? "training-fail" : "training-action");
            b.setMaxWidth(Double.MAX_VALUE);
            // a click must not leave the focus here: the keys (Enter, Esc) belong to the screen on the left
            b.setFocusTraversable(false);
            b.disableProperty().bind(noSale);
            b.setOnAction(e -> {
                SaleSnapshot s = shell.till().facingProperty().get();
                if (s != null) {
                    io.execute(() -> perform(warnings, fx, customer, texts, s, action));
                }
            });
            getChildren().add(b);
        }
        getChildren().addAll(network(networkLost, customer, io, fx, texts));
    }

    /**
     * Plays the customer's part; a sale the simulator does not know (made before the till restarted: the embedded
     * simulator starts afresh with the till) is told to the trainee instead of failing unseen.
     */
    private static void perform(Warnings warnings, Executor fx, TrainingCustomer customer, Texts texts, SaleSnapshot s,
                                CustomerAction action) {
        try {
            customer.perform(s.sale(), action);
        } catch (RuntimeException e) {
            LOG.warn("Training: the customer could not act on sale {}", s.orderId(), e);
            fx.execute(() -> warnings.add(texts.get("customer.unknownSale", s.orderId())));
        }
    }

    /**
     * The network switch: a state shown here and on the banner, not a burst of faults. Works with or without a sale
     * on screen, so the keypad's "MixPay cannot be reached" can be practised too.
     */
    private static List<Node> network(BooleanProperty networkLost, TrainingCustomer customer, Executor io,
                                      Executor fx, Texts texts) {
        Label state = new Label(texts.get("customer.networkLost"));
        state.setId("network-state");
        state.setWrapText(true);
        state.getStyleClass().add("training-network-lost");
        state.visibleProperty().bind(networkLost);
        state.managedProperty().bind(networkLost);
        Button toggle = new Button();
        toggle.setId("customer-network");
        toggle.getStyleClass().add("training-action");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setFocusTraversable(false);
        toggle.textProperty().bind(networkLost
                .map(lost -> texts.get(lost ? "customer.networkBack" : "customer.loseNetwork")));
        boolean[] switching = {false};
        toggle.setOnAction(e -> {
            if (switching[0]) {
                return;
            }
            switching[0] = true;
            boolean lose = !networkLost.get();
            io.execute(() -> {
                try {
                    customer.network(lose);
                    fx.execute(() -> networkLost.set(lose));
                } catch (RuntimeException ex) {
                    LOG.error("Training: could not switch the simulated network", ex);
                } finally {
                    fx.execute(() -> switching[0] = false);
                }
            });
        });
        return List.of(toggle, state);
    }
}
