package app.mixpos.checkout;

import app.mixpos.checkout.RequestBudget.Priority;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the cached quote and settlement asset lists from MixPay once after start, in the background and
 * within the request budget. The app runs on the cache. Each answer or fault is reported to {@link HealthTracker},
 * so the cashier knows before a sale whether MixPay can be reached; while it cannot (at start, or later when a poll
 * or a payment link found it so), the quote list is asked for at most once a minute, so the screen says so as soon
 * as MixPay is back. A refusal at start is retried a few times only. Its state lives on the scheduler's thread.
 */
final class CatalogRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRefresh.class);
    private static final int ATTEMPTS = 5;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(60);

    private final PaymentGateway gateway;
    private final CatalogStore store;
    private final RequestBudget budget;
    private final TaskScheduler scheduler;
    private final String payeeId;
    private final HealthTracker health;
    private final Clock clock;
    private final CheckoutListener listeners;
    private boolean quotesDone;
    private boolean settlementsDone;
    private boolean planned;

    CatalogRefresh(PaymentGateway gateway, CatalogStore store, RequestBudget budget, TaskScheduler scheduler,
                   String payeeId, HealthTracker health, Clock clock, CheckoutListener listeners) {
        this.gateway = gateway;
        this.store = store;
        this.budget = budget;
        this.scheduler = scheduler;
        this.payeeId = payeeId;
        this.health = health;
        this.clock = clock;
        this.listeners = listeners;
    }

    void start() {
        plan(Duration.ofSeconds(1), 1);
    }

    /**
     * MixPay stopped answering somewhere (a poll, a payment link): unless an attempt is already planned, ask for the
     * quote list once a minute until it answers, so the screens hear as soon as it is back even with no sale open.
     */
    void troubleSeen() {
        scheduler.execute(() -> {
            if (!planned) {
                plan(MAX_PAUSE, ATTEMPTS);
            }
        });
    }

    private void plan(Duration after, int n) {
        planned = true;
        scheduler.schedule(after, () -> attempt(n));
    }

    private void attempt(int n) {
        planned = false;
        boolean probe = quotesDone && settlementsDone;
        boolean unreachable = false;
        try {
            if ((probe || !quotesDone) && budget.tryAcquire(Priority.BACKGROUND)) {
                var quotes = gateway.quoteAssets();
                health.answered(clock.instant());
                store.saveQuoteAssets(quotes);
                quotesDone = true;
                listeners.quoteAssetsChanged();
            }
            if (!settlementsDone && budget.tryAcquire(Priority.BACKGROUND)) {
                var settlements = gateway.settlementAssets(payeeId);
                health.answered(clock.instant());
                store.saveSettlementAssets(settlements);
                settlementsDone = true;
            }
        } catch (GatewayException e) {
            health.failed(e);
            unreachable = e.kind() != GatewayException.Kind.REJECTED || e.isMaintenance();
            if (e.kind() == GatewayException.Kind.RATE_LIMITED) {
                budget.rateLimited(e.suggestedWait());
            }
            LOG.info("Asset lists not refreshed (attempt {}): {}", n, e.getMessage());
        } catch (RuntimeException e) {
            LOG.info("Asset lists not refreshed (attempt {}): {}", n, e.getMessage());
        }
        boolean missing = !quotesDone || !settlementsDone;
        if ((missing && n < ATTEMPTS) || unreachable || (probe && health.current().trouble())) {
            Duration pause = Duration.ofSeconds(30L * n);
            plan(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause, n + 1);
        }
    }
}
