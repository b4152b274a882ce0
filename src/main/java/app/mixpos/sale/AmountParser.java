package app.mixpos.sale;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Turns what a cashier typed into an {@link Amount}, or a refusal that says what is wrong (as an {@link AmountError}
 * a screen puts in words).
 * Never throws for any input string.
 */
public final class AmountParser {

    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d*)?|[.,]\\d+");

    private AmountParser() {
    }

    /** Parses a complete amount: {@code 12}, {@code 12.5}, {@code 12,50}, surrounding spaces allowed. */
    public static AmountResult parse(String input, QuoteAsset asset) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return refuse(AmountError.empty());
        }
        if (text.startsWith("-")) {
            return refuse(AmountError.negative());
        }
        if (!NUMBER.matcher(text).matches()) {
            return refuse(AmountError.notANumber(shorten(text)));
        }
        BigDecimal value = new BigDecimal(normalise(text));
        return check(value, asset);
    }

    /**
     * Checks text the cashier is still typing: {@code 12.} or an empty field is fine so far,
     * but a third decimal on a two-decimal currency, or an amount over the maximum, is refused at once.
     */
    public static AmountResult checkPartial(String input, QuoteAsset asset) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return new AmountResult.Incomplete();
        }
        if (!NUMBER.matcher(text).matches() && !text.matches("\\d*[.,]")) {
            return refuse(AmountError.notANumber(null));
        }
        String normal = normalise(text);
        int dot = normal.indexOf('.');
        int decimals = dot < 0 ? 0 : normal.length() - dot - 1;
        if (decimals > asset.decimalDigit()) {
            return tooManyDecimals(asset);
        }
        if (normal.equals(".")) {
            return new AmountResult.Incomplete();
        }
        BigDecimal value = new BigDecimal(normal.endsWith(".") ? normal + "0" : normal);
        if (asset.maxAmount() != null && value.compareTo(asset.maxAmount()) > 0) {
            return tooHigh(asset);
        }
        if (value.signum() == 0 || normal.endsWith(".")) {
            return new AmountResult.Incomplete();
        }
        AmountResult full = check(value, asset);
        return full instanceof AmountResult.Refused r && r.error().kind() == AmountError.Kind.TOO_LOW
                ? new AmountResult.Incomplete() : full;
    }

    private static AmountResult check(BigDecimal value, QuoteAsset asset) {
        if (value.signum() == 0) {
            return refuse(AmountError.zero());
        }
        if (value.scale() > asset.decimalDigit()) {
            return tooManyDecimals(asset);
        }
        if (asset.minAmount() != null && value.compareTo(asset.minAmount()) < 0) {
            return refuse(AmountError.tooLow(asset));
        }
        if (asset.maxAmount() != null && value.compareTo(asset.maxAmount()) > 0) {
            return tooHigh(asset);
        }
        return new AmountResult.Valid(new Amount(value, asset));
    }

    private static AmountResult tooManyDecimals(QuoteAsset asset) {
        return refuse(AmountError.tooManyDecimals(asset));
    }

    private static AmountResult tooHigh(QuoteAsset asset) {
        return refuse(AmountError.tooHigh(asset));
    }

    private static String normalise(String text) {
        String s = text.replace(',', '.');
        return s.startsWith(".") ? "0" + s : s;
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static AmountResult refuse(AmountError error) {
        return new AmountResult.Refused(error);
    }
}
