package app.mixpos.receipts;

import app.mixpos.sale.Reason;
import app.mixpos.sale.Reason.LinkFailure;
import app.mixpos.sale.Reason.MismatchField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the English sentences that receipt logs before schema version 4 stored in {@code detail}, word for
 * word as the app of that release wrote them, and turns them back into {@link Reason}s. Anything else is kept as
 * {@link Reason#LEGACY_TEXT}. These sentences are frozen history: the app no longer writes them.
 */
final class LegacyReasons {

    static final String STOPPED_BEFORE_LINK =
            "The app stopped before the payment link was shown, so nothing can have been paid.";
    private static final String LINK_FAILED = "Could not create the payment link: ";
    private static final String NOT_CHARGED = ". Nothing was charged. Try again.";
    private static final Pattern REFUSED = Pattern.compile("MixPay refused it: (.*) \\(code (-?\\d+)\\)", Pattern.DOTALL);

    private static final Pattern ENVELOPE = Pattern.compile("MixPay's answer was not marked successful");
    private static final Pattern STATUS = Pattern.compile("status is '(.*)', not 'success'", Pattern.DOTALL);
    private static final Pattern TRACE = Pattern.compile("paid for another payment \\(trace id (.*)\\)", Pattern.DOTALL);
    private static final Pattern PAYEE = Pattern.compile("paid to another payee \\((.*)\\)", Pattern.DOTALL);
    private static final Pattern ASSET =
            Pattern.compile("priced in another currency \\((.*) instead of (\\S*)\\)", Pattern.DOTALL);
    private static final Pattern AMOUNT =
            Pattern.compile("for another amount \\((.*) instead of (\\S*)\\)", Pattern.DOTALL);

    private LegacyReasons() {
    }

    /**
     * The reasons an old {@code detail} stood for.
     *
     * @param traceId the sale's trace id and {@code payeeId} its payee: what the old sentences did not repeat,
     *                the {@code expected} of a trace or payee mismatch
     */
    static List<Reason> recognise(String detail, String traceId, String payeeId) {
        if (detail == null || detail.isEmpty()) {
            return List.of();
        }
        if (detail.equals(STOPPED_BEFORE_LINK)) {
            return List.of(Reason.stoppedBeforeLink());
        }
        if (detail.startsWith(LINK_FAILED) && detail.endsWith(NOT_CHARGED)) {
            Reason link = linkFailure(detail.substring(LINK_FAILED.length(), detail.length() - NOT_CHARGED.length()));
            return List.of(link == null ? Reason.legacyText(detail) : link);
        }
        List<Reason> mismatches = new ArrayList<>();
        for (String part : detail.split("; ", -1)) {
            Reason r = mismatch(part, traceId, payeeId);
            if (r == null) {
                return List.of(Reason.legacyText(detail));
            }
            mismatches.add(r);
        }
        return List.copyOf(mismatches);
    }

    private static Reason linkFailure(String why) {
        switch (why) {
            case "MixPay could not be reached":
                return Reason.linkFailed(LinkFailure.UNREACHABLE);
            case "MixPay is busy (too many requests)":
                return Reason.linkFailed(LinkFailure.BUSY);
            case "MixPay is under maintenance":
                return Reason.linkFailed(LinkFailure.MAINTENANCE);
            default:
                Matcher m = REFUSED.matcher(why);
                if (!m.matches()) {
                    return null;
                }
                try {
                    return Reason.linkRefused(Integer.parseInt(m.group(2)), m.group(1));
                } catch (NumberFormatException tooLong) {
                    return null;
                }
        }
    }

    private static Reason mismatch(String part, String traceId, String payeeId) {
        Matcher m;
        if (ENVELOPE.matcher(part).matches()) {
            return Reason.mismatch(MismatchField.ENVELOPE, "true", "false");
        }
        if ((m = STATUS.matcher(part)).matches()) {
            return Reason.mismatch(MismatchField.STATUS, "success", m.group(1));
        }
        if ((m = TRACE.matcher(part)).matches()) {
            return Reason.mismatch(MismatchField.TRACE, traceId, sent(m.group(1)));
        }
        if ((m = PAYEE.matcher(part)).matches()) {
            return Reason.mismatch(MismatchField.PAYEE, payeeId, sent(m.group(1)));
        }
        if ((m = ASSET.matcher(part)).matches()) {
            return Reason.mismatch(MismatchField.ASSET, m.group(2), sent(m.group(1)));
        }
        if ((m = AMOUNT.matcher(part)).matches()) {
            return Reason.mismatch(MismatchField.AMOUNT, m.group(2), sent(m.group(1)));
        }
        return null;
    }

    /** The old sentences said "none" where MixPay sent nothing. */
    private static String sent(String shown) {
        return "none".equals(shown) ? null : shown;
    }
}
