package app.mixpos.wiring;

import app.mixpos.checkout.RequestBudget;
import app.mixpos.store.StoreRequestBudget;
import app.mixpos.store.Urgency;
import java.time.Duration;

/**
 * Checkout's request budget in store mode: the till's share of its budget address's MixPay budget, kept through the
 * store database ({@link StoreRequestBudget}). Build one with {@link #of(StoreRequestBudget)} in place of the
 * {@code LocalRequestBudget}; closing the engine closes the store budget's thread.
 */
public final class SharedRequestBudget implements RequestBudget, AutoCloseable {

    private final StoreRequestBudget shared;

    private SharedRequestBudget(StoreRequestBudget shared) {
        this.shared = shared;
    }

    public static SharedRequestBudget of(StoreRequestBudget shared) {
        return new SharedRequestBudget(shared);
    }

    @Override
    public boolean tryAcquire(Priority priority) {
        return shared.tryAcquire(urgency(priority));
    }

    @Override
    public Duration waitFor(Priority priority) {
        return shared.waitFor(urgency(priority));
    }

    @Override
    public void observeRemaining(int remaining) {
        shared.observeRemaining(remaining);
    }

    @Override
    public void rateLimited(Duration wait) {
        shared.rateLimited(wait);
    }

    @Override
    public long granted() {
        return shared.granted();
    }

    @Override
    public int perMinute() {
        return shared.perMinute();
    }

    public StoreRequestBudget shared() {
        return shared;
    }

    @Override
    public void close() {
        shared.close();
    }

    static Urgency urgency(Priority priority) {
        return switch (priority) {
            case INTERACTIVE -> Urgency.CASHIER;
            case FOREGROUND -> Urgency.SCREEN;
            case BACKGROUND -> Urgency.BACKGROUND;
        };
    }
}
