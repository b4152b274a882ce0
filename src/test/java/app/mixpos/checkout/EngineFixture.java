package app.mixpos.checkout;

import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.FakeGateway;
import app.mixpos.testing.InMemorySaleStore;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A checkout engine on a fake clock, a manual scheduler, a scripted MixPay and an in-memory log. */
final class EngineFixture {

    static final String PAYEE = "8a3c2e0f-6a5b-4c1d-9e8f-0a1b2c3d4e5f";

    final MutableClock clock = MutableClock.atSomeMorning();
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final FakeGateway gateway = new FakeGateway(clock);
    final InMemorySaleStore store;
    final RequestBudget budget;
    final List<SaleSnapshot> told = new ArrayList<>();
    final List<ConnectionHealth> healthTold = new ArrayList<>();
    final CheckoutEngine engine;

    EngineFixture() {
        this(new InMemorySaleStore());
    }

    EngineFixture(InMemorySaleStore store) {
        this(store, LinkMode.ONE_TIME);
    }

    EngineFixture(InMemorySaleStore store, LinkMode mode) {
        this(store, mode, 40);
    }

    EngineFixture(InMemorySaleStore store, LinkMode mode, int requestsPerMinute) {
        this.store = store;
        this.budget = new LocalRequestBudget(clock, requestsPerMinute, 6);
        engine = new CheckoutEngine(new CheckoutConfig(PAYEE, "4d8c508b-91c5-375b-92b0-ee702ed2dac5", mode), gateway, store, store, budget, scheduler, Runnable::run, clock, new Random(7));
        engine.addListener(new CheckoutListener() {
            @Override
            public void saleChanged(SaleSnapshot sale) {
                told.add(sale);
            }

            @Override
            public void connectionChanged(ConnectionHealth health) {
                healthTold.add(health);
            }
        });
    }

    SaleSnapshot charge(String amount) {
        AmountResult r = AmountParser.parse(amount, QuoteAsset.USD);
        SaleSnapshot s = scheduler.await(engine.charge(((AmountResult.Valid) r).amount(), null), Duration.ofSeconds(10));
        scheduler.runDue();
        return s;
    }

    SaleSnapshot current(SaleSnapshot s) {
        return store.byOrderId(s.orderId()).orElseThrow();
    }

    void advance(Duration d) {
        scheduler.advance(d);
    }
}
