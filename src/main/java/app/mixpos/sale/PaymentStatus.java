package app.mixpos.sale;

import java.util.Locale;
import java.util.Objects;

/**
 * MixPay's {@code data.status}. The set is open: a value this app does not know is kept verbatim
 * as {@link Kind#UNKNOWN}, which is never final and never a success.
 */
public record PaymentStatus(Kind kind, String wire) {

    public enum Kind { UNPAID, CONFIRMING, PAID_LESS, PENDING, AUDITING, SUCCESS, FAILED, UNKNOWN }

    public static final PaymentStatus UNPAID = new PaymentStatus(Kind.UNPAID, "unpaid");

    public PaymentStatus {
        Objects.requireNonNull(kind, "kind");
        wire = wire == null ? "" : wire;
    }

    public static PaymentStatus of(String wire) {
        String w = wire == null ? "" : wire.strip();
        Kind kind = switch (w.toLowerCase(Locale.ROOT)) {
            case "unpaid" -> Kind.UNPAID;
            case "confirming" -> Kind.CONFIRMING;
            case "paid_less" -> Kind.PAID_LESS;
            case "pending" -> Kind.PENDING;
            case "auditing" -> Kind.AUDITING;
            case "success" -> Kind.SUCCESS;
            case "failed" -> Kind.FAILED;
            default -> Kind.UNKNOWN;
        };
        return new PaymentStatus(kind, w);
    }

    /** Only {@code success} and {@code failed} end a payment; everything else keeps being asked about. */
    public boolean isFinal() {
        return kind == Kind.SUCCESS || kind == Kind.FAILED;
    }

    @Override
    public String toString() {
        return wire;
    }
}
