package app.mixpos.ui.window;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.MonitorBounds;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Follows the monitors as they are plugged in, unplugged, reordered or resized, and the settings' choice, and says
 * which monitor the customer display fills now ({@link ScreenPlacement} decides). Works on any observable list of
 * screens: {@code javafx.stage.Screen.getScreens()} in the app, a made-up list in tests. Use on the FX thread.
 *
 * @param <S> the type of a screen in the list
 */
public final class CustomerScreens<S> {

    private final ObservableList<S> screens;
    private final Function<S, MonitorBounds> bounds;
    private final Supplier<MonitorBounds> cashier;
    private final ObjectProperty<CustomerDisplayChoice> choice;
    private final ReadOnlyObjectWrapper<MonitorBounds> customer = new ReadOnlyObjectWrapper<>();
    private final ListChangeListener<S> onChange = c -> decide();

    /**
     * @param screens the screens attached, kept up to date by their owner
     * @param bounds  a screen's place and size
     * @param cashier the cashier's monitor now
     * @param choice  the settings' choice
     */
    public CustomerScreens(ObservableList<S> screens, Function<S, MonitorBounds> bounds,
                           Supplier<MonitorBounds> cashier, CustomerDisplayChoice choice) {
        this.screens = Objects.requireNonNull(screens, "screens");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.cashier = Objects.requireNonNull(cashier, "cashier");
        this.choice = new SimpleObjectProperty<>(Objects.requireNonNull(choice, "choice"));
        this.choice.addListener((obs, old, now) -> decide());
        screens.addListener(onChange);
        decide();
    }

    private void decide() {
        List<MonitorBounds> now = screens.stream().map(bounds).toList();
        customer.set(ScreenPlacement.customerMonitor(now, cashier.get(), choice.get()).orElse(null));
    }

    /** The monitor the customer display fills, null when there is none. */
    public ReadOnlyObjectProperty<MonitorBounds> customerMonitorProperty() {
        return customer.getReadOnlyProperty();
    }

    /** The settings' choice; setting it takes effect at once. */
    public ObjectProperty<CustomerDisplayChoice> choiceProperty() {
        return choice;
    }

    /** The monitors attached now, in the list's order. */
    public List<MonitorBounds> monitors() {
        return screens.stream().map(bounds).toList();
    }

    /** Stops following the screens. */
    public void dispose() {
        screens.removeListener(onChange);
    }
}
