package app.mixpos.ui.shell;

import app.mixpos.checkout.ConnectionHealth;

/** The line above the screens that says, before a sale, whether MixPay can be reached and what to do if not. */
final class Reachability {

    static final String UNREACHABLE = "MixPay cannot be reached";

    private Reachability() {
    }

    /** Empty while MixPay answers (or has not been asked yet); otherwise what is wrong and what to do. */
    static String sentence(ConnectionHealth health) {
        if (health == null || !health.trouble()) {
            return "";
        }
        String problem = health.problem() == null || health.problem().isBlank() ? UNREACHABLE : health.problem();
        if (problem.startsWith(UNREACHABLE)) {
            return UNREACHABLE + " — check the internet connection; sales can't be taken until it is back.";
        }
        if (problem.contains("slow down")) {
            return problem + " — a new sale may wait a few seconds for its QR.";
        }
        return problem + " — sales can't be taken until MixPay answers again; try again in a few minutes.";
    }
}
