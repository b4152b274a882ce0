package app.mixpos.ui.shell;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.checkout.ConnectionHealth.Problem;
import app.mixpos.ui.text.Texts;

/** The line above the screens that says, before a sale, whether MixPay can be reached and what to do if not. */
final class Reachability {

    private Reachability() {
    }

    /** Empty while MixPay answers (or has not been asked yet); otherwise what is wrong and what to do. */
    static String sentence(Texts texts, ConnectionHealth health) {
        if (health == null || !health.trouble()) {
            return "";
        }
        Problem problem = health.problem() == null ? Problem.UNREACHABLE : health.problem();
        return switch (problem) {
            case UNREACHABLE -> texts.get("shell.reachability.UNREACHABLE");
            case RATE_LIMITED -> texts.get("shell.reachability.RATE_LIMITED");
            case MAINTENANCE -> texts.get("shell.reachability.MAINTENANCE");
            // the code as MixPay wrote it, not grouped as a number ("10003", never "10,003")
            case REFUSED -> texts.get("shell.reachability.REFUSED", String.valueOf(health.mixPayCode()));
        };
    }
}
