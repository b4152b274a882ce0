package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.testing.AcceleratedClock;
import app.mixpos.testing.RequestWindows;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Four tills each with a customer's screen waiting all the time want more than the shared budget: the store paces its
 * grants and takes the waiting tills in turn (V102), so no customer waits through most of a minute while the window
 * refills. Before, the window filled in its first 35 s and gave nothing for the next 30, every minute again, and the
 * four-till bench saw Paid after 32 s at its p95. On the same accelerated clock as {@link StoreRequestBudgetTest}
 * (30 × real time, the store's window and leases scaled alike), in the shop's time.
 */
class SharedBudgetPacingTest {

    private static final double FACTOR = 30;
    private static final int PER_MINUTE = 57;
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(9);
    private static final Duration TRANSIT = Duration.ofMillis(4500);
    private static final Instant MORNING = Instant.parse("2026-12-02T09:00:00Z");

    private final AcceleratedClock clock = new AcceleratedClock(MORNING, FACTOR);
    private final BudgetRig rig = new BudgetRig(clock);
    private final List<StoreRequestBudget> budgets = new ArrayList<>();
    private HikariDataSource store;

    @AfterEach
    void stop() throws InterruptedException {
        rig.close();
        budgets.forEach(StoreRequestBudget::close);
        if (store != null) {
            store.close();
        }
    }

    @Test
    void fourWaitingScreensAreEachServedEverySomeSecondsNotInBurstsAMinuteApart() throws Exception {
        store = SwitchableStore.freshStore("budget_paced");
        for (int i = 1; i <= 4; i++) {
            StoreRequestBudget budget = StoreRequestBudget.start(store,
                    new StoreBudgetConfig("shop-1", "T" + i, PER_MINUTE, 4).accelerated(FACTOR, TOKEN_LIFE, TRANSIT),
                    clock);
            budgets.add(budget);
            rig.ask("T" + i, budget, Urgency.SCREEN);
        }
        Instant steady = clock.instant().plus(Duration.ofSeconds(90));
        rig.runFor(Duration.ofMinutes(4));

        assertThat(RequestWindows.busiestMinute(rig.times())).isLessThanOrEqualTo(PER_MINUTE);
        List<Instant> all = rig.times().stream().filter(t -> t.isAfter(steady)).toList();
        assertThat(longestGap(all)).as("the address is never left without a grant for long").isLessThan(
                Duration.ofSeconds(10));
        for (int i = 1; i <= 4; i++) {
            List<Instant> mine = rig.times("T" + i).stream().filter(t -> t.isAfter(steady)).toList();
            assertThat(mine.size()).as("T%d's share of two and a half minutes", i).isGreaterThan(20);
            assertThat(longestGap(mine)).as("T%d's customer never waits through half a minute", i)
                    .isLessThan(Duration.ofSeconds(20));
        }
    }

    private static Duration longestGap(List<Instant> times) {
        List<Instant> sorted = times.stream().sorted().toList();
        Duration longest = Duration.ZERO;
        for (int i = 1; i < sorted.size(); i++) {
            Duration gap = Duration.between(sorted.get(i - 1), sorted.get(i));
            longest = gap.compareTo(longest) > 0 ? gap : longest;
        }
        return longest;
    }
}
