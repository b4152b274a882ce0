package app.mixpos.wiring;

import app.mixpos.checkout.CheckoutConfig;
import app.mixpos.checkout.CheckoutEngine;
import app.mixpos.checkout.LocalRequestBudget;
import app.mixpos.checkout.RequestBudget;
import app.mixpos.config.Settings;
import app.mixpos.mixpay.MixPayClient;
import app.mixpos.receipts.ChainCheck;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.ExportRows;
import app.mixpos.records.SaleRecords;
import app.mixpos.reports.Reports;
import app.mixpos.training.MixPaySimulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything behind the screens, assembled from settings: the receipt log, the MixPay client (pointed at the
 * embedded simulator in training mode), the request budget and the checkout engine. No JavaFX here, so tests
 * and benchmarks build the very same engine the app runs.
 */
public final class PosEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PosEngine.class);
    /** Requests MixPay may see in one burst. */
    static final int BURST = 6;

    private final CheckoutEngine checkout;
    private final SaleRecords records;
    private final Reports reports;
    private final ReceiptLog log;
    private final MixPaySimulator simulator;
    private final OkHttpClient http;
    private final EngineRuntime runtime;
    private final Path logFile;
    private final ExportRows exportRows;
    /** Store mode's link to the store database; null standalone. */
    private final StoreLink link;

    private PosEngine(CheckoutEngine checkout, SaleRecords records, Reports reports, ReceiptLog log, MixPaySimulator simulator, OkHttpClient http,
                      EngineRuntime runtime, Path logFile, ExportRows exportRows, StoreLink link) {
        this.checkout = checkout;
        this.records = records;
        this.reports = reports;
        this.log = log;
        this.simulator = simulator;
        this.http = http;
        this.runtime = runtime;
        this.logFile = logFile;
        this.exportRows = exportRows;
        this.link = link;
    }

    /** The till's id; a till that has never started (only {@code --verify-log} sees one) is the unnamed till. */
    static String tillOf(Settings settings) {
        return settings.tillId() == null ? Settings.UNNAMED_TILL : settings.tillId();
    }

    /** The receipt log's file: training sales are kept apart from real ones. */
    public static Path receiptLogFile(Settings settings) {
        return LogVerification.fileFor(settings);
    }

    /** Opens the receipt log and builds the engine; call {@link #start()} once the first frame is up. */
    public static PosEngine open(Settings settings, EngineRuntime runtime) throws IOException {
        return open(settings, runtime, MixPayClient.defaultHttpClient());
    }

    /**
     * As {@link #open(Settings, EngineRuntime)}, with MixPay reached through {@code http} instead of the default
     * client: reliability tests use short timeouts and a DNS that fails on purpose. The engine owns {@code http}
     * and shuts its threads down on {@link #close()}.
     */
    public static PosEngine open(Settings settings, EngineRuntime runtime, OkHttpClient http) throws IOException {
        Path file = receiptLogFile(settings);
        ReceiptLog log = ReceiptLog.open(file, tillOf(settings));
        MixPaySimulator simulator = null;
        StoreLink link = null;
        try {
            link = openStore(settings, log, runtime);
            URI api = settings.apiUrl();
            URI pay = settings.payUrl();
            if (settings.training()) {
                simulator = MixPaySimulator.start(runtime.clock());
                api = simulator.apiUrl();
                pay = simulator.payUrl();
            }
            MixPayClient client = new MixPayClient(http, MixPayClient.defaultObjectMapper(), api, pay,
                    runtime.clock());
            RequestBudget budget = budget(settings, runtime, link);
            client.setRateLimitListener((limit, remaining) -> {
                if (remaining >= 0) {
                    budget.observeRemaining(remaining);
                }
            });
            CheckoutConfig config = new CheckoutConfig(settings.effectivePayee(), settings.settlementAssetId(),
                    settings.linkMode(), settings.paymentExpiry(), tillOf(settings));
            ReceiptLogStore store = new ReceiptLogStore(log);
            CheckoutEngine checkout = new CheckoutEngine(config, new MixPayGateway(client), store, store,
                    budget, runtime.scheduler(), runtime.io(), runtime.clock(), runtime.random());
            SaleRecords records = new SaleRecords(store, runtime.io());
            // the shop's days and hours are the computer's time zone
            Reports reports = new Reports(store, store, runtime.reports(), runtime.clock(), ZoneId.systemDefault(),
                    tillOf(settings));
            if (link != null) {
                reports = reports.withShop(link.shopReports(settings.store().shopId(), runtime.clock(),
                        reports.zone()));
            }
            if (link != null) {
                StoreLink sender = link;
                checkout.addListener(sale -> sender.nudge());
            }
            LOG.info("Engine ready: {} mode, receipt log {}, MixPay at {}",
                    settings.training() ? "training" : "live", file, api);
            return new PosEngine(checkout, records, reports, log, simulator, http, runtime, file, store, link);
        } catch (IOException | RuntimeException e) {
            if (link != null) {
                link.close();
            }
            log.close();
            if (simulator != null) {
                simulator.close();
            }
            throw e;
        }
    }

    /**
     * Store mode's link, or null standalone. A link that cannot even be built (a driver setting the pool refuses) is
     * logged and the till sells standalone: the store is never a reason not to sell.
     */
    private static StoreLink openStore(Settings settings, ReceiptLog log, EngineRuntime runtime) {
        if (!settings.store().enabled()) {
            return null;
        }
        if (settings.training()) {
            // training sales are not the shop's: they stay in the training log and never reach the store's totals
            LOG.info("Store mode is off in training mode: training sales are not sent to the store");
            return null;
        }
        try {
            return StoreLink.open(settings.store(), tillOf(settings), log, runtime.clock(), runtime.io());
        } catch (RuntimeException e) {
            LOG.error("Store mode could not be set up for {} ({}); this till sells on standalone and keeps every "
                    + "change in its outbox for when it can", StoreLink.withoutQuery(settings.store().url()),
                    e.getClass().getSimpleName(), e);
            return null;
        }
    }

    /**
     * The MixPay request budget: standalone (and in training) this till's own; in store mode the till's part of its
     * budget address's, shared with the shop's other tills through the store ({@link StoreLink#budget}).
     */
    private static RequestBudget budget(Settings settings, EngineRuntime runtime, StoreLink link) {
        if (link != null) {
            return link.budget(settings.store(), tillOf(settings), runtime.clock());
        }
        return new LocalRequestBudget(runtime.clock(), settings.requestsPerMinute(), BURST);
    }

    /**
     * Verifies the receipt log's hash chain on a read-only connection of its own, beside the running till (a
     * million sales take seconds, and selling must not wait). A break is logged and becomes a sentence for the
     * cashier; the till keeps working.
     */
    public CompletableFuture<Optional<String>> checkChain() {
        return CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            ChainCheck check = ReceiptLog.verifyFile(logFile);
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (check.isIntact()) {
                LOG.info("Receipt log chain intact: {} events checked in {} ms", check.events(), ms);
                return Optional.empty();
            }
            LOG.error("{} Someone changed the file outside MixPay POS, or it was damaged.",
                    LogVerification.describe(logFile, check));
            return Optional.of("The receipt log was changed outside MixPay POS ("
                    + LogVerification.where(check) + ": " + check.problem() + "). Sales still work. Tell the owner, and keep a copy of "
                    + logFile + ".");
        }, runtime.io());
    }

    /**
     * Resumes unfinished sales and refreshes the asset lists in the background; returns at once (the work runs on
     * the sales' owner lane) with a future that completes once every unfinished sale is resumed or voided.
     */
    public CompletableFuture<Void> start() {
        if (link != null) {
            runtime.io().execute(link::start);
        }
        return checkout.start();
    }

    /** Store mode's link (the shop's sales, the store's state), empty standalone. */
    public Optional<StoreLink> store() {
        return Optional.ofNullable(link);
    }

    public CheckoutEngine checkout() {
        return checkout;
    }

    /** Lists, look-ups and totals, read off the caller's thread. */
    public SaleRecords records() {
        return records;
    }

    /** The receipt log's rows streamed for exports (call off the FX thread). */
    public ExportRows exportRows() {
        return exportRows;
    }

    /** The X and Z reports of this till's receipt log, read and written off the caller's thread. */
    public Reports reports() {
        return reports;
    }

    /** The embedded MixPay, present in training mode only. */
    public Optional<MixPaySimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    public Path receiptLogFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (link != null) {
            link.close();
        }
        try {
            runtime.resources().close();
        } catch (Exception e) {
            LOG.warn("Stopping the engine's threads failed", e);
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        if (simulator != null) {
            simulator.close();
        }
        log.close();
    }
}
