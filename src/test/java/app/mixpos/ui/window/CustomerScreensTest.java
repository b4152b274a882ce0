package app.mixpos.ui.window;

import static app.mixpos.ui.window.ScreenPlacementTest.CASHIER;
import static app.mixpos.ui.window.ScreenPlacementTest.LEFT;
import static app.mixpos.ui.window.ScreenPlacementTest.RIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.MonitorBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The customer display follows monitors plugged in, unplugged, reordered and resized, on a made-up screen list. */
class CustomerScreensTest {

    private final ObservableList<MonitorBounds> screens = FXCollections.observableArrayList(CASHIER);
    private final List<MonitorBounds> seen = new ArrayList<>();

    private CustomerScreens<MonitorBounds> follow(CustomerDisplayChoice choice) {
        CustomerScreens<MonitorBounds> s = new CustomerScreens<>(screens, Function.identity(), () -> CASHIER, choice);
        s.customerMonitorProperty().addListener((obs, old, now) -> seen.add(now));
        return s;
    }

    @Test
    void pluggedInTheCustomerDisplayOpensUnpluggedItGoesAndBackItReturns() {
        CustomerScreens<MonitorBounds> s = follow(CustomerDisplayChoice.monitor(RIGHT));
        assertThat(s.customerMonitorProperty().get()).isNull();

        screens.add(RIGHT);
        assertThat(s.customerMonitorProperty().get()).isEqualTo(RIGHT);
        screens.remove(RIGHT);
        assertThat(s.customerMonitorProperty().get()).isNull();
        screens.add(0, RIGHT);
        assertThat(s.customerMonitorProperty().get()).isEqualTo(RIGHT);
        assertThat(seen).containsExactly(RIGHT, null, RIGHT);
    }

    @Test
    void anotherMonitorPluggedInIsNotTakenForTheRememberedOne() {
        CustomerScreens<MonitorBounds> s = follow(CustomerDisplayChoice.monitor(RIGHT));
        screens.add(LEFT);
        assertThat(s.customerMonitorProperty().get()).isNull();
        assertThat(seen).isEmpty();
    }

    @Test
    void reorderingTheListChangesNothing() {
        screens.setAll(CASHIER, LEFT, RIGHT);
        CustomerScreens<MonitorBounds> s = follow(CustomerDisplayChoice.monitor(RIGHT));
        screens.setAll(RIGHT, LEFT, CASHIER);
        screens.setAll(LEFT, CASHIER, RIGHT);
        assertThat(s.customerMonitorProperty().get()).isEqualTo(RIGHT);
        assertThat(seen).isEmpty();
    }

    @Test
    void aResizedMonitorIsFollowedToItsNewBounds() {
        screens.setAll(CASHIER, RIGHT);
        CustomerScreens<MonitorBounds> s = follow(CustomerDisplayChoice.monitor(RIGHT));
        MonitorBounds bigger = new MonitorBounds(1280, 0, 1920, 1080);
        screens.set(1, bigger);
        assertThat(s.customerMonitorProperty().get()).isEqualTo(bigger);
        assertThat(seen).containsExactly(bigger);
    }

    @Test
    void aNewChoiceInTheSettingsTakesEffectAtOnce() {
        screens.setAll(CASHIER, LEFT, RIGHT);
        CustomerScreens<MonitorBounds> s = follow(CustomerDisplayChoice.AUTO);
        assertThat(s.customerMonitorProperty().get()).isEqualTo(LEFT);
        s.choiceProperty().set(CustomerDisplayChoice.monitor(RIGHT));
        s.choiceProperty().set(CustomerDisplayChoice.NONE);
        assertThat(seen).containsExactly(RIGHT, null);
    }

    @Test
    void disposedItNoLongerFollows() {
        CustomerScreens<MonitorBounds> s = follow(CustomerDisplayChoice.AUTO);
        s.dispose();
        screens.add(RIGHT);
        assertThat(seen).isEmpty();
    }
}
