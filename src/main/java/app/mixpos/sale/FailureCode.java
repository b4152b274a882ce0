package app.mixpos.sale;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * MixPay's {@code failureCode}, an open catalogue: known codes have a {@link #meaning()} of their own (or of their
 * group), every other code is {@link #UNKNOWN}. Branch on the code, never on MixPay's English text; the screens turn
 * the meaning into words (ui/text, {@code failure.<meaning>}).
 */
public record FailureCode(String code) {

    public static final FailureCode NONE = new FailureCode("0");

    /** The refusals of a currency or payee for a payment: one meaning, one sentence at the edge. */
    public static final String REFUSED = "refused";
    /** The old "refunded" codes MixPay still documents: one meaning. */
    public static final String REFUNDED = "refunded";
    /** No reason given ({@link #NONE}). */
    public static final String NO_REASON = "none";
    /** A code this catalogue does not know; the sentence names the code. */
    public static final String UNKNOWN = "unknown";

    /** Each known code's meaning: the code itself where it has a meaning of its own, else the group it is in. */
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("40000", "40000"), Map.entry("40020", "40020"), Map.entry("40021", "40021"),
            Map.entry("40022", "40022"), Map.entry("40024", "40024"), Map.entry("40025", "40025"),
            Map.entry("40027", "40027"), Map.entry("40032", "40032"), Map.entry("10095", "10095"),
            Map.entry("10003", REFUSED), Map.entry("10052", REFUSED), Map.entry("10053", REFUSED),
            Map.entry("10054", REFUSED), Map.entry("10055", REFUSED), Map.entry("10056", REFUSED),
            Map.entry("10057", REFUSED), Map.entry("10067", REFUSED), Map.entry("10068", REFUSED),
            Map.entry("10074", REFUSED), Map.entry("10085", REFUSED), Map.entry("10092", REFUSED),
            Map.entry("10094", REFUSED),
            Map.entry("40001", REFUNDED), Map.entry("40023", REFUNDED), Map.entry("40026", REFUNDED),
            Map.entry("40028", REFUNDED), Map.entry("10034", REFUNDED), Map.entry("10096", REFUNDED),
            Map.entry("10097", REFUNDED));

    public FailureCode {
        Objects.requireNonNull(code, "code");
        code = code.strip();
        if (code.isEmpty()) {
            code = "0";
        }
    }

    public static FailureCode of(String code) {
        return code == null ? NONE : new FailureCode(code);
    }

    public boolean isNone() {
        return "0".equals(code);
    }

    public boolean isKnown() {
        return MEANINGS.containsKey(code);
    }

    /**
     * What the code means, as a stable identifier a screen turns into words: the code itself when it has a meaning
     * of its own ({@code 40000}), {@link #REFUSED} or {@link #REFUNDED} for the codes that share one,
     * {@link #NO_REASON} for none and {@link #UNKNOWN} for a code not in the catalogue.
     */
    public String meaning() {
        if (isNone()) {
            return NO_REASON;
        }
        return MEANINGS.getOrDefault(code, UNKNOWN);
    }

    /** Every meaning a code can have, for checking that each has words. */
    public static Set<String> meanings() {
        Set<String> all = new TreeSet<>(MEANINGS.values());
        all.add(NO_REASON);
        all.add(UNKNOWN);
        return all;
    }

    @Override
    public String toString() {
        return code;
    }
}
