package app.mixpos.walk;

import static javafx.scene.input.KeyCode.BACK_SPACE;
import static javafx.scene.input.KeyCode.DOWN;
import static javafx.scene.input.KeyCode.ENTER;
import static javafx.scene.input.KeyCode.ESCAPE;
import static javafx.scene.input.KeyCode.F10;
import static javafx.scene.input.KeyCode.F2;
import static javafx.scene.input.KeyCode.F3;
import static javafx.scene.input.KeyCode.F5;
import static javafx.scene.input.KeyCode.UP;

import app.mixpos.ui.CustomerAction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;

/**
 * A seeded random walk over the whole window on the real engine: at each step one of the moves valid on the
 * screen in front (keys, clicks, the customer, time passing, now and then a restart), then every invariant.
 * The full walk runs at 1024x768 in training; shorter ones at the other sizes and layouts. Replay a failure with
 * {@code -Dwalk.seed=N} (and {@code -Dwalk.steps=N}, {@code -Dwalk.only=1024x768-training}).
 */
@Tag("walk")
class RandomWalkTest {

    static final long SEED = Long.getLong("walk.seed", 20261202L);
    static final int FULL = 1000;
    static final int SHORT = 300;
    private static final String[] FILTERS = {"usd", "eur", "usdt", "usdc", "btc", "eth", "u", "e", "x"};
    private static final String PIN = "2468";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Invariants.install();
    }

    static Stream<Arguments> walks() {
        List<Arguments> all = new ArrayList<>();
        if (!WalkLanguage.english()) {
            // another language: the smallest and the largest screen, where words are cut short or overflow
            all.add(Arguments.of(1024, 768, Layout.TRAINING, SHORT));
            all.add(Arguments.of(1920, 1080, Layout.TRAINING, SHORT));
            all.add(Arguments.of(1024, 768, Layout.LIVE, SHORT));
            all.add(Arguments.of(1920, 1080, Layout.LIVE, SHORT));
            return all.stream().filter(a -> Walk.wanted((int) a.get()[0], (int) a.get()[1], (Layout) a.get()[2]));
        }
        all.add(Arguments.of(1024, 768, Layout.TRAINING, FULL));
        all.add(Arguments.of(1280, 800, Layout.TRAINING, SHORT));
        all.add(Arguments.of(1920, 1080, Layout.TRAINING, SHORT));
        all.add(Arguments.of(1024, 768, Layout.LIVE, SHORT));
        all.add(Arguments.of(1280, 800, Layout.LIVE, SHORT));
        all.add(Arguments.of(1920, 1080, Layout.LIVE, SHORT));
        return all.stream().filter(a -> Walk.wanted((int) a.get()[0], (int) a.get()[1], (Layout) a.get()[2]));
    }

    @ParameterizedTest(name = "{0}x{1} {2}, {3} steps")
    @MethodSource("walks")
    void randomWalk(int width, int height, Layout layout, int steps, @TempDir Path data) throws Exception {
        Till.assumeScreenFits(width, height);
        int count = Integer.getInteger("walk.steps", steps);
        try (Till till = new Till(layout, width, height, data, SEED)) {
            Walk w = new Walk(till, "walk", SEED);
            new Walker(w, new Random(SEED)).walk(count);
            String locale = WalkLanguage.english() ? ""
                    : " -Dwalk.locale=" + WalkLanguage.TEXTS.locale().toLanguageTag();
            w.finish("replay: ./mvnw -B test -Dgroups=walk -Dtest=RandomWalkTest" + locale + " -Dwalk.seed=" + SEED
                    + " -Dwalk.steps=" + count + " -Dwalk.only=" + width + "x" + height + "-" + layout.label());
        }
    }

    /** Chooses each move among those valid on the screen in front. */
    static final class Walker {

        private final Walk w;
        private final Till t;
        private final Random random;
        private int lastSlow = -1000;
        private int lastRestart;

        Walker(Walk w, Random random) {
            this.w = w;
            this.t = w.till;
            this.random = random;
        }

        void walk(int steps) throws Exception {
            w.step("open the till", t::settle);
            while (w.steps() < steps) {
                Moves moves = new Moves();
                offer(moves);
                Move m = moves.pick(random);
                w.step(m.name, m.action);
            }
        }

        private void offer(Moves m) throws Exception {
            String screen = w.screen();
            String notice = Till.fx(this::noticeId);
            if (notice != null) {
                String open = WalkLanguage.TEXTS.get("shell.open");
                String dismiss = WalkLanguage.TEXTS.get("shell.dismiss");
                m.add(2, "click Open on a notice", () -> t.clickNode("Open on " + notice, () -> noticeButton(open)));
                m.add(2, "click Dismiss on a notice",
                        () -> t.clickNode("Dismiss on " + notice, () -> noticeButton(dismiss)));
            }
            if (w.networkLost()) {
                m.add(3, "the network comes back", w::networkBack);
            } else if (w.canLoseNetwork()) {
                m.add(1, "the network is lost", w::loseNetwork);
            }
            m.add(w.steps() - lastRestart > 200 ? 1 : 0, "restart the till", () -> {
                lastRestart = w.steps();
                w.restart();
            });
            m.add(3, "time passes", () -> t.advance(Duration.ofSeconds(1 + random.nextInt(5))));
            switch (screen) {
                case "keypad" -> keypad(m);
                case "currency chooser" -> chooser(m);
                case "payment" -> payment(m);
                case "cancel question" -> {
                    m.add(6, "Esc keeps waiting", () -> t.key(ESCAPE));
                    m.add(4, "Enter (the dialog's default)", () -> t.key(ENTER));
                    m.add(2, "Delete", () -> t.key(javafx.scene.input.KeyCode.DELETE));
                    m.add(2, "click Keep waiting", () -> t.click("keep-waiting"));
                    m.add(2, "click Cancel sale", () -> t.click("confirm-cancel"));
                }
                case "result" -> {
                    m.add(20, "Enter leaves the result", () -> t.key(ENTER));
                    m.add(5, "Esc leaves the result", () -> t.key(ESCAPE));
                    m.add(5, "click the result's button", () -> t.click("next-sale"));
                    m.add(3, "P prints the receipt", () -> ReceiptSteps.printShown(w));
                }
                case "recent sales" -> {
                    m.add(8, "Down", () -> t.key(DOWN));
                    m.add(4, "Up", () -> t.key(UP));
                    m.add(3, "F5 checks now", () -> t.key(F5));
                    m.add(5, "Enter opens the sale", () -> {
                        t.key(ENTER);
                        t.settle();
                    });
                    m.add(6, "Esc back", () -> t.key(ESCAPE));
                    m.add(1, "click Back", () -> t.click("history-back"));
                    m.add(2, "P prints a copy of the selected sale's receipt", () -> ReceiptSteps.printCopy(w));
                }
                case "settings" -> settings(m);
                case "manager PIN" -> {
                    m.add(6, "the right PIN", () -> pin(PIN, true));
                    m.add(2, "a wrong PIN", () -> pin("1111", false));
                    m.add(4, "Esc back", () -> t.key(ESCAPE));
                }
                default -> m.add(5, "Esc", () -> t.key(ESCAPE));
            }
        }

        private void keypad(Moves m) throws Exception {
            boolean typed = !"0".equals(Till.fx(() -> t.text("amount")));
            m.add(30, "type a digit", () -> t.type(String.valueOf(random.nextInt(10))));
            m.add(4, "type '.'", () -> t.type("."));
            m.add(1, "type ','", () -> t.type(","));
            m.add(2, "type a bad key", () -> t.type(random.nextBoolean() ? "-" : "e"));
            m.add(4, "Backspace", () -> t.key(BACK_SPACE));
            m.add(3, "Esc clears", () -> t.key(ESCAPE));
            m.add(typed ? 14 : 2, "Enter charges", w::charge);
            m.add(typed ? 2 : 0, "click Charge", () -> {
                t.click("charge");
                t.advanceUntil(Duration.ofSeconds(10), () -> t.visibleNode("busy") == null);
            });
            m.add(6, "click a pad key", () -> t.click(padKey()));
            m.add(5, "F3 currencies", () -> t.key(F3));
            m.add(1, "click the currency key", () -> t.click("currency"));
            m.add(4, "F2 recent sales", () -> t.key(F2));
            m.add(1, "click Recent sales", () -> t.click("open-recent"));
            m.add(2, "F10 settings", () -> t.key(F10));
        }

        private String padKey() {
            int k = random.nextInt(13);
            return k < 10 ? "key-" + k : k == 10 ? "key-dot" : k == 11 ? "key-back" : "key-clear";
        }

        private void chooser(Moves m) throws Exception {
            String filter = FILTERS[random.nextInt(FILTERS.length)];
            m.add(8, "type " + filter + " and Enter", () -> {
                t.type(filter);
                t.key(ENTER);
            });
            m.add(3, "type a letter", () -> t.type(String.valueOf((char) ('a' + random.nextInt(26)))));
            m.add(2, "Backspace", () -> t.key(BACK_SPACE));
            m.add(3, "Enter takes the best match", () -> t.key(ENTER));
            m.add(3, "Esc keeps the currency", () -> t.key(ESCAPE));
            m.add(1, "click Cancel", () -> t.click("currency-cancel"));
            List<Node> keys = Till.fx(() -> {
                List<Node> shown = new ArrayList<>();
                for (Node n : t.scene.getRoot().lookupAll(".currency-choice")) {
                    if (Invariants.shown(n)) {
                        shown.add(n);
                    }
                }
                return shown;
            });
            if (!keys.isEmpty()) {
                Node key = keys.get(random.nextInt(keys.size()));
                m.add(4, "click a currency", () -> t.clickNode("a currency key", () -> key));
            }
        }

        private void payment(Moves m) {
            CustomerAction[] actions = CustomerAction.values();
            CustomerAction a = actions[random.nextInt(actions.length)];
            boolean slowAllowed = w.steps() - lastSlow > 150;
            // losing the network is a move of its own (the panel may offer it as a switch rather than an action)
            if ((a != CustomerAction.GO_SLOW || slowAllowed) && !a.name().equals("LOSE_NETWORK")) {
                m.add(10, "customer: " + a.label(), () -> {
                    if (a == CustomerAction.GO_SLOW) {
                        lastSlow = w.steps();
                    }
                    w.customer(a);
                });
            }
            m.add(14, "time passes on the payment", () -> t.advance(Duration.ofSeconds(1 + random.nextInt(8))));
            m.add(4, "Esc asks to cancel", () -> t.key(ESCAPE));
            m.add(1, "click Cancel", () -> t.click("cancel"));
            m.add(1, "F2 does nothing here", () -> t.key(F2));
        }

        private void settings(Moves m) throws Exception {
            m.add(8, "Esc back", () -> t.key(ESCAPE));
            m.add(1, "F5 does nothing here", () -> t.key(F5));
            if (t.layout == Layout.LIVE && Till.fx(() -> t.visible("new-pin"))) {
                m.add(2, "set the manager PIN", () -> {
                    t.click("new-pin");
                    t.type(PIN);
                    t.click("repeat-pin");
                    t.type(PIN);
                    t.key(ENTER);
                    t.waitFx("the PIN to be saved", () -> !String.valueOf(t.text("new-pin-message"))
                            .startsWith(WalkLanguage.TEXTS.get("common.saving")));
                });
            }
        }

        private void pin(String pin, boolean right) throws Exception {
            t.click("manager-pin");
            t.type(pin);
            t.key(ENTER);
            t.awaitPinCheck();
            String message = String.valueOf(Till.fx(() -> t.text("pin-message")));
            w.expect(!right || Till.fx(() -> t.visible("payee")) || message.startsWith(WalkLanguage.prefix("settings.pin.paused")),
                    "the right manager PIN opens the settings (the " + w.screen() + " shows, PIN message \""
                            + message + "\")");
        }

        private String noticeId() {
            for (Node n : t.scene.getRoot().lookupAll(".notice-banner")) {
                if (Invariants.shown(n) && n.getId() != null && n.getId().startsWith("notice-")) {
                    return n.getId();
                }
            }
            return null;
        }

        private Node noticeButton(String text) {
            String id = noticeId();
            if (id == null) {
                return null;
            }
            for (Node n : t.visibleNode(id).lookupAll(".button")) {
                if (n instanceof Button b && text.equals(b.getText()) && Invariants.shown(b)) {
                    return b;
                }
            }
            return null;
        }
    }

    /** The moves on offer at one step, with their weights. */
    private static final class Moves {
        private final List<Move> moves = new ArrayList<>();
        private int total;

        void add(int weight, String name, Walk.Action action) {
            if (weight > 0) {
                moves.add(new Move(weight, name, action));
                total += weight;
            }
        }

        Move pick(Random random) {
            int r = random.nextInt(total);
            for (Move m : moves) {
                r -= m.weight;
                if (r < 0) {
                    return m;
                }
            }
            throw new IllegalStateException("no move");
        }
    }

    private record Move(int weight, String name, Walk.Action action) {
    }
}
