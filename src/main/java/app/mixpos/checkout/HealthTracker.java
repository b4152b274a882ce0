package app.mixpos.checkout;

import java.time.Instant;
import java.util.Objects;

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
        current = new ConnectionHealth(false, at, null);
        if (before.trouble() || before.lastGoodAnswer() == null) {
            listener.connectionChanged(current);
        }
    }

    void failed(GatewayException e) {
        ConnectionHealth before = current;
        current = new ConnectionHealth(true, before.lastGoodAnswer(), describe(e));
        onTrouble.run();
        if (!before.trouble() || !Objects.equals(before.problem(), current.problem())) {
            listener.connectionChanged(current);
        }
    }

    static String describe(GatewayException e) {
        if (e.isMaintenance()) {
            return "MixPay is under maintenance";
        }
        return switch (e.kind()) {
            case TRANSIENT -> "MixPay cannot be reached";
            case RATE_LIMITED -> "MixPay asks us to slow down";
            case REJECTED -> "MixPay refused the request (code " + e.code() + ")";
        };
    }
}
