package app.mixpos.wiring;

import app.mixpos.config.StoreSettings;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.SaleRecords;
import app.mixpos.records.StoreState;
import app.mixpos.records.StoreStates;
import app.mixpos.reports.ShopReports;
import app.mixpos.shop.StoreReportQueries;
import app.mixpos.shop.StoreSaleQueries;
import app.mixpos.store.StoreDataSource;
import app.mixpos.store.StoreSender;
import app.mixpos.store.StoreStatus;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import app.mixpos.checkout.RequestBudget;
import app.mixpos.store.StoreBudgetConfig;
import app.mixpos.store.StoreRequestBudget;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store mode's parts for one till: the pool to the store database, the sender that delivers the receipt log's
 * outbox, the whole shop's reads, and the state the till shows. Building it connects to nothing (the pool connects
 * on first use, on the sender's or a reader's thread); {@link #start()} starts delivering. A store that is down or a
 * till that is misconfigured (wrong password, unregistered) only shows in the state and the log: sales are recorded
 * in the receipt log first and never wait for the store.
 */
public final class StoreLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreLink.class);
    /**
     * The requests a minute all tills behind one budget address make together: MixPay's 60 less a margin for
     * OkHttp's one retry on a stale connection and clock drift.
     */
    public static final int SHOP_PER_MINUTE = 57;

    private final HikariDataSource pool;
    private final StoreSender sender;
    private final SaleRecords shop;
    private final StoreStates states;
    private SharedRequestBudget budget;
    private java.util.concurrent.ExecutorService reportThread;

    private StoreLink(HikariDataSource pool, StoreSender sender, SaleRecords shop) {
        this.pool = pool;
        this.sender = sender;
        this.shop = shop;
        this.states = new SenderStates(sender);
    }

    /**
     * The store's parts for this till. The password goes to the driver only; what is logged names the server, the
     * database and the role, never the password.
     *
     * @param io where the whole shop's reads run (never the FX thread)
     */
    public static StoreLink open(StoreSettings settings, String tillId, ReceiptLog log, Clock clock, Executor io) {
        Objects.requireNonNull(settings, "settings");
        if (!settings.enabled()) {
            throw new IllegalArgumentException("standalone: no store to link to");
        }
        String url = settings.jdbcUrl(tillId);
        String role = settings.user(tillId);
        HikariDataSource pool = StoreDataSource.open(url, role, settings.password(), tillId);
        StoreSender sender = new StoreSender(new ReceiptLogChanges(log, tillId), pool, clock);
        LOG.info("Store mode: shop {}, till {} ({}) as role {} at {}; the password {}", settings.shopId(), tillId,
                settings.tillName(tillId), role, withoutQuery(url),
                settings.password() == null ? "is not set" : "is set (not shown)");
        return new StoreLink(pool, sender, new SaleRecords(new StoreSaleQueries(pool, settings.shopId()), io));
    }

    /** The URL up to its parameters: enough to say which server, never a parameter someone put a secret in. */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /**
     * This till's part of its budget address's MixPay budget, shared with the shop's other tills through the store
     * ({@link StoreRequestBudget}): leased in the background, never waited for on a sale's path; with the store away
     * the till keeps to its fixed share ({@code perMinute / budgetTills}). All tills of the address give the same
     * {@code perMinute}: {@link #SHOP_PER_MINUTE}.
     */
    public synchronized RequestBudget budget(StoreSettings settings, String tillId, Clock clock) {
        if (budget == null) {
            budget = SharedRequestBudget.of(StoreRequestBudget.start(pool, new StoreBudgetConfig(
                    settings.budgetAddress(), tillId, SHOP_PER_MINUTE, settings.budgetTills()), clock));
            LOG.info("Store mode: MixPay requests shared through the store by the tills of budget address {} ({} "
                    + "tills, {} a minute together)", settings.budgetAddress(), settings.budgetTills(), SHOP_PER_MINUTE);
        }
        return budget;
    }

    /** Starts delivering the outbox on the sender's own thread; returns at once. */
    public void start() {
        sender.start();
    }

    /** Asks the sender to deliver now (a change was just recorded); returns at once. */
    public void nudge() {
        sender.nudge();
    }

    /** The whole shop's sales, read off the caller's thread. */
    public SaleRecords shop() {
        return shop;
    }

    /**
     * The whole shop's X reports and closing of the day, read from the store on a thread of their own: a report over
     * a slow or unreachable store waits there (up to the pool's timeouts), never on the threads that make payment
     * links or read the receipt log.
     */
    public synchronized ShopReports shopReports(String shopId, Clock clock, java.time.ZoneId zone) {
        if (reportThread == null) {
            reportThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "mixpay-shop-reports");
                t.setDaemon(true);
                return t;
            });
        }
        return new ShopReports(new StoreReportQueries(pool, shopId), reportThread, clock, zone);
    }

    /** What the till shows of the store. */
    public StoreStates states() {
        return states;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (budget != null) {
                budget.close();
            }
            if (reportThread != null) {
                reportThread.shutdownNow();
            }
        }
        sender.close();
        pool.close();
    }

    /** The sender's status as the screens' {@link StoreState}. */
    static StoreState stateOf(StoreStatus s) {
        StoreState.Link link = switch (s.problem()) {
            case LOGIN_REFUSED, TILL_NOT_REGISTERED, SCHEMA, REFUSED -> StoreState.Link.REFUSED;
            case NONE, UNREACHABLE, LOCAL_LOG, OTHER -> switch (s.reachability()) {
                case NOT_YET_TRIED -> StoreState.Link.CONNECTING;
                case REACHABLE -> StoreState.Link.REACHABLE;
                case UNREACHABLE -> StoreState.Link.UNREACHABLE;
            };
        };
        return new StoreState(link, Math.max(0, s.waiting()), Math.max(0, s.conflicts()));
    }

    private record SenderStates(StoreSender sender) implements StoreStates {
        @Override
        public StoreState current() {
            return stateOf(sender.status());
        }

        @Override
        public AutoCloseable follow(Consumer<StoreState> listener) {
            Runnable stop = sender.subscribe(status -> listener.accept(stateOf(status)));
            return stop::run;
        }
    }
}
