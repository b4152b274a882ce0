package app.mixpos.walk;

import static javafx.scene.input.KeyCode.ENTER;
import static javafx.scene.input.KeyCode.ESCAPE;
import static javafx.scene.input.KeyCode.F4;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The Reports screen in a walk: F4 (the manager PIN when live and set), today's X against the receipt log read
 * apart, the open period since the last Z, closing the day as a Z after the question (Esc first keeps it open), the
 * Z in the list and in the log, and back to the keypad.
 */
final class ReportsSteps {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ReportsSteps() {
    }

    /** @param pin the manager PIN set in the settings, or null when none is asked */
    static void closeTheDay(Walk w, String pin) throws Exception {
        Till t = w.till;
        int zBefore = t.log.zReports();
        w.step("F4 reports", () -> t.key(F4));
        if (pin != null) {
            w.step("the PIN is asked", () -> t.waitFx("the PIN pad", () -> t.visible("pin-pad")));
            for (char c : pin.toCharArray()) {
                w.step("type " + c, () -> t.type(String.valueOf(c)));
            }
            w.step("Enter the right PIN", () -> {
                t.key(ENTER);
                t.waitFx("the reports to open", () -> t.visible("reports-heading"));
            });
        }
        w.step("today's X is read", () -> {
            t.settle();
            t.waitFx("today's X", () -> String.valueOf(t.text("reports-heading")).startsWith("X report"));
        });
        w.expect("reports".equals(w.screen()), "F4 opens the reports (shows the " + w.screen() + ")");
        w.expect(normal(Till.fx(() -> onScreen(t))).equals(inLog(t)), "today's X shows the log's sales and takings "
                + "per currency (screen " + Till.fx(() -> onScreen(t)) + ", log " + inLog(t) + ")");

        w.step("click Since the last Z", () -> {
            t.click("reports-since-z");
            t.settle();
            t.waitFx("the open period", () -> String.valueOf(t.text("reports-heading")).startsWith("X report since"));
        });
        w.step("click Close the day", () -> t.click("close-z"));
        w.expect(Till.fx(() -> t.visible("close-confirm")), "closing asks first");
        w.step("Esc keeps the period open", () -> t.key(ESCAPE));
        w.expect("reports".equals(w.screen()) && t.log.zReports() == zBefore,
                "Esc answers the question and closes nothing (shows the " + w.screen() + ")");
        w.step("click Close the day again", () -> t.click("close-z"));
        w.step("click Close as Z", () -> {
            t.click("close-z-yes");
            t.settle();
            t.waitFx("the Z to be closed", () -> String.valueOf(t.text("reports-heading")).startsWith("Z report"));
        });
        w.expect(t.log.zReports() == zBefore + 1, "one Z more is in the receipt log (" + t.log.zReports() + ")");
        w.expect(Till.fx(() -> String.valueOf(t.text("reports-message"))).startsWith("Z report " + (zBefore + 1)),
                "the cashier is told the Z is closed");
        w.step("Esc back", () -> t.key(ESCAPE));
        w.expect("keypad".equals(w.screen()), "Esc leaves the reports for the keypad");
    }

    /** The currency grid as shown: symbol -> [sales, takings]. Call on the FX thread. */
    private static Map<String, List<BigDecimal>> onScreen(Till t) {
        Node grid = t.visibleNode("reports-currencies");
        Map<String, List<BigDecimal>> shown = new TreeMap<>();
        if (!(grid instanceof GridPane g)) {
            return shown;
        }
        List<String> cells = new ArrayList<>();
        g.getChildren().forEach(n -> cells.add(n instanceof Label l ? l.getText() : ""));
        for (int i = 6; i + 5 < cells.size(); i += 6) {
            shown.put(cells.get(i), List.of(new BigDecimal(cells.get(i + 1)),
                    new BigDecimal(cells.get(i + 3).split(" ")[0])));
        }
        return shown;
    }

    /** Today's sales in the log, read apart: symbol -> [sales, takings]. */
    private static Map<String, List<BigDecimal>> inLog(Till t) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(t.clock.withZone(zone));
        Map<String, List<BigDecimal>> log = new TreeMap<>();
        t.log.totals(UTC.format(today.atStartOfDay(zone)), UTC.format(today.plusDays(1).atStartOfDay(zone)))
                .forEach((symbol, n) -> log.put(symbol, List.of(n[0], n[1].stripTrailingZeros().signum() == 0
                        ? BigDecimal.ZERO : n[1].stripTrailingZeros())));
        return normal(log);
    }

    private static Map<String, List<BigDecimal>> normal(Map<String, List<BigDecimal>> m) {
        Map<String, List<BigDecimal>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().map(b -> b.signum() == 0 ? BigDecimal.ZERO : b.stripTrailingZeros())
                .toList()));
        return out;
    }
}
