package app.mixpos.ui;

import app.mixpos.sale.Amount;
import app.mixpos.ui.text.Texts;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Money and time as the screens show them, in the conventions of a {@link Texts}' locale: its grouping and decimal
 * separator, its order of day and month; the one place that formats either. Every decimal of an amount is shown,
 * never rounded. What is shown is never read back as an amount: the keypad keeps the typed digits.
 */
public final class Format {

    private Format() {
    }

    /** {@code 1,234.50 USD} in English, {@code 1.234,50 USD} in German. */
    public static String money(Texts texts, Amount amount) {
        return texts.number(amount.value()) + " " + amount.asset().symbol();
    }

    /** An amount MixPay reported, without trailing zeros, e.g. {@code 1.5 USDT}; {@code ?} when unknown. */
    public static String money(Texts texts, BigDecimal value, String symbol) {
        String number = value == null ? "?" : texts.number(value.stripTrailingZeros());
        return symbol == null || symbol.isBlank() ? number : number + " " + symbol;
    }


    /** The character {@code texts}' locale writes between whole units and decimals: {@code .} or {@code ,}. */
    public static char decimalSeparator(Texts texts) {
        return DecimalFormatSymbols.getInstance(texts.locale()).getDecimalSeparator();
    }

    /** {@code 14:03:07} in the till's time zone (the bundle's {@code format.clock}). */
    public static String clock(Texts texts, Instant at) {
        return at == null ? "—" : pattern(texts, "format.clock").format(at.atZone(ZoneId.systemDefault()));
    }

    /** {@code 03 Mar 14:03}, {@code 3月3日 14:03} in the till's time zone (the bundle's {@code format.dayClock}). */
    public static String dayClock(Texts texts, Instant at) {
        return at == null ? "—" : pattern(texts, "format.dayClock").format(at.atZone(ZoneId.systemDefault()));
    }

    private static DateTimeFormatter pattern(Texts texts, String key) {
        return DateTimeFormatter.ofPattern(texts.get(key), texts.locale());
    }
}
