package app.mixpos.sale;

import java.util.Locale;

/** Progress of refunding an overpayment ({@code surplusStatus}); the screens put it in words (ui/text). */
public enum SurplusStatus {
    NO("no"), PENDING("pending"), SENDING("sending"), SUCCESS("success"), EXPIRED("expired"), UNKNOWN("");

    private final String wire;

    SurplusStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** A missing or empty value means there is nothing to refund. */
    public static SurplusStatus of(String wire) {
        if (wire == null || wire.isBlank()) {
            return NO;
        }
        String w = wire.strip().toLowerCase(Locale.ROOT);
        for (SurplusStatus s : values()) {
            if (s != UNKNOWN && s.wire.equals(w)) {
                return s;
            }
        }
        return UNKNOWN;
    }

    /** True when nothing more will happen to the refund. */
    public boolean isFinal() {
        return this == NO || this == SUCCESS || this == EXPIRED;
    }
}
