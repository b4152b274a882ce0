package app.mixpos.walk;

import static javafx.scene.input.KeyCode.DOWN;
import static javafx.scene.input.KeyCode.ENTER;
import static javafx.scene.input.KeyCode.ESCAPE;
import static javafx.scene.input.KeyCode.F10;
import static javafx.scene.input.KeyCode.F2;
import static javafx.scene.input.KeyCode.F3;
import static javafx.scene.input.KeyCode.F5;

import app.mixpos.sale.Sale;
import app.mixpos.ui.CustomerAction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;

/**
 * A cashier's scripted hour on the whole window and the real engine, at three window sizes, in the training and
 * the live layout: every screen, every currency the simulator lists (BTC's 8 decimals among them), every customer
 * action, cancelling with Esc, the keypad's refusals, settings in and out (the manager PIN when live), and a
 * restart on the same data folder. Every invariant is checked after every step; the script's own expectations
 * are checked where it says so.
 */
@Tag("walk")
class CashierHourTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Invariants.install();
    }

    static Stream<Arguments> tills() {
        return Stream.of(Layout.values()).flatMap(layout -> Stream.of(Arguments.of(1024, 768, layout),
                Arguments.of(1280, 800, layout), Arguments.of(1920, 1080, layout)))
                .filter(a -> Walk.wanted((int) a.get()[0], (int) a.get()[1], (Layout) a.get()[2]));
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @MethodSource("tills")
    void aCashiersHour(int width, int height, Layout layout, @TempDir Path data) throws Exception {
        Till.assumeScreenFits(width, height);
        try (Till till = new Till(layout, width, height, data, 1)) {
            Walk w = new Walk(till, "hour", 1);
            hour(w);
            w.expect(w.steps() >= 100, "the hour has at least 100 steps (it has " + w.steps() + ")");
            w.finish("replay: ./mvnw -B test -Dgroups=walk -Dtest=CashierHourTest");
        }
    }

    private void hour(Walk w) throws Exception {
        Till t = w.till;
        w.step("open the till", t::settle);
        w.expect("keypad".equals(w.screen()), "the till opens on the keypad (it shows the " + w.screen() + ")");

        sale(w, "12.50", CustomerAction.PAY_EXACTLY, "PAID");

        keypadErrors(w);

        // the issue's own sequence: 12.50, Esc, F3, btc, Enter, then an 8-decimal amount
        keys(w, "12.50");
        w.step("Esc clears", () -> t.key(ESCAPE));
        w.step("F3 opens the currencies", () -> t.key(F3));
        w.expect("currency chooser".equals(w.screen()), "F3 opens the currency chooser");
        keys(w, "btc");
        w.step("Enter takes BTC", () -> t.key(ENTER));
        w.expect(currency(w).startsWith("BTC"), "typing btc and Enter picks BTC (shows " + currency(w) + ")");
        keys(w, "0.00012345");
        w.expect("0.00012345".equals(amount(w)), "0.00012345 BTC is on the keypad (shows " + amount(w) + ")");
        w.step("type a ninth decimal", () -> t.type("6"));
        w.expect(!refusal(w).isEmpty() && "0.00012345".equals(amount(w)),
                "a ninth BTC decimal is refused with the reason (refusal \"" + refusal(w) + "\")");
        w.step("Enter charges 0.00012345 BTC", w::charge);
        w.expect("payment".equals(w.screen()), "the BTC sale shows its QR");
        w.step("customer overpays", () -> w.customer(CustomerAction.OVERPAY));
        w.step("payment confirms", () -> w.untilResult(Duration.ofSeconds(30)));
        w.expect("PAID — with surplus".equals(w.resultTitle()), "an overpaid sale is PAID — with surplus (shows "
                + w.resultTitle() + ")");
        w.step("the refund is sent", () -> t.advance(Duration.ofSeconds(6)));
        w.step("the refund is done", () -> t.advance(Duration.ofSeconds(15)));
        w.step("P prints the customer's receipt", () -> ReceiptSteps.printShown(w));
        w.step("Enter: next sale", () -> t.key(ENTER));
        keys(w, "0.1");
        w.expect(!refusal(w).isEmpty(), "0.1 BTC, above MixPay's largest BTC amount, is refused with the reason");
        w.step("Esc clears", () -> t.key(ESCAPE));

        chooseByTyping(w, "eur", "EUR");
        keys(w, "7.30");
        w.step("Enter charges", w::charge);
        w.step("customer pays less", () -> w.customer(CustomerAction.PAY_LESS_THEN_TOP_UP));
        w.step("MixPay sees the part payment", () -> t.advance(Duration.ofSeconds(4)));
        w.expect(status(w).toLowerCase().contains("underpaid"), "a part payment shows Underpaid (shows " + status(w)
                + ")");
        finish(w, "PAID");

        chooseByTyping(w, "usdt", "USDT");
        keys(w, "3");
        w.step("Enter charges", w::charge);
        w.step("customer's transfer confirms slowly", () -> w.customer(CustomerAction.CONFIRMING_SLOWLY));
        w.step("two confirmations", () -> t.advance(Duration.ofSeconds(6)));
        w.expect(status(w).toLowerCase().contains("confirm"), "slow confirmations show (shows " + status(w) + ")");
        finish(w, "PAID");

        chooseByTyping(w, "usdc", "USDC");
        keys(w, "4.20");
        w.step("Enter charges", w::charge);
        w.step("the payment is pending", () -> w.customer(CustomerAction.PENDING));
        w.step("MixPay says pending", () -> t.advance(Duration.ofSeconds(3)));
        w.expect(status(w).toLowerCase().contains("pending"), "pending shows in words (shows " + status(w) + ")");
        finish(w, "PAID");

        chooseByTyping(w, "eth", "ETH");
        keys(w, "0.0015");
        w.step("Enter charges", w::charge);
        w.step("the payment is audited", () -> w.customer(CustomerAction.AUDITING));
        w.step("MixPay says auditing", () -> t.advance(Duration.ofSeconds(3)));
        w.expect(status(w).toLowerCase().matches("(?s).*(auditing|review).*"), "auditing shows in words (shows "
                + status(w) + ")");
        finish(w, "PAID");

        w.step("click the currency key", () -> t.click("currency"));
        w.step("click USD", () -> t.click("currency-usd"));
        w.expect(currency(w).startsWith("USD"), "clicking USD picks it (shows " + currency(w) + ")");

        int n = 1;
        for (CustomerAction fail : new CustomerAction[] {CustomerAction.FAIL_40000, CustomerAction.FAIL_40020,
                CustomerAction.FAIL_40024, CustomerAction.FAIL_40025}) {
            keys(w, "1" + n++);
            w.step("Enter charges", w::charge);
            w.step("customer: " + fail.label(), () -> w.customer(fail));
            w.step("MixPay fails it", () -> w.untilResult(Duration.ofSeconds(30)));
            String code = fail.name().substring(5);
            w.expect("PAYMENT FAILED".equals(w.resultTitle()), fail + " ends PAYMENT FAILED (shows "
                    + w.resultTitle() + ")");
            w.expect(w.visibleTexts("result-line-1").get(0) != null
                    && w.visibleTexts("result-line-1").get(0).contains(code), fail + " shows its code " + code);
            w.step("Enter: next sale", () -> t.key(ENTER));
        }

        keys(w, "5.55");
        w.step("Enter charges", w::charge);
        w.step("MixPay goes slow", () -> w.customer(CustomerAction.GO_SLOW));
        w.step("slow answers", () -> t.advance(Duration.ofSeconds(8)));
        w.step("customer pays exactly", () -> w.customer(CustomerAction.PAY_EXACTLY));
        w.step("payment confirms", () -> w.untilResult(Duration.ofSeconds(60)));
        w.expect("PAID".equals(w.resultTitle()), "paid after MixPay was slow (shows " + w.resultTitle() + ")");
        w.step("Enter: next sale", () -> t.key(ENTER));

        keys(w, "6.66");
        w.step("Enter charges", w::charge);
        w.step("the network is lost", w::loseNetwork);
        w.step("no answers", () -> t.advance(Duration.ofSeconds(12)));
        w.expect(!connection(w).isEmpty(), "a lost network shows on the payment screen");
        w.step("customer pays exactly", () -> w.customer(CustomerAction.PAY_EXACTLY));
        if (t.layout == Layout.TRAINING) {
            w.expect(Till.fx(() -> w.panelButton("network back") != null),
                    "after \"Lose the network\" the customer panel offers \"Network back\"");
        }
        w.step("the network comes back", w::networkBack);
        w.step("payment confirms", () -> w.untilResult(Duration.ofMinutes(20)));
        w.expect("PAID".equals(w.resultTitle()), "paid after the network came back (shows " + w.resultTitle() + ")");
        w.step("Enter: next sale", () -> t.key(ENTER));

        cancelling(w);
        checkNowAfterTheEnd(w);
        recentSales(w);
        settings(w);
        ReportsSteps.closeTheDay(w, t.layout == Layout.LIVE ? "2468" : null);
        restart(w);

        sale(w, "2.00", CustomerAction.PAY_EXACTLY, "PAID");
        w.step("F2 recent sales", () -> t.key(F2));
        w.step("P prints a copy of the newest sale's receipt", () -> ReceiptSteps.printCopy(w));
        w.step("Esc back", () -> t.key(ESCAPE));
        w.expect("keypad".equals(w.screen()), "Esc leaves recent sales for the keypad");
    }

    private void keypadErrors(Walk w) throws Exception {
        Till t = w.till;
        w.step("type '-'", () -> t.type("-"));
        w.expect(!refusal(w).isEmpty(), "'-' is refused with a reason, not dropped silently");
        w.step("type 5", () -> t.type("5"));
        w.step("type 'e'", () -> t.type("e"));
        w.expect(!refusal(w).isEmpty(), "'e' is refused with a reason, not dropped silently");
        w.step("Esc clears", () -> t.key(ESCAPE));
        w.expect("0".equals(amount(w)), "Esc clears the amount");
        keys(w, "1.23");
        w.step("type a third decimal", () -> t.type("4"));
        w.expect("1.23".equals(amount(w)) && refusal(w).contains("decimal"),
                "a third USD decimal is refused with the reason (refusal \"" + refusal(w) + "\")");
        w.step("Esc clears", () -> t.key(ESCAPE));
        keys(w, "60000");
        if ("60000".equals(amount(w))) {
            // the keypad may not know MixPay's limits yet (a till's first minutes): then the charge is refused,
            // with the reason, before anything is recorded or sent
            int sales = t.log.count();
            w.step("Enter charges 60000 USD", w::charge);
            w.expect("keypad".equals(w.screen()) && t.log.count() == sales && !(refusal(w) + problem(w)).isBlank(),
                    "60000 USD, above MixPay's largest USD amount, is refused with the reason and nothing is recorded "
                            + "(the " + w.screen() + " shows, refusal \"" + refusal(w) + "\", problem \""
                            + problem(w) + "\")");
        } else {
            w.expect("6000".equals(amount(w)) && !refusal(w).isEmpty(),
                    "60000 USD, above MixPay's largest USD amount, is refused as typed (refusal \"" + refusal(w)
                            + "\")");
        }
        w.step("Backspace", () -> t.key(javafx.scene.input.KeyCode.BACK_SPACE));
        w.step("Esc clears", () -> t.key(ESCAPE));
        w.step("Enter with no amount", () -> t.key(ENTER));
        w.expect(!refusal(w).isEmpty() && "keypad".equals(w.screen()), "Enter with no amount says what to do");
    }

    private void cancelling(Walk w) throws Exception {
        Till t = w.till;
        keys(w, "8.80");
        w.step("Enter charges", w::charge);
        String order = w.orderOnScreen();
        w.step("Esc asks before cancelling", () -> t.key(ESCAPE));
        w.expect("cancel question".equals(w.screen()), "Esc on the payment asks before cancelling");
        w.step("click Keep waiting", () -> t.click("keep-waiting"));
        w.expect("payment".equals(w.screen()), "Keep waiting goes back to the QR");
        w.step("click Cancel", () -> t.click("cancel"));
        w.step("Esc keeps waiting", () -> t.key(ESCAPE));
        w.step("Esc asks again", () -> t.key(ESCAPE));
        w.step("click Cancel sale", () -> t.click("confirm-cancel"));
        w.expect("keypad".equals(w.screen()), "a cancelled sale goes back to the keypad");
        w.step("the customer pays the cancelled sale anyway", () -> {
            Sale sale = t.stored(order).sale();
            t.mixpay().customer(sale.traceId()).orElseGet(() -> t.mixpay().scan(sale.paymentLink())).payExactly();
            t.settle();
        });
        w.step("the till notices", () -> t.advanceUntil(Duration.ofSeconds(90), () -> t.visible("notice-" + order)));
        w.expect(Till.fx(() -> t.visible("notice-" + order)), "a cancelled sale paid anyway is announced");
        w.step("click Open on the notice", () -> t.clickNode("Open on the notice", () -> {
            Node box = t.visibleNode("notice-" + order);
            return box instanceof HBox h ? h.getChildren().stream()
                    .filter(c -> c instanceof Button b && "Open".equals(b.getText())).findFirst().orElse(null) : null;
        }));
        w.expect("PAID AFTER CANCEL".equals(w.resultTitle()), "the notice opens PAID AFTER CANCEL (shows "
                + w.resultTitle() + ")");
        w.step("Enter: next sale", () -> t.key(ENTER));
    }

    /**
     * "Check now" on a sale whose refund MixPay finished while the sale was off screen and not yet asked about
     * again: the list and the detail must then say what the receipt log says (refunded).
     */
    private void checkNowAfterTheEnd(Walk w) throws Exception {
        Till t = w.till;
        keys(w, "1.50");
        w.step("Enter charges", w::charge);
        w.step("customer overpays", () -> w.customer(CustomerAction.OVERPAY));
        w.step("payment confirms", () -> w.untilResult(Duration.ofSeconds(30)));
        w.step("Enter: next sale, the refund still pending", () -> t.key(ENTER));
        w.step("MixPay finishes the refund", () -> t.advance(Duration.ofSeconds(10)));
        w.step("F2 recent sales", () -> t.key(F2));
        w.step("Home selects the newest sale", () -> t.key(javafx.scene.input.KeyCode.HOME));
        w.step("F5 checks the newest sale now", () -> t.key(F5));
        w.step("Esc back", () -> t.key(ESCAPE));

        // a cancelled sale the customer pays anyway, checked now before the watcher's next turn
        keys(w, "1.60");
        w.step("Enter charges", w::charge);
        String order = w.orderOnScreen();
        w.step("Esc asks before cancelling", () -> t.key(ESCAPE));
        w.step("click Cancel sale", () -> t.click("confirm-cancel"));
        w.step("the customer pays the cancelled sale anyway", () -> {
            Sale sale = t.stored(order).sale();
            t.mixpay().customer(sale.traceId()).orElseGet(() -> t.mixpay().scan(sale.paymentLink())).payExactly();
            t.settle();
        });
        w.step("F2 recent sales", () -> t.key(F2));
        w.step("Home selects the newest sale", () -> t.key(javafx.scene.input.KeyCode.HOME));
        w.expect(String.valueOf(Till.fx(() -> t.text("detail-title"))).contains(order),
                "Home in recent sales selects the newest sale, " + order);
        w.step("F5 checks it now", () -> t.key(F5));
        String message = String.valueOf(Till.fx(() -> t.text("history-message")));
        LogReader.Row row = t.log.sale(order).orElseThrow();
        w.expect(!message.startsWith("Checked") || Invariants.agrees(message, row, false), "check now on order "
                + order + " reports what MixPay answered: the screen says \"" + message + "\", the log says "
                + row.outcome());
        w.step("Esc back", () -> t.key(ESCAPE));
        if (Till.fx(() -> t.visible("notice-" + order))) {
            w.step("click Dismiss on the notice", () -> t.clickNode("Dismiss on the notice", () -> {
                Node box = t.visibleNode("notice-" + order);
                return box == null ? null : box.lookupAll(".button").stream()
                        .filter(c -> c instanceof Button b && "Dismiss".equals(b.getText())).findFirst().orElse(null);
            }));
        }
    }

    private void recentSales(Walk w) throws Exception {
        Till t = w.till;
        w.step("F2 recent sales", () -> t.key(F2));
        w.expect("recent sales".equals(w.screen()), "F2 opens recent sales");
        w.step("Down", () -> t.key(DOWN));
        w.step("Down", () -> t.key(DOWN));
        w.step("F5 checks now", () -> t.key(F5));
        w.step("Enter opens the sale", () -> t.key(ENTER));
        w.expect("result".equals(w.screen()), "Enter on a finished sale opens its result");
        w.step("Enter goes back to the list", () -> t.key(ENTER));
        w.expect("recent sales".equals(w.screen()), "leaving a result opened from the list goes back to it");
        w.step("click Back", () -> t.click("history-back"));
        w.expect("keypad".equals(w.screen()), "Back leaves recent sales");
    }

    private void settings(Walk w) throws Exception {
        Till t = w.till;
        w.step("F10 settings", () -> t.key(F10));
        w.expect("settings".equals(w.screen()), "F10 opens the settings (no PIN set yet)");
        if (t.layout == Layout.LIVE) {
            w.step("click New PIN", () -> t.click("new-pin"));
            keys(w, "2468");
            w.step("click Same PIN again", () -> t.click("repeat-pin"));
            keys(w, "2468");
            w.step("Enter sets the PIN", () -> {
                t.key(ENTER);
                t.waitFx("the PIN to be saved", () -> !String.valueOf(t.text("new-pin-message")).startsWith("Saving"));
            });
            w.expect(String.valueOf(Till.fx(() -> t.text("new-pin-message"))).startsWith("Manager PIN set"),
                    "the PIN is set");
        }
        w.step("Esc leaves the settings", () -> t.key(ESCAPE));
        w.expect("keypad".equals(w.screen()), "Esc leaves the settings for the keypad");
        w.step("F10 settings again", () -> t.key(F10));
        if (t.layout == Layout.LIVE) {
            w.step("the PIN is asked", () -> t.waitFx("the PIN pad", () -> t.visible("pin-pad")));
            keys(w, "1111");
            w.step("Enter a wrong PIN", () -> {
                t.key(ENTER);
                t.awaitPinCheck();
            });
            w.expect(String.valueOf(Till.fx(() -> t.text("pin-message"))).startsWith("Wrong PIN"), "a wrong PIN is refused");
            keys(w, "2468");
            w.step("Enter the right PIN", () -> {
                t.key(ENTER);
                t.waitFx("the settings to open", () -> t.visible("payee"));
            });
        }
        w.expect("settings".equals(w.screen()), "the settings open");
        w.step("Esc leaves the settings", () -> t.key(ESCAPE));
        w.step("type 3 after the settings", () -> t.type("3"));
        w.expect("3".equals(amount(w)), "the keypad takes keys after the settings");
        w.step("Esc clears", () -> t.key(ESCAPE));
    }

    private void restart(Walk w) throws Exception {
        Till t = w.till;
        keys(w, "9.90");
        w.step("Enter charges", w::charge);
        String order = w.orderOnScreen();
        if (t.layout == Layout.LIVE) {
            w.step("the customer pays; the till closes before it hears", () -> {
                Sale sale = t.stored(order).sale();
                t.mixpay().customer(sale.traceId()).orElseThrow().payExactly();
                w.restart();
            });
            w.step("the restarted till resumes the sale", () -> t.advanceUntil(Duration.ofSeconds(60),
                    () -> "PAID".equals(t.log.sale(order).map(LogReader.Row::outcome).orElse(""))));
            w.expect("PAID".equals(t.log.sale(order).map(LogReader.Row::outcome).orElse("")),
                    "the resumed sale " + order + " is PAID in the receipt log");
            w.step("the cashier is told", () -> t.advance(Duration.ofSeconds(2)));
            w.expect(Till.fx(() -> t.visible("notice-" + order) || ("result".equals(t.screen())
                    && String.valueOf(t.text("result-line-0")).contains(order))),
                    "the resumed sale " + order + ", paid while the till was closed, is announced (the till shows "
                            + "the " + w.screen() + ")");
            if ("result".equals(w.screen())) {
                w.step("Enter: next sale", () -> t.key(ENTER));
            }
        } else {
            // the sale stays open across the restart; training's MixPay is started afresh with the till
            w.step("close and reopen the till", w::restart);
            w.step("F2 recent sales", () -> t.key(F2));
            w.expect(Till.fx(() -> t.visible("sales")), "recent sales open after the restart");
            w.step("Home selects the newest sale", () -> t.key(javafx.scene.input.KeyCode.HOME));
            w.step("Enter shows its QR again", () -> t.key(ENTER));
            w.expect("payment".equals(w.screen()), "Enter on the open sale " + order + " shows its QR again");
            if ("payment".equals(w.screen())) {
                w.step("the customer pays the sale from before the restart", () -> w.customer(
                        CustomerAction.PAY_EXACTLY));
                w.step("time passes", () -> t.advance(Duration.ofSeconds(5)));
                if ("result".equals(w.screen())) {
                    w.step("Enter leaves the result", () -> t.key(ENTER));
                } else if ("payment".equals(w.screen()) || "cancel question".equals(w.screen())) {
                    w.step("Esc asks before cancelling", () -> t.key(ESCAPE));
                    w.step("click Cancel sale", () -> t.click("confirm-cancel"));
                }
            }
            if (!"keypad".equals(w.screen())) {
                w.step("Esc back", () -> t.key(ESCAPE));
            }
        }
    }

    // ---- shared moves ----

    private void sale(Walk w, String amount, CustomerAction action, String title) throws Exception {
        keys(w, amount);
        w.step("Enter charges " + amount, w::charge);
        w.expect("payment".equals(w.screen()), "Enter on " + amount + " shows the payment QR (shows the "
                + w.screen() + ")");
        w.step("customer: " + action.label(), () -> w.customer(action));
        finish(w, title);
    }

    private void finish(Walk w, String title) throws Exception {
        w.step("payment ends", () -> w.untilResult(Duration.ofSeconds(60)));
        w.expect(title.equals(w.resultTitle()), "the sale ends " + title + " (shows " + w.resultTitle() + ")");
        w.step("Enter: next sale", () -> w.till.key(ENTER));
        w.expect("keypad".equals(w.screen()), "Enter on a result goes to the keypad");
    }

    private void chooseByTyping(Walk w, String filter, String symbol) throws Exception {
        w.step("F3 opens the currencies", () -> w.till.key(F3));
        keys(w, filter);
        w.step("Enter takes " + symbol, () -> w.till.key(ENTER));
        w.expect(currency(w).startsWith(symbol + " "), "typing " + filter + " and Enter picks " + symbol
                + " (shows " + currency(w) + ")");
    }

    /** One step per key typed. */
    private static void keys(Walk w, String text) throws Exception {
        for (char c : text.toCharArray()) {
            w.step("type " + c, () -> w.till.type(String.valueOf(c)));
        }
    }

    private static String amount(Walk w) throws Exception {
        return String.valueOf(Till.fx(() -> w.till.text("amount")));
    }

    private static String refusal(Walk w) throws Exception {
        String r = Till.fx(() -> w.till.text("refusal"));
        return r == null ? "" : r;
    }

    private static String problem(Walk w) throws Exception {
        String p = Till.fx(() -> w.till.text("problem"));
        return p == null ? "" : p;
    }

    private static String currency(Walk w) throws Exception {
        return String.valueOf(Till.fx(() -> w.till.text("currency")));
    }

    private static String status(Walk w) throws Exception {
        return String.valueOf(Till.fx(() -> w.till.text("payment-status")));
    }

    private static String connection(Walk w) throws Exception {
        String c = Till.fx(() -> w.till.text("payment-connection"));
        return c == null ? "" : c;
    }
}
