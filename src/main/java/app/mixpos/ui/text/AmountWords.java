package app.mixpos.ui.text;

import app.mixpos.sale.AmountError;
import java.math.BigDecimal;

/**
 * Why an amount was refused, in the words of a {@link Texts}: {@code amount.<kind>}, each saying what is wrong and
 * what to do. Limits are shown as MixPay lists them (every decimal, never rounded), in the locale's digits.
 */
public final class AmountWords {

    private AmountWords() {
    }

    public static String of(Texts texts, AmountError e) {
        return switch (e.kind()) {
            case EMPTY -> texts.get("amount.EMPTY");
            case NEGATIVE -> texts.get("amount.NEGATIVE");
            case ZERO -> texts.get("amount.ZERO");
            case NOT_A_NUMBER -> e.typed() == null ? texts.get("amount.NOT_A_NUMBER.typing")
                    : texts.get("amount.NOT_A_NUMBER", e.typed());
            case TOO_MANY_DECIMALS -> e.decimals() == 0 ? texts.get("amount.TOO_MANY_DECIMALS.whole", e.asset())
                    : texts.get("amount.TOO_MANY_DECIMALS", e.asset(), e.decimals());
            case TOO_LOW -> texts.get("amount.TOO_LOW", e.asset(), plain(texts, e.limit()));
            case TOO_HIGH -> texts.get("amount.TOO_HIGH", e.asset(), plain(texts, e.limit()));
            case NOT_LISTED -> texts.get("amount.NOT_LISTED", e.asset());
        };
    }

    private static String plain(Texts texts, BigDecimal value) {
        return value == null ? "?" : texts.number(value.stripTrailingZeros());
    }
}
