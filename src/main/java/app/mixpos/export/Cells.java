package app.mixpos.export;

import app.mixpos.receipts.ReasonJson;
import app.mixpos.sale.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How one value becomes a CSV cell: amounts as plain decimals, times ISO 8601 with the offset, and text a spreadsheet
 * would take for a formula neutralised (OWASP "CSV injection": a leading {@code = + - @}, tab or carriage return gets a
 * single quote in front). Numbers are never neutralised: they come from {@link BigDecimal#toPlainString()} and
 * {@link Long#toString()}, so they hold only digits, a point and a leading minus, which a spreadsheet reads as a
 * number, never as a formula.
 */
final class Cells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

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

    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String number(Long value) {
        return value == null ? "" : Long.toString(value);
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /**
     * Reasons exactly as the receipt log stores them (its canonical JSON: {@code code} then {@code args}, argument
     * names sorted, no whitespace, {@code []} for none), neutralised like any text.
     */
    static String reasons(List<Reason> reasons) {
        return text(ReasonJson.write(reasons));
    }
}
