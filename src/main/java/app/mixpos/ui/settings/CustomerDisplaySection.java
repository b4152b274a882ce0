package app.mixpos.ui.settings;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.MonitorBounds;
import app.mixpos.ui.DisplayChoiceStore;
import app.mixpos.ui.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings screen's choice of the customer's monitor: any second monitor, none, or one of the monitors attached
 * now, listed by size and place. A choice takes effect at once and is kept for the next start (off the FX thread).
 */
public final class CustomerDisplaySection extends VBox {

    public static final String STYLE = "customer-display-section";

    private final ObjectProperty<CustomerDisplayChoice> choice;
    private final Supplier<List<MonitorBounds>> monitors;
    private final Supplier<MonitorBounds> cashier;
    private final DisplayChoiceStore store;
    private final Executor io;
    private final Executor fx;
    private final Texts texts;
    private final ObservableList<CustomerDisplayChoice> items = FXCollections.observableArrayList();
    private final ComboBox<CustomerDisplayChoice> combo = new ComboBox<>(items);
    private final Label message = new Label();
    private boolean listing;

    /**
     * @param choice   the choice in force; set here when the cashier picks another
     * @param monitors the monitors attached now
     * @param cashier  the till's own monitor, never offered
     * @param store    keeps the choice for the next start
     */
    public CustomerDisplaySection(ObjectProperty<CustomerDisplayChoice> choice, Supplier<List<MonitorBounds>> monitors,
                                  Supplier<MonitorBounds> cashier, DisplayChoiceStore store, Executor io, Executor fx,
                                  Texts texts) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.monitors = Objects.requireNonNull(monitors, "monitors");
        this.cashier = Objects.requireNonNull(cashier, "cashier");
        this.store = Objects.requireNonNull(store, "store");
        this.io = Objects.requireNonNull(io, "io");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.texts = Objects.requireNonNull(texts, "texts");
        getStyleClass().add(STYLE);
        Label title = new Label(texts.get("display.settings.title"));
        title.getStyleClass().add("section-title");
        Label help = new Label(texts.get("display.settings.help"));
        help.setWrapText(true);
        combo.setId("customer-display");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setCellFactory(l -> cell());
        combo.setButtonCell(cell());
        combo.setOnShowing(e -> list());
        combo.valueProperty().addListener((obs, old, now) -> picked(now));
        message.setId("customer-display-message");
        message.setWrapText(true);
        getChildren().addAll(title, help, combo, message);
        list();
    }

    /** The choices: automatic, none, every monitor but the till's, and the remembered one when it is unplugged. */
    static List<CustomerDisplayChoice> choices(List<MonitorBounds> attached, MonitorBounds cashier,
                                               CustomerDisplayChoice current) {
        List<CustomerDisplayChoice> list = new ArrayList<>(List.of(CustomerDisplayChoice.AUTO,
                CustomerDisplayChoice.NONE));
        attached.stream().filter(m -> !m.equals(cashier)).distinct()
                .forEach(m -> list.add(CustomerDisplayChoice.monitor(m)));
        if (!list.contains(current)) {
            list.add(current);
        }
        return list;
    }

    private void list() {
        listing = true;
        try {
            items.setAll(choices(monitors.get(), cashier.get(), choice.get()));
            combo.setValue(choice.get());
        } finally {
            listing = false;
        }
    }

    private void picked(CustomerDisplayChoice now) {
        if (listing || now == null || now.equals(choice.get())) {
            return;
        }
        choice.set(now);
        message.setText("");
        CompletableFuture.runAsync(() -> {
            try {
                store.save(now);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, io).whenCompleteAsync((ok, error) -> {
            if (error != null) {
                log().error("Could not keep the customer display choice {}", now.text(), error);
                message.setText(texts.get("display.settings.notSaved"));
            } else {
                message.setText(texts.get("display.settings.saved"));
            }
        }, fx);
    }

    /** How a choice reads in the list. */
    String words(CustomerDisplayChoice c) {
        return switch (c.kind()) {
            case AUTO -> texts.get("display.settings.auto");
            case NONE -> texts.get("display.settings.none");
            case MONITOR -> {
                MonitorBounds m = c.monitor();
                boolean attached = monitors.get().contains(m);
                yield texts.get(attached ? "display.settings.monitor" : "display.settings.monitorGone",
                        String.valueOf(m.width()), String.valueOf(m.height()), String.valueOf(m.x()),
                        String.valueOf(m.y()));
            }
        };
    }

    private ListCell<CustomerDisplayChoice> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CustomerDisplayChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words(item));
            }
        };
    }

    /** The list, for tests. */
    public ComboBox<CustomerDisplayChoice> combo() {
        return combo;
    }

    public Label message() {
        return message;
    }

    private static Logger log() {
        return LoggerFactory.getLogger(CustomerDisplaySection.class);
    }
}
