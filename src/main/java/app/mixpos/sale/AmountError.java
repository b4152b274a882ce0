package app.mixpos.sale;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Why cashier input cannot be charged, as a kind with its arguments, never as a sentence: a screen says it in its own
 * words and language.
 *
 * @param asset the currency's symbol ({@link Kind#TOO_MANY_DECIMALS}, {@link Kind#TOO_LOW}, {@link Kind#TOO_HIGH},
 *              {@link Kind#NOT_LISTED}); null for the other kinds
 * @param limit {@link Kind#TOO_LOW}: MixPay's smallest amount; {@link Kind#TOO_HIGH}: its largest;
 *              {@link Kind#TOO_MANY_DECIMALS}: how many decimal places the currency takes; null for the other kinds
 * @param typed {@link Kind#NOT_A_NUMBER} for a whole amount: what was typed (at most 20 characters and an ellipsis);
 *              null while the amount is still being typed, and for the other kinds
 */
public record AmountError(Kind kind, String asset, BigDecimal limit, String typed) {

    public enum Kind {
        /** Nothing typed. */
        EMPTY,
        /** Not digits with one decimal point. */
        NOT_A_NUMBER,
        /** A minus sign. */
        NEGATIVE,
        /** Zero. */
        ZERO,
        /** More decimal places than the currency has. */
        TOO_MANY_DECIMALS,
        /** Below MixPay's smallest amount in the currency. */
        TOO_LOW,
        /** Above MixPay's largest amount in the currency. */
        TOO_HIGH,
        /** MixPay's current list does not have the currency at all. */
        NOT_LISTED
    }

    public AmountError {
        Objects.requireNonNull(kind, "kind");
    }

    public static AmountError empty() {
        return new AmountError(Kind.EMPTY, null, null, null);
    }

    public static AmountError negative() {
        return new AmountError(Kind.NEGATIVE, null, null, null);
    }

    public static AmountError zero() {
        return new AmountError(Kind.ZERO, null, null, null);
    }

    /** @param typed what was typed, as it should be shown back; null while the amount is being typed */
    public static AmountError notANumber(String typed) {
        return new AmountError(Kind.NOT_A_NUMBER, null, null, typed);
    }

    public static AmountError tooManyDecimals(QuoteAsset asset) {
        return new AmountError(Kind.TOO_MANY_DECIMALS, asset.symbol(), BigDecimal.valueOf(asset.decimalDigit()), null);
    }

    public static AmountError tooLow(QuoteAsset asset) {
        return new AmountError(Kind.TOO_LOW, asset.symbol(), asset.minAmount(), null);
    }

    public static AmountError tooHigh(QuoteAsset asset) {
        return new AmountError(Kind.TOO_HIGH, asset.symbol(), asset.maxAmount(), null);
    }

    /** @param symbol the currency the sale was priced in, which MixPay no longer lists */
    public static AmountError notListed(String symbol) {
        return new AmountError(Kind.NOT_LISTED, symbol, null, null);
    }

    /** {@link Kind#TOO_MANY_DECIMALS}: how many decimal places the currency takes. */
    public int decimals() {
        return limit == null ? 0 : limit.intValueExact();
    }
}
