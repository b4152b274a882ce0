package app.mixpos.sale;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Turns what a cashier typed into an {@link Amount}, or a refusal that says what is wrong.
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
            return refuse(AmountError.Kind.EMPTY, "Enter an amount.");
        }
        if (text.startsWith("-")) {
            return refuse(AmountError.Kind.NEGATIVE, "The amount cannot be negative. Enter an amount above zero.");
        }
        if (!NUMBER.matcher(text).matches()) {
            return refuse(AmountError.Kind.NOT_A_NUMBER,
                    "\"" + shorten(text) + "\" is not an amount. Use digits and one decimal point, e.g. 12.50.");
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
            return refuse(AmountError.Kind.NOT_A_NUMBER, "Use digits and one decimal point.");
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
            return refuse(AmountError.Kind.ZERO, "The amount is zero. Enter an amount above zero.");
        }
        if (value.scale() > asset.decimalDigit()) {
            return tooManyDecimals(asset);
        }
        if (asset.minAmount() != null && value.compareTo(asset.minAmount()) < 0) {
            return refuse(AmountError.Kind.TOO_LOW, "The smallest amount MixPay accepts in " + asset.symbol()
                    + " is " + asset.minAmount().stripTrailingZeros().toPlainString() + ". Enter that much or more.");
        }
        if (asset.maxAmount() != null && value.compareTo(asset.maxAmount()) > 0) {
            return tooHigh(asset);
        }
        return new AmountResult.Valid(new Amount(value, asset));
    }

    private static AmountResult tooManyDecimals(QuoteAsset asset) {
        return refuse(AmountError.Kind.TOO_MANY_DECIMALS, asset.decimalDigit() == 0
                ? asset.symbol() + " takes whole amounts only."
                : asset.symbol() + " takes at most " + asset.decimalDigit() + " decimal places.");
    }

    private static AmountResult tooHigh(QuoteAsset asset) {
        return refuse(AmountError.Kind.TOO_HIGH, "The largest amount MixPay accepts in " + asset.symbol()
                + " is " + asset.maxAmount().stripTrailingZeros().toPlainString() + ". Split the sale.");
    }

    private static String normalise(String text) {
        String s = text.replace(',', '.');
        return s.startsWith(".") ? "0" + s : s;
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static AmountResult refuse(AmountError.Kind kind, String message) {
        return new AmountResult.Refused(new AmountError(kind, message));
    }
}
