package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.testing.AcceleratedClock;
import app.mixpos.testing.RequestWindows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tills sharing one MixPay budget through a real PostgreSQL server, on a clock 30 times faster than real time (the
 * server's window and leases are scaled by the same factor): a minute of the shop takes 2 s. A granted request's
 * life and the transit slack are longer than the app's (2 s and 1 s), because a real lease's round trip is 30 times
 * longer on this clock: the window is 73.5 s instead of 63, so fewer requests are used, never more.
 */
class StoreRequestBudgetTest {

    private static final double FACTOR = 30;
    private static final int PER_MINUTE = 57;
    /** 300 ms and 150 ms of real time: a lease's round trip on a busy 2-core machine is up to about 200 ms. */
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(9);
    private static final Duration TRANSIT = Duration.ofMillis(4500);
    private static final Instant MORNING = Instant.parse("2026-12-02T09:00:00Z");

    private final AcceleratedClock clock = new AcceleratedClock(MORNING, FACTOR);
    private final List<StoreRequestBudget> budgets = new ArrayList<>();
    private final BudgetRig rig = new BudgetRig(clock);

    private final List<HikariDataSource> stores = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        rig.close();
        budgets.forEach(StoreRequestBudget::close);
        stores.forEach(HikariDataSource::close);
    }

    private HikariDataSource fresh(String name) {
        HikariDataSource store = SwitchableStore.freshStore(name);
        stores.add(store);
        return store;
    }

    private StoreRequestBudget till(DataSource store, String id, int tills, Duration clockOffset) {
        StoreRequestBudget budget = StoreRequestBudget.start(store,
                new StoreBudgetConfig("shop-1", id, PER_MINUTE, tills).accelerated(FACTOR, TOKEN_LIFE, TRANSIT),
                clock.offset(clockOffset));
        budgets.add(budget);
        return budget;
    }

    @Test
    void sixTillsAskingWithoutPauseNeverExceedTheLimitInAnyWindowYetUseMostOfIt() throws Exception {
        DataSource store = fresh("budget_six");
        for (int i = 1; i <= 6; i++) {
            StoreRequestBudget budget = till(store, "T" + i, 6, Duration.ZERO);
            rig.ask("T" + i, budget, Urgency.SCREEN);
            rig.ask("T" + i, budget, i % 2 == 0 ? Urgency.BACKGROUND : Urgency.CASHIER);
        }
        rig.runFor(Duration.ofMinutes(4));
        List<Instant> times = rig.times();
        assertThat(RequestWindows.busiestMinute(times)).isLessThanOrEqualTo(PER_MINUTE);
        assertThat(times.size()).as("four minutes of a shared budget of %d a window are mostly used", PER_MINUTE)
                .isGreaterThan(150);
        Map<String, Long> perTill = rig.uses().stream()
                .collect(Collectors.groupingBy(BudgetRig.Use::till, Collectors.counting()));
        assertThat(perTill).as("every till is served").hasSize(6);
    }

    @Test
    void customersScreensAreServedBeforeTheBackgroundAcrossTills() throws Exception {
        DataSource store = fresh("budget_priority");
        rig.ask("T1", till(store, "T1", 3, Duration.ZERO), Urgency.BACKGROUND);
        rig.ask("T2", till(store, "T2", 3, Duration.ZERO), Urgency.SCREEN);
        rig.ask("T3", till(store, "T3", 3, Duration.ZERO), Urgency.SCREEN);
        Instant steady = clock.instant().plusSeconds(30);
        rig.runFor(Duration.ofMinutes(3));
        List<BudgetRig.Use> uses = rig.uses().stream().filter(u -> u.at().isAfter(steady)).toList();
        long background = uses.stream().filter(u -> u.urgency() == Urgency.BACKGROUND).count();
        long foreground = uses.size() - background;
        assertThat(RequestWindows.busiestMinute(rig.times())).isLessThanOrEqualTo(PER_MINUTE);
        assertThat(foreground).as("the customers' screens on T2 and T3 had most of two and a half minutes")
                .isGreaterThan(80);
        assertThat(background).as("once T2's and T3's demand is known, T1's background polls get only what the "
                + "screens leave").isLessThan(foreground / 20);
    }

    @Test
    void theStoreAwayGivesEachTillItsFixedShareAndTogetherTheyStayUnderTheLimitThenShareAgain() throws Exception {
        SwitchableStore store = new SwitchableStore(fresh("budget_away"));
        int tills = 4;
        int share = PER_MINUTE / tills;
        rig.ask("T1", till(store, "T1", tills, Duration.ZERO), Urgency.SCREEN);
        for (int i = 2; i <= tills; i++) {
            rig.ask("T" + i, till(store, "T" + i, tills, Duration.ZERO), Urgency.BACKGROUND);
        }
        rig.runFor(Duration.ofMinutes(3));
        Instant awayAt = clock.instant();
        store.down(true);
        rig.runFor(Duration.ofMinutes(5));
        Instant backAt = clock.instant();
        store.down(false);
        rig.runFor(Duration.ofMinutes(3));
        Instant endAt = clock.instant();

        assertThat(RequestWindows.busiestMinute(rig.times())).as("across going away and coming back")
                .isLessThanOrEqualTo(PER_MINUTE);
        assertThat(RequestWindows.busiestMinute(between(rig.times("T1"), awayAt.minus(Duration.ofMinutes(2)), awayAt)))
                .as("shared: T1's customer's screen has what the others' background leaves").isGreaterThan(2 * share);
        for (int i = 1; i <= tills; i++) {
            List<Instant> away = between(rig.times("T" + i), awayAt, backAt);
            assertThat(RequestWindows.busiestMinute(away)).as("T%d on its share of %d", i, share)
                    .isLessThanOrEqualTo(share);
            assertThat(between(away, awayAt.plus(Duration.ofMinutes(3)), backAt))
                    .as("T%d sells on its share once a lease and a window have passed", i).isNotEmpty();
        }
        assertThat(budgets).allMatch(b -> b.grantedOnShare() > 0);
        assertThat(RequestWindows.busiestMinute(between(rig.times("T1"), backAt.plus(Duration.ofMinutes(1)), endAt)))
                .as("back on the shared budget: T1 has more than its share again").isGreaterThan(2 * share);
        assertThat(budgets).allMatch(StoreRequestBudget::shared);
    }

    @Test
    void oneTillCutOffFromTheStoreWhileTheOthersShareStillKeepsTheSumUnderTheLimit() throws Exception {
        DataSource shared = fresh("budget_partition");
        SwitchableStore cutOff = new SwitchableStore(shared);
        int tills = 3;
        rig.ask("T1", till(cutOff, "T1", tills, Duration.ZERO), Urgency.SCREEN);
        rig.ask("T2", till(shared, "T2", tills, Duration.ZERO), Urgency.SCREEN);
        rig.ask("T3", till(shared, "T3", tills, Duration.ZERO), Urgency.BACKGROUND);
        rig.runFor(Duration.ofMinutes(2));
        cutOff.down(true);
        rig.runFor(Duration.ofMinutes(4));
        cutOff.down(false);
        rig.runFor(Duration.ofMinutes(2));
        assertThat(RequestWindows.busiestMinute(rig.times())).isLessThanOrEqualTo(PER_MINUTE);
        assertThat(budgets.get(0).grantedOnShare()).as("T1 sold on its share meanwhile").isPositive();
    }

    @Test
    void tillsWhoseClocksAreMinutesApartStillKeepToTheLimit() throws Exception {
        DataSource store = fresh("budget_skew");
        Duration[] offsets = {Duration.ofMinutes(-2), Duration.ZERO, Duration.ofMinutes(2), Duration.ofSeconds(37)};
        for (int i = 0; i < offsets.length; i++) {
            rig.ask("T" + i, till(store, "T" + i, offsets.length, offsets[i]), Urgency.SCREEN);
        }
        rig.runFor(Duration.ofMinutes(3));
        List<Instant> times = rig.times();
        assertThat(RequestWindows.busiestMinute(times)).isLessThanOrEqualTo(PER_MINUTE);
        assertThat(times.size()).isGreaterThan(100);
        for (int i = 0; i < offsets.length; i++) {
            assertThat(rig.times("T" + i)).as("T%d, %s off, is served", i, offsets[i]).hasSizeGreaterThan(10);
        }
    }

    private static List<Instant> between(List<Instant> times, Instant from, Instant to) {
        return times.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).toList();
    }
}
