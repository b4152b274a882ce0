package app.mixpos.ui;

import app.mixpos.sale.Reason;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stored {@link Reason}s in the English the screens showed before reasons were coded, word for word. A stand-in
 * until the bundle-based renderer replaces it; the sentences are the ones the receipt log's migration recognises.
 */
public final class ReasonSentences {

    /** How every link failure's sentence starts. */
    public static final String LINK_FAILED = "Could not create the payment link: ";

    private ReasonSentences() {
    }

    /** The reasons as one text, joined with {@code "; "}; empty when there are none. */
    public static String of(List<Reason> reasons) {
        return reasons.stream().map(ReasonSentences::of).collect(Collectors.joining("; "));
    }

    /** True when the reasons say the payment link could not be made. */
    public static boolean isLinkFailure(List<Reason> reasons) {
        return reasons.stream().anyMatch(r -> Reason.LINK_FAILED.equals(r.code()));
    }

    static String of(Reason r) {
        return switch (r.code()) {
            case Reason.STOPPED_BEFORE_LINK ->
                    "The app stopped before the payment link was shown, so nothing can have been paid.";
            case Reason.LINK_FAILED -> LINK_FAILED + linkFailure(r) + ". Nothing was charged. Try again.";
            case Reason.MISMATCH -> mismatch(r);
            case Reason.LEGACY_TEXT -> r.arg("text");
            default -> r.toString();
        };
    }

    private static String linkFailure(Reason r) {
        return switch (String.valueOf(r.arg("cause"))) {
            case "UNREACHABLE" -> "MixPay could not be reached";
            case "BUSY" -> "MixPay is busy (too many requests)";
            case "MAINTENANCE" -> "MixPay is under maintenance";
            default -> "MixPay refused it: " + r.arg("message") + " (code " + r.arg("code") + ")";
        };
    }

    private static String mismatch(Reason r) {
        String got = r.arg("got") == null ? "none" : r.arg("got");
        String expected = r.arg("expected");
        return switch (String.valueOf(r.arg("field")).toUpperCase(Locale.ROOT)) {
            case "ENVELOPE" -> "MixPay's answer was not marked successful";
            case "STATUS" -> "status is '" + got + "', not '" + expected + "'";
            case "TRACE" -> "paid for another payment (trace id " + got + ")";
            case "PAYEE" -> "paid to another payee (" + got + ")";
            case "ASSET" -> "priced in another currency (" + got + " instead of " + expected + ")";
            case "AMOUNT" -> "for another amount (" + got + " instead of " + expected + ")";
            default -> r.toString();
        };
    }
}
