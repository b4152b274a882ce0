package app.mixpos.wiring;

import app.mixpos.config.Settings;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.testing.MutableClock;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.training.SimulatedCustomer;
import app.mixpos.mixpay.MixPayClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * The app's real engine (MixPay client over HTTP, SQLite receipt log, checkout) against a MixPay simulator on
 * loopback, on one manual clock. The simulator lives apart from the engine so an engine can be thrown away
 * and a new one started on the same data folder while the customer's payment carries on.
 * Public so the reliability suites can reuse it with their own HTTP client and API address.
 */
public final class EngineHarness implements AutoCloseable {

    public static final String PAYEE = "5f1e2d3c-4b5a-4697-8877-665544332211";

    public final MutableClock clock = MutableClock.atSomeMorning();
    public final MixPaySimulator mixpay;
    public final Path dataDir;
    private final LinkMode mode;
    private final Function<MutableClock, OkHttpClient> http;
    private final UnaryOperator<URI> apiUrl;
    public ManualScheduler scheduler;
    public PosEngine engine;

    public EngineHarness(Path dataDir, LinkMode mode) throws IOException {
        this(dataDir, mode, clock -> MixPayClient.defaultHttpClient(), UnaryOperator.identity());
    }

    /**
     * @param http   makes a new HTTP client for each engine, on the harness's clock (the engine shuts its
     *               client down when it closes)
     * @param apiUrl the API address the engine is given, from the simulator's own
     */
    public EngineHarness(Path dataDir, LinkMode mode, Function<MutableClock, OkHttpClient> http,
                         UnaryOperator<URI> apiUrl)
            throws IOException {
        this.dataDir = dataDir;
        this.mode = mode;
        this.http = http;
        this.apiUrl = apiUrl;
        this.mixpay = MixPaySimulator.start(clock);
        startEngine();
    }

    public Settings settings() {
        return new Settings(dataDir, PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, "usd", apiUrl.apply(mixpay.apiUrl()),
                mixpay.payUrl(), mode, false, 40);
    }

    /** A fresh engine on the same data folder, as after the app was killed and started again. */
    public void startEngine() throws IOException {
        scheduler = new ManualScheduler(clock);
        engine = PosEngine.open(settings(), new EngineRuntime(clock, scheduler, Runnable::run, new Random(3), () -> {
        }), http.apply(clock));
        engine.start();
    }

    /** Drops the engine without any goodbye: nothing of its memory survives, only the data folder. */
    public void crashEngine() {
        engine.close();
        engine = null;
        scheduler = new ManualScheduler(clock);
    }

    public SaleSnapshot charge(String amount, QuoteAsset asset) {
        AmountResult r = AmountParser.parse(amount, asset);
        SaleSnapshot sale = scheduler.await(engine.checkout().charge(((AmountResult.Valid) r).amount(), "till 1"),
                Duration.ofSeconds(10));
        scheduler.runDue();
        return sale;
    }

    public SaleSnapshot charge(String amount) {
        return charge(amount, QuoteAsset.USD);
    }

    public SimulatedCustomer customerScans(SaleSnapshot sale) {
        return mixpay.scan(sale.sale().paymentLink());
    }

    public void advance(Duration d) {
        scheduler.advance(d);
    }

    public SaleSnapshot stored(SaleSnapshot sale) {
        return engine.records().recent(1000).join().stream()
                .filter(s -> s.orderId().equals(sale.orderId())).findFirst().orElseThrow();
    }

    public List<SaleEvent> history(SaleSnapshot sale) {
        return engine.records().history(sale.orderId()).join();
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
        mixpay.close();
    }
}
