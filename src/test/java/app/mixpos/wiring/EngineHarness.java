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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The app's real engine (MixPay client over HTTP, SQLite receipt log, checkout) against a MixPay simulator on
 * loopback, on one manual clock. The simulator lives apart from the engine so an engine can be thrown away
 * and a new one started on the same data folder while the customer's payment carries on.
 */
final class EngineHarness implements AutoCloseable {

    static final String PAYEE = "5f1e2d3c-4b5a-4697-8877-665544332211";

    final MutableClock clock = MutableClock.atSomeMorning();
    final MixPaySimulator mixpay;
    final Path dataDir;
    private final LinkMode mode;
    ManualScheduler scheduler;
    PosEngine engine;

    EngineHarness(Path dataDir, LinkMode mode) throws IOException {
        this.dataDir = dataDir;
        this.mode = mode;
        this.mixpay = MixPaySimulator.start(clock);
        startEngine();
    }

    Settings settings() {
        return new Settings(dataDir, PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, "usd", mixpay.apiUrl(),
                mixpay.payUrl(), mode, false, 40);
    }

    /** A fresh engine on the same data folder, as after the app was killed and started again. */
    void startEngine() throws IOException {
        scheduler = new ManualScheduler(clock);
        engine = PosEngine.open(settings(), new EngineRuntime(clock, scheduler, Runnable::run, new Random(3), () -> {
        }));
        engine.start();
    }

    /** Drops the engine without any goodbye: nothing of its memory survives, only the data folder. */
    void crashEngine() {
        engine.close();
        engine = null;
        scheduler = new ManualScheduler(clock);
    }

    SaleSnapshot charge(String amount, QuoteAsset asset) {
        AmountResult r = AmountParser.parse(amount, asset);
        SaleSnapshot sale = engine.checkout().charge(((AmountResult.Valid) r).amount(), "till 1").join();
        scheduler.runDue();
        return sale;
    }

    SaleSnapshot charge(String amount) {
        return charge(amount, QuoteAsset.USD);
    }

    SimulatedCustomer customerScans(SaleSnapshot sale) {
        return mixpay.scan(sale.sale().paymentLink());
    }

    void advance(Duration d) {
        scheduler.advance(d);
    }

    SaleSnapshot stored(SaleSnapshot sale) {
        return engine.checkout().recent(1000).join().stream()
                .filter(s -> s.orderId().equals(sale.orderId())).findFirst().orElseThrow();
    }

    List<SaleEvent> history(SaleSnapshot sale) {
        return engine.checkout().history(sale.orderId()).join();
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
        mixpay.close();
    }
}
