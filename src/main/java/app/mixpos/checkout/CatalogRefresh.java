package app.mixpos.checkout;

import app.mixpos.checkout.RequestBudget.Priority;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the cached quote and settlement asset lists from MixPay once after start, in the background and
 * within the request budget, retrying a few times if MixPay cannot be reached. The app runs on the cache.
 */
final class CatalogRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRefresh.class);
    private static final int ATTEMPTS = 5;

    private final PaymentGateway gateway;
    private final SaleStore store;
    private final RequestBudget budget;
    private final TaskScheduler scheduler;
    private final String payeeId;
    private boolean quotesDone;
    private boolean settlementsDone;

    CatalogRefresh(PaymentGateway gateway, SaleStore store, RequestBudget budget, TaskScheduler scheduler,
                   String payeeId) {
        this.gateway = gateway;
        this.store = store;
        this.budget = budget;
        this.scheduler = scheduler;
        this.payeeId = payeeId;
    }

    void start() {
        scheduler.schedule(Duration.ofSeconds(1), () -> attempt(1));
    }

    private void attempt(int n) {
        try {
            if (!quotesDone && budget.tryAcquire(Priority.BACKGROUND)) {
                store.saveQuoteAssets(gateway.quoteAssets());
                quotesDone = true;
            }
            if (!settlementsDone && budget.tryAcquire(Priority.BACKGROUND)) {
                store.saveSettlementAssets(gateway.settlementAssets(payeeId));
                settlementsDone = true;
            }
        } catch (GatewayException e) {
            if (e.kind() == GatewayException.Kind.RATE_LIMITED) {
                budget.rateLimited(e.suggestedWait());
            }
            LOG.info("Asset lists not refreshed (attempt {} of {}): {}", n, ATTEMPTS, e.getMessage());
        } catch (RuntimeException e) {
            LOG.info("Asset lists not refreshed (attempt {} of {}): {}", n, ATTEMPTS, e.getMessage());
        }
        if ((!quotesDone || !settlementsDone) && n < ATTEMPTS) {
            scheduler.schedule(Duration.ofSeconds(30L * n), () -> attempt(n + 1));
        }
    }
}
