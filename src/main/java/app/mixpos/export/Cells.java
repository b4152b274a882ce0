package app.mixpos.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How one stored value becomes a CSV cell: amounts as plain decimals, times ISO 8601 with the offset, and text a
 * spreadsheet would take for a formula neutralised (OWASP "CSV injection": a leading {@code = + - @}, tab or carriage
 * return gets a single quote in front). Numbers are never neutralised: they are written as plain decimals (what
 * {@link BigDecimal#toPlainString()} gives), so they hold only digits, a point and a leading minus, which a
 * spreadsheet reads as a number, never as a formula.
 */
final class Cells {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private Cells() {
    }

    /** Free text (a remark, a status MixPay sent, a link): neutralised when a spreadsheet would run it. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    /** A value written as stored (a code, a number the log keeps as an integer); empty for none. */
    static String plain(String value) {
        return value == null ? "" : value;
    }

    /**
     * Exact decimal text as a plain decimal: the stored text itself when it already is one (digits, at most one point
     * with digits after it, no needless leading zero, no sign), which is how the log writes amounts; otherwise read and
     * written again ({@code 1E-8} becomes {@code 0.00000001}).
     */
    static String number(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return isPlain(value) ? value : new BigDecimal(value).toPlainString();
    }

    private static boolean isPlain(String v) {
        int n = v.length();
        int point = -1;
        for (int i = 0; i < n; i++) {
            char ch = v.charAt(i);
            if (ch == '.' && point < 0 && i > 0 && i < n - 1) {
                point = i;
            } else if (ch < '0' || ch > '9') {
                return false;
            }
        }
        int whole = point < 0 ? n : point;
        return !(whole > 1 && v.charAt(0) == '0');
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
