package app.mixpos.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.MonitorBounds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Which monitor the customer display fills, against made-up lists of monitors. */
class ScreenPlacementTest {

    static final MonitorBounds CASHIER = new MonitorBounds(0, 0, 1280, 800);
    static final MonitorBounds RIGHT = new MonitorBounds(1280, 0, 1024, 768);
    static final MonitorBounds LEFT = new MonitorBounds(-1920, 0, 1920, 1080);
    static final MonitorBounds BELOW = new MonitorBounds(0, 800, 800, 480);

    private static MonitorBounds decide(CustomerDisplayChoice choice, MonitorBounds... monitors) {
        return ScreenPlacement.customerMonitor(List.of(monitors), CASHIER, choice).orElse(null);
    }

    @Test
    void oneMonitorHasNoCustomerDisplayWhateverTheChoice() {
        assertThat(decide(CustomerDisplayChoice.AUTO, CASHIER)).isNull();
        assertThat(decide(CustomerDisplayChoice.monitor(RIGHT), CASHIER)).isNull();
        assertThat(decide(CustomerDisplayChoice.NONE, CASHIER)).isNull();
    }

    @Test
    void autoTakesTheSecondMonitor() {
        assertThat(decide(CustomerDisplayChoice.AUTO, CASHIER, RIGHT)).isEqualTo(RIGHT);
        assertThat(decide(CustomerDisplayChoice.AUTO, RIGHT, CASHIER)).isEqualTo(RIGHT);
    }

    @Test
    void autoWithSeveralTakesTheLeftmostWhateverTheOrder() {
        assertThat(decide(CustomerDisplayChoice.AUTO, CASHIER, RIGHT, LEFT)).isEqualTo(LEFT);
        assertThat(decide(CustomerDisplayChoice.AUTO, RIGHT, LEFT, CASHIER)).isEqualTo(LEFT);
    }

    @Test
    void noneKeepsTheTillOnOneMonitorEvenWithTwo() {
        assertThat(decide(CustomerDisplayChoice.NONE, CASHIER, RIGHT)).isNull();
    }

    @Test
    void aRememberedMonitorIsFoundByItsBoundsNotItsPlaceInTheList() {
        CustomerDisplayChoice right = CustomerDisplayChoice.monitor(RIGHT);
        assertThat(decide(right, CASHIER, LEFT, RIGHT)).isEqualTo(RIGHT);
        assertThat(decide(right, RIGHT, CASHIER, LEFT)).isEqualTo(RIGHT);
        assertThat(decide(right, LEFT, RIGHT, CASHIER)).isEqualTo(RIGHT);
    }

    @Test
    void aRememberedMonitorThatIsGoneMeansNoCustomerDisplayNotAnotherMonitor() {
        assertThat(decide(CustomerDisplayChoice.monitor(RIGHT), CASHIER, LEFT)).isNull();
        assertThat(decide(CustomerDisplayChoice.monitor(RIGHT), CASHIER)).isNull();
    }

    @Test
    void aRememberedMonitorWhoseResolutionChangedIsFoundAtItsCorner() {
        MonitorBounds resized = new MonitorBounds(1280, 0, 1920, 1080);
        assertThat(decide(CustomerDisplayChoice.monitor(RIGHT), CASHIER, resized, LEFT)).isEqualTo(resized);
    }

    @Test
    void twoOtherMonitorsAtTheRememberedCornerAreAmbiguousSoNone() {
        MonitorBounds a = new MonitorBounds(1280, 0, 1920, 1080);
        MonitorBounds b = new MonitorBounds(1280, 0, 800, 600);
        assertThat(decide(CustomerDisplayChoice.monitor(RIGHT), CASHIER, a, b)).isNull();
    }

    @Test
    void theCashiersMonitorIsNeverTheCustomers() {
        assertThat(decide(CustomerDisplayChoice.monitor(CASHIER), CASHIER, RIGHT)).isNull();
    }

    @Property(tries = 300)
    void theDecisionDoesNotDependOnTheOrderOfTheList(@ForAll long seed) {
        List<MonitorBounds> monitors = new ArrayList<>(List.of(CASHIER, RIGHT, LEFT, BELOW));
        Random random = new Random(seed);
        Collections.shuffle(monitors, random);
        List<MonitorBounds> attached = monitors.subList(0, 1 + random.nextInt(monitors.size()));
        List<MonitorBounds> reordered = new ArrayList<>(attached);
        Collections.shuffle(reordered, random);
        for (CustomerDisplayChoice choice : List.of(CustomerDisplayChoice.AUTO, CustomerDisplayChoice.NONE,
                CustomerDisplayChoice.monitor(RIGHT), CustomerDisplayChoice.monitor(BELOW))) {
            var first = ScreenPlacement.customerMonitor(attached, CASHIER, choice);
            assertThat(ScreenPlacement.customerMonitor(reordered, CASHIER, choice)).isEqualTo(first);
            first.ifPresent(m -> assertThat(attached).contains(m).doesNotContain(CASHIER.equals(m) ? m : null));
            first.ifPresent(m -> assertThat(m).isNotEqualTo(CASHIER));
        }
    }
}
