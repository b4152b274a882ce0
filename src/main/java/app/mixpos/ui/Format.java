package app.mixpos.ui;

import app.mixpos.sale.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money and time as the screens show them; the one place that formats either. */
public final class Format {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    // month names in English, the bundle's language, whatever the machine's locale (not yet per Texts)
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.ENGLISH);

    private Format() {
    }

    /** {@code 12.50 USD}. */
    public static String money(Amount amount) {
        return amount.value().toPlainString() + " " + amount.asset().symbol();
    }

    /** An amount MixPay reported, e.g. {@code 1.5 USDT}; {@code ?} when unknown. */
    public static String money(BigDecimal value, String symbol) {
        String number = value == null ? "?" : value.stripTrailingZeros().toPlainString();
        return symbol == null || symbol.isBlank() ? number : number + " " + symbol;
    }

    /** {@code 14:03:07} in the till's time zone. */
    public static String clock(Instant at) {
        return at == null ? "—" : CLOCK.format(at.atZone(ZoneId.systemDefault()));
    }

    /** {@code 03 Mar 14:03} in the till's time zone. */
    public static String dayClock(Instant at) {
        return at == null ? "—" : DAY_CLOCK.format(at.atZone(ZoneId.systemDefault()));
    }
}
