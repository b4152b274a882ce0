package app.mixpos.wiring;

import app.mixpos.sale.Sale;
import app.mixpos.training.Fault;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.training.Scenario;
import app.mixpos.training.SimulatedCustomer;
import app.mixpos.ui.CustomerAction;
import app.mixpos.ui.TrainingCustomer;
import java.time.Duration;
import java.util.function.Supplier;

/** Training mode's customer panel, acting on the embedded simulator as a phone and a network would. */
public final class SimulatorCustomer implements TrainingCustomer {

    private final Supplier<MixPaySimulator> simulator;

    /** @param simulator the engine's simulator; may block until the engine has opened */
    public SimulatorCustomer(Supplier<MixPaySimulator> simulator) {
        this.simulator = simulator;
    }

    @Override
    public void perform(Sale sale, CustomerAction action) {
        MixPaySimulator mixpay = simulator.get();
        switch (action) {
            case GO_SLOW -> {
                mixpay.faults().slowDelay(Duration.ofSeconds(8));
                mixpay.faults().next(Fault.SLOW, 3);
            }
            default -> customer(mixpay, sale).play(scenario(action));
        }
    }

    @Override
    public void network(boolean lost) {
        simulator.get().faults().network(lost);
    }

    private static SimulatedCustomer customer(MixPaySimulator mixpay, Sale sale) {
        return mixpay.customer(sale.traceId()).orElseGet(() -> mixpay.scan(sale.paymentLink()));
    }

    static Scenario scenario(CustomerAction action) {
        return switch (action) {
            case PAY_EXACTLY -> Scenario.PAY_EXACTLY;
            case PAY_LESS_THEN_TOP_UP -> Scenario.PAY_LESS_THEN_TOP_UP;
            case OVERPAY -> Scenario.OVERPAY;
            case CONFIRMING_SLOWLY -> Scenario.CONFIRMING_SLOWLY;
            case PENDING -> Scenario.PENDING_THEN_SUCCESS;
            case AUDITING -> Scenario.AUDITING_THEN_SUCCESS;
            case FAIL_40000 -> Scenario.FAIL_40000;
            case FAIL_40020 -> Scenario.FAIL_40020;
            case FAIL_40024 -> Scenario.FAIL_40024;
            case FAIL_40025 -> Scenario.FAIL_40025;
            case GO_SLOW -> throw new IllegalArgumentException(action + " is not a customer scenario");
        };
    }
}
