package app.mixpos.checkout;

import app.mixpos.checkout.RequestBudget.Priority;
import app.mixpos.sale.Amount;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SettlementAsset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sale engine: records each sale before its link exists, makes the link, and hands the sale to the
 * {@link SaleWatcher}. Link making and reads run on {@code io}; everything that changes a watched sale
 * runs on the watcher's scheduler, so a cancel and a MixPay answer never race.
 */
public final class CheckoutEngine implements CheckoutService {

    private static final Logger LOG = LoggerFactory.getLogger(CheckoutEngine.class);
    /** The longest a charge waits for a request from the budget before it gives up. */
    static final Duration LINK_WAIT = Duration.ofSeconds(5);
    private final CheckoutConfig config;
    private final PaymentGateway gateway;
    private final SaleStore store;
    private final RequestBudget budget;
    private final TaskScheduler scheduler;
    private final Executor io;
    private final Clock clock;
    private final OrderIds orderIds;
    private final Listeners listeners = new Listeners();
    private final HealthTracker health = new HealthTracker(listeners);
    private final SaleWatcher watcher;
    private final CatalogRefresh catalog;

    public CheckoutEngine(CheckoutConfig config, PaymentGateway gateway, SaleStore store, RequestBudget budget,
                          TaskScheduler scheduler, Executor io, Clock clock, RandomGenerator random) {
        this.config = config;
        this.gateway = gateway;
        this.store = store;
        this.budget = budget;
        this.scheduler = scheduler;
        this.io = io;
        this.clock = clock;
        this.orderIds = new OrderIds(clock, random);
        this.watcher = new SaleWatcher(gateway, store, budget, scheduler, clock, new PollPolicy(random),
                listeners, health);
        this.catalog = new CatalogRefresh(gateway, store, budget, scheduler, config.payeeId(), health, clock,
                listeners);
        health.whenTrouble(catalog::troubleSeen);
    }

    /**
     * Resumes every sale that is not final, closes sales whose link was never shown, and refreshes the
     * asset lists behind the scenes. Call once, after the first frame.
     */
    public void start() {
        for (SaleSnapshot s : store.unfinished()) {
            if (s.state().outcome() == Outcome.CREATING) {
                SaleSnapshot voided = s.with(s.state().voided(Reason.stoppedBeforeLink(), clock.instant()));
                store.update(voided, SaleEvent.VOIDED, "");
                listeners.saleChanged(voided);
            } else {
                watcher.resume(s);
            }
        }
        catalog.start();
    }

    @Override
    public CompletableFuture<SaleSnapshot> charge(Amount amount, String remark) {
        return CompletableFuture.supplyAsync(() -> {
                    refuseOutsideLimits(amount);
                    return record(amount, remark);
                }, io)
                .thenCompose(created -> linkToken(created.sale())
                        .thenApplyAsync(granted -> link(created, granted), io));
    }

    /**
     * Checks the amount against the asset as MixPay lists it now (the cached list, refreshed after start), whatever
     * the screen that built it believed: nothing is recorded or sent for an amount MixPay would not take. With no
     * list yet (first start, offline) there is no limit to check here, and MixPay checks the amount itself.
     */
    private void refuseOutsideLimits(Amount amount) {
        List<QuoteAsset> listed = store.quoteAssets();
        if (listed.isEmpty()) {
            LOG.info("No quote-asset list from MixPay yet; {} is checked by MixPay only", amount);
            return;
        }
        QuoteAsset asset = listed.stream().filter(a -> a.hasId(amount.asset().assetId())).findFirst()
                .orElseThrow(() -> new AmountRefusedException("MixPay does not list " + amount.asset().symbol()
                        + " as a currency to price in. Choose another currency (F3)."));
        String typed = amount.value().stripTrailingZeros().toPlainString();
        if (AmountParser.parse(typed, asset) instanceof AmountResult.Refused r) {
            LOG.info("Charge of {} refused before recording: {}", amount, r.error().message());
            throw new AmountRefusedException(r.error().message());
        }
    }

    private SaleSnapshot record(Amount amount, String remark) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.paymentExpiry()).truncatedTo(ChronoUnit.SECONDS);
        Sale sale = new Sale(orderIds.next(), UUID.randomUUID(), amount, config.settlementAssetId(),
                config.payeeId(), remark, config.linkMode(), null, now, expiresAt);
        SaleSnapshot created = new SaleSnapshot(sale, SaleState.creating(now));
        store.insert(created);
        return created;
    }

    private SaleSnapshot link(SaleSnapshot created, boolean granted) {
        Sale sale = created.sale();
        String link;
        try {
            if (!granted) {
                throw new GatewayException(GatewayException.Kind.RATE_LIMITED, 0, "the request budget is used up");
            }
            link = gateway.createLink(sale);
            if (sale.linkMode() == LinkMode.ONE_TIME) {
                health.answered(clock.instant());
            }
        } catch (GatewayException e) {
            if (granted) {
                health.failed(e);
            }
            LOG.warn("Sale {}: payment link not made: {}", sale.orderId(), e.getMessage());
            SaleSnapshot voided = created.with(created.state().voided(linkFailure(e), clock.instant()));
            store.update(voided, SaleEvent.VOIDED, "");
            listeners.saleChanged(voided);
            return voided;
        }
        SaleSnapshot open = new SaleSnapshot(sale.withPaymentLink(link), created.state().opened(clock.instant()));
        store.update(open, SaleEvent.LINK_CREATED, "");
        watcher.watch(open, PollPolicy.ON_SCREEN_WAITING);
        watcher.showing(open.orderId());
        listeners.saleChanged(open);
        return open;
    }

    /**
     * A request from the budget for a one-time link. When the cashier charges faster than the budget refills,
     * the sale waits up to {@link #LINK_WAIT} for a request (the screen shows it busy) rather than failing.
     */
    private CompletableFuture<Boolean> linkToken(Sale sale) {
        CompletableFuture<Boolean> granted = new CompletableFuture<>();
        if (sale.linkMode() == LinkMode.PAYLINK) {
            granted.complete(true);
        } else {
            tryToken(granted, clock.instant().plus(LINK_WAIT));
        }
        return granted;
    }

    private void tryToken(CompletableFuture<Boolean> granted, Instant giveUpAt) {
        if (budget.tryAcquire(Priority.INTERACTIVE)) {
            granted.complete(true);
            return;
        }
        Duration wait = budget.waitFor(Priority.INTERACTIVE);
        if (clock.instant().plus(wait).isAfter(giveUpAt)) {
            granted.complete(false);
        } else {
            scheduler.schedule(wait, () -> tryToken(granted, giveUpAt));
        }
    }

    private static Reason linkFailure(GatewayException e) {
        return switch (e.kind()) {
            case TRANSIENT -> Reason.linkFailed(Reason.LinkFailure.UNREACHABLE);
            case RATE_LIMITED -> Reason.linkFailed(Reason.LinkFailure.BUSY);
            case REJECTED -> e.isMaintenance() ? Reason.linkFailed(Reason.LinkFailure.MAINTENANCE)
                    : Reason.linkRefused(e.code(), e.getMessage());
        };
    }

    @Override
    public CompletableFuture<SaleSnapshot> cancel(String orderId) {
        return onWatcher(() -> watcher.changeLocally(orderId, s -> s.cancel(clock.instant()), SaleEvent.CANCELLED));
    }

    @Override
    public CompletableFuture<SaleSnapshot> checkNow(String orderId) {
        return onWatcher(() -> watcher.checkNow(orderId));
    }

    @Override
    public void showing(String orderId) {
        watcher.showing(orderId);
    }

    @Override
    public CompletableFuture<List<SaleSnapshot>> recent(int limit) {
        return CompletableFuture.supplyAsync(() -> store.recent(limit), io);
    }

    @Override
    public CompletableFuture<List<SaleEvent>> history(String orderId) {
        return CompletableFuture.supplyAsync(() -> store.events(orderId), io);
    }

    @Override
    public CompletableFuture<List<QuoteAsset>> quoteAssets() {
        return CompletableFuture.supplyAsync(() -> {
            List<QuoteAsset> cached = store.quoteAssets();
            return cached.isEmpty() ? List.of(QuoteAsset.USD.withoutLimits()) : cached;
        }, io);
    }

    @Override
    public CompletableFuture<List<SettlementAsset>> settlementAssets() {
        return CompletableFuture.supplyAsync(() -> {
            List<SettlementAsset> cached = store.settlementAssets();
            return cached.isEmpty() ? List.of(SettlementAsset.USDT_ERC20) : cached;
        }, io);
    }

    @Override
    public ConnectionHealth health() {
        return health.current();
    }

    @Override
    public void addListener(CheckoutListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CheckoutListener listener) {
        listeners.remove(listener);
    }

    /** How many sales MixPay is still being asked about (open, cancelled but not ended, refunds in progress). */
    public CompletableFuture<Integer> salesWatched() {
        return onWatcher(watcher::watching);
    }

    /** Requests granted from the budget since start. */
    public long requestsMade() {
        return budget.granted();
    }

    private <T> CompletableFuture<T> onWatcher(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        scheduler.execute(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
