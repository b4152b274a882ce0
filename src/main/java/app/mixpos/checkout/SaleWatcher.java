package app.mixpos.checkout;

import app.mixpos.checkout.RequestBudget.Priority;
import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks MixPay about every sale that is not final until MixPay says {@code success} or {@code failed}
 * (and, after a paid sale with a surplus, until the refund is final). All its state lives on the
 * scheduler's one thread; other threads hand it work through {@link TaskScheduler#execute}.
 * Each answer is checked, stored, and only then told to the listeners.
 */
final class SaleWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SaleWatcher.class);
    private static final Duration MIN_WAIT = Duration.ofMillis(200);

    private final PaymentGateway gateway;
    private final SaleStore store;
    private final RequestBudget budget;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final PollPolicy policy;
    private final CheckoutListener listeners;
    private final HealthTracker health;
    private final Map<String, Watch> watches = new HashMap<>();
    private String onScreen;
    private boolean logHeld;
    private TaskScheduler.Cancellable nextTick;
    private Instant nextTickAt;

    SaleWatcher(PaymentGateway gateway, SaleStore store, RequestBudget budget, TaskScheduler scheduler,
                Clock clock, PollPolicy policy, CheckoutListener listeners, HealthTracker health) {
        this.gateway = gateway;
        this.store = store;
        this.budget = budget;
        this.scheduler = scheduler;
        this.clock = clock;
        this.policy = policy;
        this.listeners = listeners;
        this.health = health;
    }

    /** Starts following {@code sale}, first asking MixPay after {@code firstAsk}. */
    void watch(SaleSnapshot sale, Duration firstAsk) {
        scheduler.execute(() -> {
            if (sale.state().needsWatching()) {
                watches.put(sale.orderId(), new Watch(sale, clock.instant().plus(firstAsk)));
                replan();
            }
        });
    }

    /** Follows a sale found unfinished when the till starts; see {@link PollPolicy#firstAskAfterStart}. */
    void resume(SaleSnapshot sale) {
        watch(sale, policy.firstAskAfterStart(sale, clock.instant()));
    }

    /** The sale the customer is looking at is asked about first and most often. */
    void showing(String orderId) {
        scheduler.execute(() -> {
            onScreen = orderId;
            Watch w = orderId == null ? null : watches.get(orderId);
            if (w != null) {
                Instant soon = clock.instant().plus(policy.interval(w.sale, true, clock.instant()));
                if (w.nextPoll.isAfter(soon)) {
                    w.nextPoll = soon;
                }
            }
            replan();
        });
    }

    /** Applies a local change (a cancel) to a sale, in line with the answers MixPay gives about it. */
    SaleSnapshot changeLocally(String orderId, UnaryOperator<SaleState> change, String kind) {
        Watch w = watches.get(orderId);
        SaleSnapshot current = w != null ? w.sale : stored(orderId);
        SaleState next = change.apply(current.state());
        if (!next.differsFrom(current.state())) {
            return current;
        }
        SaleSnapshot changed = record(current.with(next), kind, "");
        follow(changed, w);
        return changed;
    }

    /** Asks MixPay about one sale now, if the budget allows; returns what is known afterwards. */
    SaleSnapshot checkNow(String orderId) {
        Watch w = watches.get(orderId);
        SaleSnapshot current = w != null ? w.sale : stored(orderId);
        if (!current.state().needsWatching() || !budget.tryAcquire(Priority.INTERACTIVE)) {
            return current;
        }
        Watch target = watches.computeIfAbsent(orderId, id -> new Watch(current, clock.instant()));
        poll(target);
        replan();
        return target.sale;
    }

    /** How many sales are being followed; call on the scheduler's thread. */
    int watching() {
        return watches.size();
    }

    private SaleSnapshot stored(String orderId) {
        return store.byOrderId(orderId).orElseThrow(() -> new IllegalArgumentException("no sale " + orderId));
    }

    private void tick() {
        nextTick = null;
        nextTickAt = null;
        Instant now = clock.instant();
        List<Watch> due = watches.values().stream()
                .filter(w -> !w.nextPoll.isAfter(now))
                .sorted(Comparator.comparing((Watch w) -> !w.sale.orderId().equals(onScreen))
                        .thenComparing(w -> w.nextPoll))
                .toList();
        try {
            for (Watch w : due) {
                Priority priority = w.sale.orderId().equals(onScreen) ? Priority.FOREGROUND : Priority.BACKGROUND;
                if (budget.tryAcquire(priority)) {
                    w.nextPoll = now.plus(PollPolicy.MAX_BACKOFF);
                    poll(w);
                } else {
                    w.nextPoll = now.plus(max(budget.waitFor(priority), MIN_WAIT));
                }
            }
        } finally {
            replan();
        }
    }

    private void poll(Watch w) {
        Instant now = clock.instant();
        try {
            PaymentResult answer = gateway.fetchResult(w.sale.sale());
            health.answered(clock.instant());
            w.failures = 0;
            SaleState next = w.sale.state().apply(w.sale.sale(), answer, clock.instant());
            if (next.differsFrom(w.sale.state())) {
                follow(record(w.sale.with(next), SaleEvent.STATUS, answer.rawBody()), w);
            }
            w.nextPoll = clock.instant().plus(policy.interval(w.sale, isOnScreen(w), clock.instant()));
        } catch (GatewayException e) {
            w.failures++;
            health.failed(e);
            if (e.kind() == GatewayException.Kind.RATE_LIMITED) {
                budget.rateLimited(e.suggestedWait());
            }
            Duration usual = policy.interval(w.sale, isOnScreen(w), now);
            w.nextPoll = clock.instant().plus(policy.backoff(usual, w.failures, e.suggestedWait()));
            LOG.info("Sale {}: no answer from MixPay ({}), asking again at {}", w.sale.orderId(), e.getMessage(),
                    w.nextPoll);
        } catch (RuntimeException e) {
            w.failures++;
            w.nextPoll = clock.instant().plus(policy.backoff(Duration.ofSeconds(5), w.failures, Duration.ZERO));
            LOG.error("Sale {}: could not record MixPay's answer; will ask again", w.sale.orderId(), e);
            if (e instanceof StoreException store && store.heldByAnotherProgram()) {
                logHeld(true);
            }
        }
    }

    private SaleSnapshot record(SaleSnapshot changed, String kind, String rawBody) {
        store.update(changed, kind, rawBody);
        logHeld(false);
        listeners.saleChanged(changed);
        return changed;
    }

    /** Keeps {@code w} up to date (checkNow answers from it even when the change ends the watch), or starts one. */
    private void follow(SaleSnapshot changed, Watch w) {
        if (w != null) {
            w.sale = changed;
        }
        if (!changed.state().needsWatching()) {
            watches.remove(changed.orderId());
        } else if (w == null) {
            watches.put(changed.orderId(), new Watch(changed, clock.instant()));
        }
    }

    /** Tells the listeners when another program starts or stops holding the log against the watcher's writes. */
    private void logHeld(boolean held) {
        if (held != logHeld) {
            logHeld = held;
            listeners.receiptLogHeld(held);
        }
    }

    private boolean isOnScreen(Watch w) {
        return w.sale.orderId().equals(onScreen);
    }

    private void replan() {
        Optional<Instant> earliest = watches.values().stream().map(w -> w.nextPoll).min(Comparator.naturalOrder());
        if (earliest.isEmpty()) {
            cancelTick();
            return;
        }
        Instant at = earliest.get();
        if (nextTick != null && nextTickAt != null && !nextTickAt.isAfter(at)) {
            return;
        }
        cancelTick();
        Duration delay = Duration.between(clock.instant(), at);
        nextTickAt = at;
        nextTick = scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, this::tick);
    }

    private void cancelTick() {
        if (nextTick != null) {
            nextTick.cancel();
        }
        nextTick = null;
        nextTickAt = null;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static final class Watch {
        SaleSnapshot sale;
        Instant nextPoll;
        int failures;

        Watch(SaleSnapshot sale, Instant nextPoll) {
            this.sale = sale;
            this.nextPoll = nextPoll;
        }
    }
}
