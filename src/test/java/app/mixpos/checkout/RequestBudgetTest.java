package app.mixpos.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.checkout.RequestBudget.Priority;
import app.mixpos.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    private final MutableClock clock = MutableClock.atSomeMorning();
    private final RequestBudget budget = new LocalRequestBudget(clock, 40, 6);

    @Test
    void backgroundPollsLeaveAReserveForTheCashier() {
        int background = 0;
        while (budget.tryAcquire(Priority.BACKGROUND)) {
            background++;
        }
        assertThat(background).isEqualTo(3);
        assertThat(budget.tryAcquire(Priority.FOREGROUND)).isTrue();
        assertThat(budget.tryAcquire(Priority.FOREGROUND)).isTrue();
        assertThat(budget.tryAcquire(Priority.FOREGROUND)).isFalse();
        assertThat(budget.tryAcquire(Priority.INTERACTIVE)).isTrue();
        assertThat(budget.tryAcquire(Priority.INTERACTIVE)).isFalse();
    }

    @Test
    void theBucketRefillsAtTheConfiguredRate() {
        drain();
        clock.advance(Duration.ofMillis(1499));
        assertThat(budget.tryAcquire(Priority.INTERACTIVE)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(budget.tryAcquire(Priority.INTERACTIVE)).isTrue();
    }

    @Test
    void overAnHourTheGrantedRequestsNeverExceedTheRatePlusOneBurst() {
        long granted = 0;
        for (int ms = 0; ms < 3_600_000; ms += 250) {
            if (budget.tryAcquire(Priority.INTERACTIVE)) {
                granted++;
            }
            clock.advance(Duration.ofMillis(250));
        }
        assertThat(granted).isBetween(40L * 60, 40L * 60 + 6);
    }

    @Test
    void rateLimitedPausesEverythingButTheCashier() {
        budget.rateLimited(Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(9));

        assertThat(budget.tryAcquire(Priority.FOREGROUND)).isFalse();
        assertThat(budget.waitFor(Priority.FOREGROUND)).isEqualTo(Duration.ofSeconds(1));
        assertThat(budget.tryAcquire(Priority.INTERACTIVE)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(budget.tryAcquire(Priority.FOREGROUND)).isTrue();
    }

    @Test
    void aLowSharedRemainderPausesOnlyBackgroundPolling() {
        budget.observeRemaining(0);

        assertThat(budget.tryAcquire(Priority.BACKGROUND)).isFalse();
        assertThat(budget.tryAcquire(Priority.FOREGROUND)).isTrue();
        clock.advance(Duration.ofSeconds(21));
        assertThat(budget.tryAcquire(Priority.BACKGROUND)).isTrue();
    }

    @Test
    void aBudgetAboveMixPaysLimitIsRefused() {
        assertThatThrownBy(() -> new LocalRequestBudget(clock, 61, 6)).hasMessageContaining("1-60");
    }

    private void drain() {
        while (budget.tryAcquire(Priority.INTERACTIVE)) {
            // take every token
        }
    }
}
