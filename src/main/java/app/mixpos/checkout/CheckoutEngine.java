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
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sale engine: records each sale before its link exists, makes the link, and hands the sale to the
 * {@link SaleWatcher}. Every write of a sale goes through its {@link SaleOwner}, one lane (the scheduler's thread):
 * recording, the link, each MixPay answer, a cancel, the void at start. Network calls and catalog reads run on
 * {@code io}; nothing here runs on the caller's thread, so the FX thread never waits on SQL or HTTP.
 */
public final class CheckoutEngine implements CheckoutService {

    private static final Logger LOG = LoggerFactory.getLogger(CheckoutEngine.class);
    /** The longest a charge waits for a request from the budget before it gives up. */
    static final Duration LINK_WAIT = Duration.ofSeconds(5);

    private final CheckoutConfig config;
    private final PaymentGateway gateway;
    private final SaleLedger ledger;
    private final CatalogStore catalogStore;
    private final RequestBudget budget;
    private final TaskScheduler scheduler;
    private final Executor io;
    private final Clock clock;
    private final OrderIds orderIds;
    private final Listeners listeners = new Listeners();
    private final HealthTracker health = new HealthTracker(listeners);
    private final SaleOwner owner;
    private final SaleWatcher watcher;
    private final CatalogRefresh catalog;

    public CheckoutEngine(CheckoutConfig config, PaymentGateway gateway, SaleLedger ledger, CatalogStore catalogStore,
                          RequestBudget budget, TaskScheduler scheduler, Executor io, Clock clock,
                          RandomGenerator random) {
        this.config = config;
        this.gateway = gateway;
        this.ledger = ledger;
        this.catalogStore = catalogStore;
        this.budget = budget;
        this.scheduler = scheduler;
        this.io = io;
        this.clock = clock;
        this.orderIds = new OrderIds(config.tillId(), clock, random);
        this.owner = new SaleOwner(ledger, scheduler, listeners);
        this.watcher = new SaleWatcher(gateway, owner, budget, scheduler, io, clock, new PollPolicy(random), health);
        this.catalog = new CatalogRefresh(gateway, catalogStore, budget, scheduler, config.payeeId(), health, clock,
                listeners);
        health.whenTrouble(catalog::troubleSeen);
    }

    /**
     * Resumes every sale of this till that is not final, voids sales whose link was never shown, and refreshes the
     * asset lists behind the scenes. Returns at once: the work runs on the owner's lane. Call once, after the first
     * frame; the future completes when every unfinished sale has been resumed or voided.
     */
    public CompletableFuture<Void> start() {
        CompletableFuture<Void> resumed = owner.submit(() -> {
            for (SaleSnapshot s : ledger.unfinished(config.tillId())) {
                if (s.state().outcome() == Outcome.CREATING) {
                    owner.onChangeState(s.orderId(), st -> st.voided(Reason.stoppedBeforeLink(), clock.instant()),
                            SaleEvent.VOIDED, "");
                } else {
                    watcher.onResume(s);
                    listeners.saleResumed(s);
                }
            }
            return null;
        });
        catalog.start();
        return resumed;
    }

    @Override
    public CompletableFuture<SaleSnapshot> charge(Amount amount, String remark) {
        return CompletableFuture.runAsync(() -> refuseOutsideLimits(amount), io)
                .thenCompose(ok -> owner.submit(() -> record(amount, remark)))
                .thenCompose(created -> linkToken(created.sale())
                        .thenApplyAsync(granted -> makeLink(created.sale(), granted), io)
                        .thenCompose(made -> owner.submit(() -> afterLink(created.orderId(), made))));
    }

    /**
     * Checks the amount against the asset as MixPay lists it now (the cached list, refreshed after start), whatever
     * the screen that built it believed: nothing is recorded or sent for an amount MixPay would not take. With no
     * list yet (first start, offline) there is no limit to check here, and MixPay checks the amount itself.
     */
    private void refuseOutsideLimits(Amount amount) {
        List<QuoteAsset> listed = catalogStore.quoteAssets();
        if (listed.isEmpty()) {
            LOG.info("No quote-asset list from MixPay yet; {} is checked by MixPay only", amount);
            return;
        }
        QuoteAsset asset = listed.stream().filter(a -> a.hasId(amount.asset().assetId())).findFirst()
                .orElseThrow(() -> AmountRefusedException.notListed(amount.asset().symbol()));
        String typed = amount.value().stripTrailingZeros().toPlainString();
        if (AmountParser.parse(typed, asset) instanceof AmountResult.Refused r) {
            LOG.info("Charge of {} refused before recording: {}", amount, r.error());
            throw new AmountRefusedException(r.error());
        }
    }

    /** On the lane. */
    private SaleSnapshot record(Amount amount, String remark) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.paymentExpiry()).truncatedTo(ChronoUnit.SECONDS);
        Sale sale = new Sale(orderIds.next(), UUID.randomUUID(), amount, config.settlementAssetId(),
                config.payeeId(), remark, config.linkMode(), null, now, expiresAt, config.tillId());
        return owner.onRecord(sale, SaleState.creating(now));
    }

    /** What making the link gave: the link, or why there is none. */
    private record Made(String link, Reason failure) {
    }

    /** On {@code io}: asks MixPay for the link (nothing is written here). */
    private Made makeLink(Sale sale, boolean granted) {
        try {
            if (!granted) {
                throw new GatewayException(GatewayException.Kind.RATE_LIMITED, 0, "the request budget is used up");
            }
            String link = gateway.createLink(sale);
            if (sale.linkMode() == LinkMode.ONE_TIME) {
                health.answered(clock.instant());
            }
            return new Made(link, null);
        } catch (GatewayException e) {
            if (granted) {
                health.failed(e);
            }
            LOG.warn("Sale {}: payment link not made: {}", sale.orderId(), e.getMessage());
            return new Made(null, linkFailure(e));
        }
    }

    /**
     * On the lane: stores the link (the sale opens, unless a cancel came first: then it stays cancelled, with its
     * link, and is watched until MixPay ends it) or the reason there is none (the sale is void, cancelled or not).
     */
    private SaleSnapshot afterLink(String orderId, Made made) {
        if (made.link() == null) {
            return owner.onChange(orderId, current -> {
                SaleState next = current.sale().paymentLink() == null
                        ? current.state().voided(made.failure(), clock.instant()) : current.state();
                return SaleOwner.Change.ifDiffers(current, next, SaleEvent.VOIDED, "");
            });
        }
        SaleSnapshot open = owner.onChange(orderId, current -> new SaleOwner.Change(
                current.with(current.sale().withPaymentLink(made.link())).with(current.state().opened(clock.instant())),
                SaleEvent.LINK_CREATED, ""));
        watcher.onWatch(open, PollPolicy.ON_SCREEN_WAITING);
        if (open.state().outcome() == Outcome.OPEN) {
            watcher.onShowing(open.orderId());
        }
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
        return owner.submit(() -> owner.onChangeState(orderId, st -> st.cancel(clock.instant()), SaleEvent.CANCELLED,
                ""));
    }

    @Override
    public CompletableFuture<SaleSnapshot> checkNow(String orderId) {
        return owner.submit(() -> watcher.onCheckNow(orderId)).thenCompose(known -> known);
    }

    @Override
    public void showing(String orderId) {
        scheduler.execute(() -> watcher.onShowing(orderId));
    }

    @Override
    public CompletableFuture<List<QuoteAsset>> quoteAssets() {
        return CompletableFuture.supplyAsync(() -> {
            List<QuoteAsset> cached = catalogStore.quoteAssets();
            return cached.isEmpty() ? List.of(QuoteAsset.USD.withoutLimits()) : cached;
        }, io);
    }

    @Override
    public CompletableFuture<List<SettlementAsset>> settlementAssets() {
        return CompletableFuture.supplyAsync(() -> {
            List<SettlementAsset> cached = catalogStore.settlementAssets();
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
        return owner.submit(watcher::onWatching);
    }

    /** Requests granted from the budget since start. */
    public long requestsMade() {
        return budget.granted();
    }

    /** This till's id, which starts its order ids. */
    public String tillId() {
        return config.tillId();
    }
}
