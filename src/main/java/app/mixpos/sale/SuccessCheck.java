package app.mixpos.sale;

import java.util.ArrayList;
import app.mixpos.sale.Reason.MismatchField;
import java.util.List;
import java.util.Locale;

/**
 * MixPay's security guide (mixpay-api.md section 6): a claimed success counts only when the envelope,
 * status, trace id, payee, quote asset and quote amount all match the sale. Anything else is a mismatch.
 */
public final class SuccessCheck {

    private SuccessCheck() {
    }

    /**
     * The differences between the claimed success and the sale, one {@link Reason#MISMATCH} per checked field that
     * differs, in the order envelope, status, trace, payee, asset, amount; empty means the success is genuine.
     * {@code got} is what MixPay sent (stripped), absent when it sent nothing.
     */
    public static List<Reason> differences(Sale sale, PaymentResult r) {
        List<Reason> diffs = new ArrayList<>();
        if (!r.envelopeSuccess()) {
            diffs.add(Reason.mismatch(MismatchField.ENVELOPE, "true", "false"));
        }
        if (r.status().kind() != PaymentStatus.Kind.SUCCESS) {
            diffs.add(Reason.mismatch(MismatchField.STATUS, "success", r.status().wire()));
        }
        if (!sameTrace(sale, r.traceId())) {
            diffs.add(Reason.mismatch(MismatchField.TRACE, sale.traceId().toString(), sent(r.traceId())));
        }
        if (r.payeeId() == null || !sale.payeeId().equalsIgnoreCase(r.payeeId().strip())) {
            diffs.add(Reason.mismatch(MismatchField.PAYEE, sale.payeeId(), sent(r.payeeId())));
        }
        if (!sale.quoteAsset().hasId(r.quoteAssetId())) {
            diffs.add(Reason.mismatch(MismatchField.ASSET, sale.quoteAsset().assetId(), sent(r.quoteAssetId())));
        }
        if (!sale.amount().sameAs(r.quoteAmount())) {
            diffs.add(Reason.mismatch(MismatchField.AMOUNT, sale.amount().toWire(),
                    r.quoteAmount() == null ? null : r.quoteAmount().toPlainString()));
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
        return id.strip().replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static String sent(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
