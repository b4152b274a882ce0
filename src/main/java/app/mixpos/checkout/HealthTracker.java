package app.mixpos.checkout;

import app.mixpos.checkout.ConnectionHealth.Problem;
import java.time.Instant;

/** Keeps {@link ConnectionHealth} and reports it when what a cashier would read changes. */
final class HealthTracker {

    private final CheckoutListener listener;
    private volatile ConnectionHealth current = ConnectionHealth.UNKNOWN;
    private volatile Runnable onTrouble = () -> { };

    HealthTracker(CheckoutListener listener) {
        this.listener = listener;
    }

    /** Run (on the failing thread) each time MixPay is found not answering. */
    void whenTrouble(Runnable action) {
        onTrouble = action;
    }

    ConnectionHealth current() {
        return current;
    }

    void answered(Instant at) {
        ConnectionHealth before = current;
        current = new ConnectionHealth(false, at, null, 0);
        if (before.trouble() || before.lastGoodAnswer() == null) {
            listener.connectionChanged(current);
        }
    }

    void failed(GatewayException e) {
        ConnectionHealth before = current;
        current = describe(e, before.lastGoodAnswer());
        onTrouble.run();
        if (!before.trouble() || before.problem() != current.problem()
                || before.mixPayCode() != current.mixPayCode()) {
            listener.connectionChanged(current);
        }
    }

    /** The trouble {@code e} is, as a code: the screens put it in words. */
    static ConnectionHealth describe(GatewayException e, Instant lastGoodAnswer) {
        if (e.isMaintenance()) {
            return new ConnectionHealth(true, lastGoodAnswer, Problem.MAINTENANCE, e.code());
        }
        return switch (e.kind()) {
            case TRANSIENT -> new ConnectionHealth(true, lastGoodAnswer, Problem.UNREACHABLE);
            case RATE_LIMITED -> new ConnectionHealth(true, lastGoodAnswer, Problem.RATE_LIMITED);
            case REJECTED -> new ConnectionHealth(true, lastGoodAnswer, Problem.REFUSED, e.code());
        };
    }
}
