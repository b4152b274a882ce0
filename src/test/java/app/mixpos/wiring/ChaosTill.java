package app.mixpos.wiring;

import app.mixpos.checkout.CheckoutConfig;
import app.mixpos.checkout.CheckoutEngine;
import app.mixpos.checkout.CheckoutListener;
import app.mixpos.checkout.ExecutorScheduler;
import app.mixpos.checkout.TaskScheduler;
import app.mixpos.config.Settings;
import app.mixpos.mixpay.MixPayClient;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentExpiry;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.store.Backoff;
import app.mixpos.store.StoreBudgetConfig;
import app.mixpos.store.StoreDataSource;
import app.mixpos.store.StoreRequestBudget;
import app.mixpos.store.StoreSender;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;

/**
 * One till in store mode as the chaos run and the store benches run it: its own receipt log, the real checkout
 * engine against MixPay (the simulator), the shared MixPay budget and the outbox sender on one store database; the
 * engine's scheduler runs {@code factor} times faster than real time, like the clock it is given.
 */
public final class ChaosTill implements AutoCloseable {

    public static final String PAYEE = "5f1e2d3c-4b5a-4697-8877-665544332211";

    /** Where the till keeps its log, how it reaches MixPay and the store, and its clock. */
    public record Options(Path logFile, String tillId, LinkMode mode, URI api, URI pay, Clock clock, String storeUrl,
                          String user, String password, StoreBudgetConfig budget) {
    }

    private final String tillId;
    private final ReceiptLog log;
    private final CheckoutEngine engine;
    private final StoreSender sender;
    private final StoreRequestBudget budget;
    private final HikariDataSource pool;
    private final ExecutorScheduler lane;
    private final ExecutorService io;
    private final OkHttpClient http;
    private final Map<String, CompletableFuture<SaleSnapshot>> finals = new ConcurrentHashMap<>();
    private final Map<String, Long> paidSeen = new ConcurrentHashMap<>();

    private ChaosTill(Options o) {
        this.tillId = o.tillId();
        this.log = ReceiptLog.open(o.logFile(), o.tillId());
        this.pool = StoreDataSource.open(o.storeUrl(), o.user(), o.password(), o.tillId());
        this.budget = StoreRequestBudget.start(pool, o.budget(), o.clock());
        this.http = MixPayClient.defaultHttpClient();
        MixPayClient client = new MixPayClient(http, MixPayClient.defaultObjectMapper(), o.api(), o.pay(), o.clock());
        client.setRateLimitListener((limit, remaining) -> {
            if (remaining >= 0) {
                budget.observeRemaining(remaining);
            }
        });
        this.lane = new ExecutorScheduler("chaos-lane-" + tillId);
        double factor = o.budget().timeScale();
        TaskScheduler scaled = (delay, task) -> lane.schedule(Duration.ofNanos((long) (delay.toNanos() / factor)),
                task);
        this.io = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "chaos-io-" + tillId);
            t.setDaemon(true);
            return t;
        });
        ReceiptLogStore store = new ReceiptLogStore(log);
        CheckoutConfig config = new CheckoutConfig(PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, o.mode(),
                PaymentExpiry.DEFAULT, tillId);
        this.engine = new CheckoutEngine(config, new MixPayGateway(client), store, store,
                SharedRequestBudget.of(budget), scaled, io,
                o.clock(), new Random(tillId.hashCode()));
        this.sender = new StoreSender(new ReceiptLogChanges(log, tillId), pool, o.clock(),
                new Backoff(Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofSeconds(2)), 100, false);
        engine.addListener(new CheckoutListener() {
            @Override
            public void saleChanged(SaleSnapshot sale) {
                if (sale.state().outcome() == Outcome.PAID) {
                    paidSeen.putIfAbsent(sale.orderId(), System.nanoTime());
                }
                // CREATING needs no watching either, but it is the first step, not the end
                if (sale.state().outcome().isSettledForCashier() && !sale.state().needsWatching()) {
                    finals.computeIfAbsent(sale.orderId(), k -> new CompletableFuture<>()).complete(sale);
                }
                sender.nudge();
            }
        });
    }

    /** Opens the till and starts its engine (resuming unfinished sales) and its sender. */
    public static ChaosTill open(Options options) {
        ChaosTill till = new ChaosTill(options);
        till.engine.start();
        till.sender.start();
        return till;
    }

    public String tillId() {
        return tillId;
    }

    /** Charges {@code amount} USD; completes with the open sale once its QR would be on screen. */
    public CompletableFuture<SaleSnapshot> charge(String amount) {
        AmountResult parsed = AmountParser.parse(amount, QuoteAsset.USD);
        return engine.charge(((AmountResult.Valid) parsed).amount(), null);
    }

    /**
     * Completes once the sale has an outcome for the cashier and needs no more asking (its final state, in the log);
     * not at its first step, CREATING, which needs no asking either.
     */
    public CompletableFuture<SaleSnapshot> finished(String orderId) {
        return finals.computeIfAbsent(orderId, k -> new CompletableFuture<>());
    }

    /**
     * When ({@link System#nanoTime()}) the engine told its listeners that the sale was paid: the moment the screens
     * (which observe the same listeners through the till model) are told to show Paid; null if it was not paid.
     */
    public Long paidSeenAt(String orderId) {
        return paidSeen.get(orderId);
    }

    public List<SaleSnapshot> sales() {
        return log.recent(1_000_000);
    }

    public ReceiptLog log() {
        return log;
    }

    public StoreSender sender() {
        return sender;
    }

    public StoreRequestBudget budget() {
        return budget;
    }

    public CheckoutEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        sender.close();
        budget.close();
        lane.close();
        io.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        pool.close();
        log.close();
    }
}
