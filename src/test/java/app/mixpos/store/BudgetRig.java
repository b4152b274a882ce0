package app.mixpos.store;

import app.mixpos.testing.AcceleratedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Tills asking a shared budget for requests as fast as it lets them, each on a thread of its own, on one accelerated
 * clock; every request granted is recorded at the moment MixPay would count it (by the shared clock).
 */
final class BudgetRig implements AutoCloseable {

    record Use(String till, Urgency urgency, Instant at) {
    }

    private final AcceleratedClock clock;
    private final List<Use> uses = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    BudgetRig(AcceleratedClock clock) {
        this.clock = clock;
    }

    /** A till asking for {@code priority} requests without pause (a queue of sales behind it). */
    void ask(String till, StoreRequestBudget budget, Urgency urgency) {
        Thread t = new Thread(() -> {
            while (!stopped) {
                if (budget.tryAcquire(urgency)) {
                    record(new Use(till, urgency, clock.instant()));
                } else {
                    long nanos = clock.real(budget.waitFor(urgency)).toNanos();
                    LockSupport.parkNanos(Math.max(nanos, 200_000));
                }
            }
        }, "rig-" + till + "-" + urgency);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    /** Lets the tills run for {@code accelerated} of the shared clock. */
    void runFor(Duration accelerated) throws InterruptedException {
        Thread.sleep(clock.real(accelerated).toMillis());
    }

    synchronized List<Use> uses() {
        return List.copyOf(uses);
    }

    List<Instant> times() {
        return uses().stream().map(Use::at).toList();
    }

    List<Instant> times(String till) {
        return uses().stream().filter(u -> u.till().equals(till)).map(Use::at).toList();
    }

    private synchronized void record(Use use) {
        uses.add(use);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        for (Thread t : threads) {
            t.join(5_000);
        }
    }
}
