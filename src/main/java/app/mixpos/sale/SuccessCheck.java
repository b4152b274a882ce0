package app.mixpos.sale;

import java.util.ArrayList;
import java.util.List;

/**
 * MixPay's security guide (mixpay-api.md section 6): a claimed success counts only when the envelope,
 * status, trace id, payee, quote asset and quote amount all match the sale. Anything else is a mismatch.
 */
public final class SuccessCheck {

    private SuccessCheck() {
    }

    /** The differences between the claimed success and the sale; empty means the success is genuine. */
    public static List<String> differences(Sale sale, PaymentResult r) {
        List<String> diffs = new ArrayList<>();
        if (!r.envelopeSuccess()) {
            diffs.add("MixPay's answer was not marked successful");
        }
        if (r.status().kind() != PaymentStatus.Kind.SUCCESS) {
            diffs.add("status is '" + r.status().wire() + "', not 'success'");
        }
        if (!sameTrace(sale, r.traceId())) {
            diffs.add("paid for another payment (trace id " + show(r.traceId()) + ")");
        }
        if (r.payeeId() == null || !sale.payeeId().equalsIgnoreCase(r.payeeId().strip())) {
            diffs.add("paid to another payee (" + show(r.payeeId()) + ")");
        }
        if (!sale.quoteAsset().hasId(r.quoteAssetId())) {
            diffs.add("priced in another currency (" + show(r.quoteAssetId()) + " instead of "
                    + sale.quoteAsset().assetId() + ")");
        }
        if (!sale.amount().sameAs(r.quoteAmount())) {
            diffs.add("for another amount (" + (r.quoteAmount() == null ? "none" : r.quoteAmount().toPlainString())
                    + " instead of " + sale.amount().toWire() + ")");
        }
        return List.copyOf(diffs);
    }

    public static boolean isGenuineSuccess(Sale sale, PaymentResult r) {
        return differences(sale, r).isEmpty();
    }

    /** MixPay has shown trace ids with and without dashes; both spell the same UUID. */
    private static boolean sameTrace(Sale sale, String traceId) {
        return traceId != null && compact(sale.traceId().toString()).equals(compact(traceId));
    }

    private static String compact(String id) {
        return id.strip().replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String show(String s) {
        return s == null || s.isBlank() ? "none" : s.strip();
    }
}
