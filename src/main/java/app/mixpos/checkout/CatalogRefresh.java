package app.mixpos.checkout;

import app.mixpos.checkout.RequestBudget.Priority;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the cached quote and settlement asset lists from MixPay once after start, in the background and
 * within the request budget. The app runs on the cache. Each answer or fault is reported to {@link HealthTracker},
 * so the cashier knows before a sale whether MixPay can be reached; while it cannot, the refresh keeps trying
 * (at most once a minute) so the screen says so as soon as MixPay is back. A refusal is retried a few times only.
 */
final class CatalogRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRefresh.class);
    private static final int ATTEMPTS = 5;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(60);

    private final PaymentGateway gateway;
    private final SaleStore store;
    private final RequestBudget budget;
    private final TaskScheduler scheduler;
    private final String payeeId;
    private final HealthTracker health;
    private final Clock clock;
    private boolean quotesDone;
    private boolean settlementsDone;

    CatalogRefresh(PaymentGateway gateway, SaleStore store, RequestBudget budget, TaskScheduler scheduler,
                   String payeeId, HealthTracker health, Clock clock) {
        this.gateway = gateway;
        this.store = store;
        this.budget = budget;
        this.scheduler = scheduler;
        this.payeeId = payeeId;
        this.health = health;
        this.clock = clock;
    }

    void start() {
        scheduler.schedule(Duration.ofSeconds(1), () -> attempt(1));
    }

    private void attempt(int n) {
        boolean unreachable = false;
        try {
            if (!quotesDone && budget.tryAcquire(Priority.BACKGROUND)) {
                var quotes = gateway.quoteAssets();
                health.answered(clock.instant());
                store.saveQuoteAssets(quotes);
                quotesDone = true;
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
        if ((!quotesDone || !settlementsDone) && (n < ATTEMPTS || unreachable)) {
            Duration pause = Duration.ofSeconds(30L * n);
            scheduler.schedule(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause, () -> attempt(n + 1));
        }
    }
}
