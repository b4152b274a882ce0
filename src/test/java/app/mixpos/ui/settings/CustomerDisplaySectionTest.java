package app.mixpos.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.MonitorBounds;
import app.mixpos.ui.text.Texts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen's choice of the customer's monitor: listed by size and place, applied at once, kept. */
@ExtendWith(ApplicationExtension.class)
class CustomerDisplaySectionTest {

    static final MonitorBounds CASHIER = new MonitorBounds(0, 0, 1280, 800);
    static final MonitorBounds RIGHT = new MonitorBounds(1280, 0, 1024, 768);
    static final MonitorBounds GONE = new MonitorBounds(-800, 0, 800, 480);

    private final ObjectProperty<CustomerDisplayChoice> choice =
            new SimpleObjectProperty<>(CustomerDisplayChoice.monitor(GONE));
    private final List<CustomerDisplayChoice> kept = new CopyOnWriteArrayList<>();
    private CustomerDisplaySection section;

    @Start
    void start(Stage stage) {
        section = new CustomerDisplaySection(choice, () -> List.of(RIGHT, CASHIER), () -> CASHIER, kept::add,
                Runnable::run, Runnable::run, Texts.english());
        stage.setScene(new Scene(section, 600, 300));
        stage.show();
    }

    @Test
    void theMonitorsAreListedBySizeAndPlaceWithoutTheTillsOwnAndTheRememberedOneWhenUnplugged() {
        assertThat(section.combo().getItems()).containsExactly(CustomerDisplayChoice.AUTO,
                CustomerDisplayChoice.NONE, CustomerDisplayChoice.monitor(RIGHT), CustomerDisplayChoice.monitor(GONE));
        assertThat(section.combo().getItems().stream().map(section::words)).containsExactly("Any second monitor",
                "None: the till on one monitor", "1024×768 at 1280, 0", "800×480 at -800, 0 (not attached now)");
        assertThat(section.combo().getValue()).isEqualTo(CustomerDisplayChoice.monitor(GONE));
    }

    @Test
    void aPickedMonitorAppliesAtOnceAndIsKeptForTheNextStart() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> section.combo().setValue(CustomerDisplayChoice.monitor(RIGHT)))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(choice.get()).isEqualTo(CustomerDisplayChoice.monitor(RIGHT));
        assertThat(kept).containsExactly(CustomerDisplayChoice.monitor(RIGHT));
        assertThat(section.message().getText()).isEqualTo("Saved: the customer display follows this choice now.");
    }

    @Test
    void aChoiceThatCannotBeKeptStillAppliesAndTheCashierIsToldWhatToDo() throws Exception {
        ObjectProperty<CustomerDisplayChoice> c = new SimpleObjectProperty<>(CustomerDisplayChoice.AUTO);
        CustomerDisplaySection failing = WaitForAsyncUtils.asyncFx(() -> new CustomerDisplaySection(c,
                () -> List.of(RIGHT, CASHIER), () -> CASHIER, x -> {
                    throw new java.io.IOException("disk full");
                }, Runnable::run, Runnable::run, Texts.english())).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> failing.combo().setValue(CustomerDisplayChoice.NONE)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(c.get()).isEqualTo(CustomerDisplayChoice.NONE);
        assertThat(failing.message().getText()).startsWith("The customer display follows this choice now, but it "
                + "could not be kept for the next start. Try again");
    }
}
