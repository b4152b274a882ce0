package app.mixpos.ui.window;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.MonitorBounds;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which monitor the customer display goes on, from the monitors attached now (in whatever order the system
 * lists them), the cashier's monitor and the choice in the settings. Plain Java, so it is tested against made-up
 * lists of monitors.
 *
 * <ul>
 *     <li>One monitor, or the choice {@code none}: no customer display (the till as it always was).</li>
 *     <li>{@code auto}: the monitor besides the cashier's, the leftmost (then topmost) when there are several, so the
 *     same one is taken whatever the order of the list.</li>
 *     <li>A remembered monitor: the monitor with exactly its bounds; else the one other monitor at its top-left corner
 *     (its resolution was changed); else none until it comes back.</li>
 * </ul>
 * The cashier's monitor is never the customer's.
 */
public final class ScreenPlacement {

    private static final Comparator<MonitorBounds> LEFT_TO_RIGHT =
            Comparator.comparingInt(MonitorBounds::x).thenComparingInt(MonitorBounds::y);

    private ScreenPlacement() {
    }

    /**
     * @param monitors the monitors attached now, in any order
     * @param cashier  the cashier's monitor (the one the till's window is on)
     * @param choice   the settings' choice
     * @return the monitor the customer display fills, or empty for none
     */
    public static Optional<MonitorBounds> customerMonitor(List<MonitorBounds> monitors, MonitorBounds cashier,
                                                          CustomerDisplayChoice choice) {
        List<MonitorBounds> others = monitors.stream().filter(m -> !m.equals(cashier)).distinct().toList();
        if (others.isEmpty() || choice.kind() == CustomerDisplayChoice.Kind.NONE) {
            return Optional.empty();
        }
        if (choice.kind() == CustomerDisplayChoice.Kind.AUTO) {
            return others.stream().min(LEFT_TO_RIGHT);
        }
        MonitorBounds wanted = choice.monitor();
        if (others.contains(wanted)) {
            return Optional.of(wanted);
        }
        List<MonitorBounds> sameCorner = others.stream().filter(wanted::sameCorner).toList();
        return sameCorner.size() == 1 ? Optional.of(sameCorner.get(0)) : Optional.empty();
    }
}
