package app.mixpos.training;

import java.util.Map;

/** MixPay's English {@code failureReason} for the failure codes the simulator produces. */
final class FailureReasons {

    private static final Map<String, String> REASONS = Map.of(
            "40000", "Payment overtime",
            "40020", "Wrong asset paid",
            "40021", "Double payment",
            "40022", "The trace id does not exist",
            "40024", "Wrong amount paid",
            "40025", "Too much market volatility",
            "40027", "Settlement asset restricted",
            "40032", "Payment cancelled",
            "10095", "Rejected in review");

    private FailureReasons() {
    }

    static String of(String code) {
        return REASONS.getOrDefault(code, "Payment failed");
    }
}
