package app.mixpos.sale;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Why something happened to a sale, as a code with arguments, never as a sentence: {@code MISMATCH{expected=40.00,
 * field=amount, got=4.0}}. The receipt log stores it as it is; a screen, a printer or a report makes the sentence
 * in its own words and language. Codes are stable once written (old logs keep them): add new ones, never rename.
 *
 * @param code upper-case letters, digits and {@code _}
 * @param args argument names to values (values are data, e.g. amounts as plain decimals, never sentences of ours);
 *             kept sorted by name so the stored form is canonical
 */
public record Reason(String code, SortedMap<String, String> args) {

    /** The app stopped between recording a sale and showing its link; nothing can have been paid. No arguments. */
    public static final String STOPPED_BEFORE_LINK = "STOPPED_BEFORE_LINK";
    /**
     * The payment link could not be made; nothing was charged. {@code cause}: one of {@link LinkFailure}'s names;
     * with {@code REFUSED}, also MixPay's {@code code} and its own {@code message}.
     */
    public static final String LINK_FAILED = "LINK_FAILED";
    /**
     * MixPay claimed success but one checked field differs from the sale (mixpay-api.md section 6). {@code field}:
     * one of {@link MismatchField}'s wire names; {@code expected} and {@code got} as plain text ({@code got} absent
     * when MixPay sent nothing).
     */
    public static final String MISMATCH = "MISMATCH";
    /** A sentence stored before reasons were coded (receipt logs before schema version 4), kept word for word. */
    public static final String LEGACY_TEXT = "LEGACY_TEXT";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ARG = Pattern.compile("[a-z][a-zA-Z0-9_]*");

    /** Why a link could not be made. */
    public enum LinkFailure { UNREACHABLE, BUSY, MAINTENANCE, REFUSED }

    /** The fields of a claimed success that are checked against the sale. */
    public enum MismatchField {
        ENVELOPE, STATUS, TRACE, PAYEE, ASSET, AMOUNT;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Reason {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a reason code is A-Z, 0-9 and _: " + code);
        }
        TreeMap<String, String> copy = new TreeMap<>();
        if (args != null) {
            args.forEach((name, value) -> {
                if (!ARG.matcher(Objects.requireNonNull(name, "argument name")).matches()) {
                    throw new IllegalArgumentException("a reason argument is named in lowerCamelCase: " + name);
                }
                if (value != null) {
                    copy.put(name, value);
                }
            });
        }
        args = Collections.unmodifiableSortedMap(copy);
    }

    public static Reason of(String code) {
        return new Reason(code, null);
    }

    public static Reason of(String code, Map<String, String> args) {
        return new Reason(code, args == null ? null : new TreeMap<>(args));
    }

    public static Reason stoppedBeforeLink() {
        return of(STOPPED_BEFORE_LINK);
    }

    public static Reason linkFailed(LinkFailure cause) {
        return of(LINK_FAILED, Map.of("cause", cause.name()));
    }

    /** MixPay refused to make the link, with its code and its own message (data from MixPay, shown as is). */
    public static Reason linkRefused(int mixPayCode, String mixPayMessage) {
        TreeMap<String, String> args = new TreeMap<>();
        args.put("cause", LinkFailure.REFUSED.name());
        args.put("code", Integer.toString(mixPayCode));
        args.put("message", mixPayMessage);
        return new Reason(LINK_FAILED, args);
    }

    public static Reason mismatch(MismatchField field, String expected, String got) {
        TreeMap<String, String> args = new TreeMap<>();
        args.put("field", field.wire());
        args.put("expected", expected);
        args.put("got", got);
        return new Reason(MISMATCH, args);
    }

    public static Reason legacyText(String text) {
        return of(LEGACY_TEXT, Map.of("text", text));
    }

    /** An argument's value, or null when absent. */
    public String arg(String name) {
        return args.get(name);
    }

    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
