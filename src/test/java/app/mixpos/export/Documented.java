package app.mixpos.export;

import app.mixpos.receipts.ReasonJson;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The CSV's columns as README documents them, computed here from the domain's reading of the log (a
 * {@link SaleSnapshot}, a {@link SaleEvent}) and nothing of the export's code: what the files must hold.
 */
final class Documented {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private Documented() {
    }

    static List<String> sale(SaleSnapshot s, ZoneId zone) {
        return List.of(text(s.orderId()), text(s.sale().tillId()), time(s.sale().createdAt(), zone),
                s.state().outcome().name(), plain(s.sale().amount().value()), text(s.sale().quoteAsset().symbol()),
                text(s.sale().quoteAsset().assetId()), plain(s.state().paymentAmount()), plain(s.state().payableAmount()),
                text(s.state().payableSymbol()), plain(s.state().surplusAmount()),
                s.state().surplusStatus().name().toLowerCase(Locale.ROOT), text(s.state().status().wire()),
                text(s.state().failureCode().code()), text(ReasonJson.write(s.state().reasons())),
                s.sale().traceId().toString(), text(s.sale().remark()), s.sale().linkMode().label(),
                text(s.sale().paymentLink()), text(s.sale().settlementAssetId()), text(s.sale().payeeId()),
                time(s.sale().expiresAt(), zone), time(s.state().updatedAt(), zone), Long.toString(s.version()),
                text(s.state().settlement().status()), plain(s.state().settlement().amount()),
                text(s.state().settlement().symbol()), text(s.state().settlement().assetId()));
    }

    static List<String> event(SaleEvent e, ZoneId zone) {
        return List.of(text(e.orderId()), Long.toString(e.id()), time(e.at(), zone), text(e.tillId()), text(e.kind()),
                e.outcome().name(), text(e.status()), text(ReasonJson.write(e.reasons())));
    }

    /** OWASP's advice: a cell a spreadsheet would take for a formula gets a single quote in front. */
    private static String text(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
