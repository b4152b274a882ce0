package app.mixpos.checkout;

import app.mixpos.checkout.RequestBudget.Priority;
import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks MixPay about every sale that is not final until MixPay says {@code success} or {@code failed}
 * (and, after a paid sale with a surplus, until the refund is final). Its plan lives on the owner's lane; each
 * question goes out on {@code io}, and its answer comes back to the lane, where the {@link SaleOwner} folds it into
 * the sale as stored by then (a cancel that came first is not lost), stores it, and only then tells the listeners.
 */
final class SaleWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SaleWatcher.class);
    private static final Duration MIN_WAIT = Duration.ofMillis(200);

    private final PaymentGateway gateway;
    private final SaleOwner owner;
    private final RequestBudget budget;
    private final TaskScheduler lane;
    private final Executor io;
    private final Clock clock;
    private final PollPolicy policy;
    private final HealthTracker health;
    private final Map<String, Watch> watches = new HashMap<>();
    private String onScreen;
    private TaskScheduler.Cancellable nextTick;
    private Instant nextTickAt;

    SaleWatcher(PaymentGateway gateway, SaleOwner owner, RequestBudget budget, TaskScheduler lane, Executor io,
                Clock clock, PollPolicy policy, HealthTracker health) {
        this.gateway = gateway;
        this.owner = owner;
        this.budget = budget;
        this.lane = lane;
        this.io = io;
        this.clock = clock;
        this.policy = policy;
        this.health = health;
        owner.follow(this::onStored);
    }

    /** Starts following {@code sale}, first asking MixPay after {@code firstAsk}. On the lane. */
    void onWatch(SaleSnapshot sale, Duration firstAsk) {
        if (sale.state().needsWatching()) {
            Watch w = watches.computeIfAbsent(sale.orderId(), Watch::new);
            w.nextPoll = clock.instant().plus(firstAsk);
            replan();
        }
    }

    /** Follows a sale found unfinished when the till starts; see {@link PollPolicy#firstAskAfterStart}. On the lane. */
    void onResume(SaleSnapshot sale) {
        onWatch(sale, policy.firstAskAfterStart(sale, clock.instant()));
    }

    /** The sale the customer is looking at is asked about first and most often. On the lane. */
    void onShowing(String orderId) {
        onScreen = orderId;
        Watch w = orderId == null ? null : watches.get(orderId);
        if (w != null) {
            Instant soon = clock.instant().plus(policy.interval(owner.onCurrent(orderId), true, clock.instant()));
            if (w.nextPoll.isAfter(soon)) {
                w.nextPoll = soon;
            }
        }
        replan();
    }

    /**
     * Asks MixPay about one sale now, if the budget allows; the future completes with what is known once the answer
     * is stored (at once, with the sale as it stands, when nothing was asked). On the lane.
     */
    CompletableFuture<SaleSnapshot> onCheckNow(String orderId) {
        SaleSnapshot current = owner.onCurrent(orderId);
        if (!current.state().needsWatching() || !budget.tryAcquire(Priority.INTERACTIVE)) {
            return CompletableFuture.completedFuture(current);
        }
        Watch w = watches.computeIfAbsent(orderId, Watch::new);
        return ask(w, current);
    }

    /** How many sales are being followed. On the lane. */
    int onWatching() {
        return watches.size();
    }

    /** Every stored change passes here first: a sale that needs no more asking is dropped, a new one followed. */
    private void onStored(SaleSnapshot stored) {
        if (!stored.state().needsWatching()) {
            watches.remove(stored.orderId());
        }
    }

    private void tick() {
        nextTick = null;
        nextTickAt = null;
        Instant now = clock.instant();
        List<Watch> due = watches.values().stream()
                .filter(w -> !w.asking && !w.nextPoll.isAfter(now))
                .sorted(Comparator.comparing((Watch w) -> !w.orderId.equals(onScreen))
                        .thenComparing(w -> w.nextPoll))
                .toList();
        try {
            for (Watch w : due) {
                Priority priority = w.orderId.equals(onScreen) ? Priority.FOREGROUND : Priority.BACKGROUND;
                if (budget.tryAcquire(priority)) {
                    w.nextPoll = now.plus(PollPolicy.MAX_BACKOFF);
                    ask(w, owner.onCurrent(w.orderId));
                } else {
                    w.nextPoll = now.plus(max(budget.waitFor(priority), MIN_WAIT));
                }
            }
        } finally {
            replan();
        }
    }

    /** Sends the question on {@code io}; the answer (or the failure) is handled back on the lane. */
    private CompletableFuture<SaleSnapshot> ask(Watch w, SaleSnapshot asked) {
        w.asking = true;
        CompletableFuture<SaleSnapshot> known = new CompletableFuture<>();
        try {
            io.execute(() -> {
                PaymentResult answer;
                try {
                    answer = gateway.fetchResult(asked.sale());
                } catch (GatewayException | RuntimeException e) {
                    lane.execute(() -> settle(known, () -> unanswered(w, e)));
                    return;
                }
                lane.execute(() -> settle(known, () -> answered(w, answer)));
            });
        } catch (RuntimeException stopped) {
            w.asking = false;
            LOG.warn("Sale {}: could not ask MixPay ({}); the till is stopping", w.orderId, stopped.toString());
            known.complete(asked);
        }
        return known;
    }

    private static void settle(CompletableFuture<SaleSnapshot> known, java.util.function.Supplier<SaleSnapshot> work) {
        try {
            known.complete(work.get());
        } catch (RuntimeException e) {
            known.completeExceptionally(e);
        }
    }

    private SaleSnapshot answered(Watch w, PaymentResult answer) {
        w.asking = false;
        health.answered(clock.instant());
        w.failures = 0;
        try {
            SaleSnapshot after = owner.onChange(w.orderId, current -> SaleOwner.Change.ifDiffers(current,
                    current.state().apply(current.sale(), answer, clock.instant()), SaleEvent.STATUS, answer.rawBody()));
            w.nextPoll = clock.instant().plus(policy.interval(after, isOnScreen(w), clock.instant()));
            return after;
        } catch (RuntimeException e) {
            w.failures++;
            w.nextPoll = clock.instant().plus(policy.backoff(Duration.ofSeconds(5), w.failures, Duration.ZERO));
            LOG.error("Sale {}: could not record MixPay's answer; will ask again", w.orderId, e);
            throw e;
        } finally {
            replan();
        }
    }

    private SaleSnapshot unanswered(Watch w, Exception e) {
        w.asking = false;
        w.failures++;
        SaleSnapshot current = owner.onCurrent(w.orderId);
        Duration usual = policy.interval(current, isOnScreen(w), clock.instant());
        if (e instanceof GatewayException g) {
            health.failed(g);
            if (g.kind() == GatewayException.Kind.RATE_LIMITED) {
                budget.rateLimited(g.suggestedWait());
            }
            w.nextPoll = clock.instant().plus(policy.backoff(usual, w.failures, g.suggestedWait()));
            LOG.info("Sale {}: no answer from MixPay ({}), asking again at {}", w.orderId, g.getMessage(), w.nextPoll);
        } else {
            w.nextPoll = clock.instant().plus(policy.backoff(usual, w.failures, Duration.ZERO));
            LOG.error("Sale {}: asking MixPay failed; will ask again at {}", w.orderId, w.nextPoll, e);
        }
        replan();
        return current;
    }

    private boolean isOnScreen(Watch w) {
        return w.orderId.equals(onScreen);
    }

    private void replan() {
        Optional<Instant> earliest = watches.values().stream().filter(w -> !w.asking).map(w -> w.nextPoll)
                .min(Comparator.naturalOrder());
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
        nextTick = lane.schedule(delay.isNegative() ? Duration.ZERO : delay, this::tick);
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
        final String orderId;
        Instant nextPoll = Instant.MIN;
        int failures;
        /** A question is out; no other is sent until its answer is handled. */
        boolean asking;

        Watch(String orderId) {
            this.orderId = orderId;
        }
    }
}
