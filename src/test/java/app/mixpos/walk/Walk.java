package app.mixpos.walk;

import app.mixpos.sale.Sale;
import app.mixpos.ui.CustomerAction;
import app.mixpos.wiring.SimulatorCustomer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run over a till: each step is an action followed by every {@link Invariants invariant}; the same breakage
 * seen again at a later step is counted once, under the first step that showed it. Also the cashier's and the
 * customer's moves that both walks share.
 */
final class Walk {

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** {@code -Dwalk.trace=true} prints every step and the screen it left, to follow a replayed walk. */
    private static final boolean TRACE = Boolean.getBoolean("walk.trace");

    final Till till;
    final String kind;
    final long seed;
    private final long started = System.nanoTime();
    private Invariants invariants;
    private final Map<String, String> broken = new LinkedHashMap<>();
    private final Map<String, Integer> times = new LinkedHashMap<>();
    private int steps;
    private long acting;
    private long checking;
    private long checksBefore;

    Walk(Till till, String kind, long seed) throws Exception {
        this.till = till;
        this.kind = kind;
        this.seed = seed;
        Invariants.install();
        invariants = new Invariants(till);
    }

    /**
     * True unless {@code -Dwalk.only=WxH-layout[,…]} names other sizes and layouts (e.g. {@code 1024x768-live}),
     * to replay one of them alone.
     */
    static boolean wanted(int width, int height, Layout layout) {
        String only = System.getProperty("walk.only", "").strip();
        return only.isEmpty() || java.util.Arrays.asList(only.split(",")).contains(width + "x" + height + "-"
                + layout.label());
    }

    int steps() {
        return steps;
    }

    /** Runs one step and checks every invariant after it. */
    void step(String what, Action action) throws Exception {
        steps++;
        String label = steps + " (" + what + ")";
        long t0 = System.nanoTime();
        try {
            action.run();
            till.settleGate();
        } catch (AssertionError | RuntimeException e) {
            note("step|" + what, "step " + label + " could not be done: " + e);
        }
        long t1 = System.nanoTime();
        if (TRACE) {
            System.out.println("walk trace: step " + label + " -> " + screen());
        }
        for (Invariants.Violation v : invariants.check(label)) {
            note(v.key(), v.message());
            if (System.getProperty("walk.dump") != null) {
                try {
                    Till.fx(() -> {
                        dump(till.scene.getRoot(), "");
                        return null;
                    });
                } catch (Exception ignored) {
                }
            }
        }
        acting += t1 - t0;
        checking += System.nanoTime() - t1;
    }

    /** A scripted expectation about the till's behaviour (beyond the invariants), noted when it does not hold. */
    void expect(boolean holds, String sentence) {
        if (!holds) {
            note("expect|" + sentence, "after step " + steps + ": " + sentence);
        }
    }

    private void note(String key, String message) {
        times.merge(key, 1, Integer::sum);
        broken.putIfAbsent(key, message);
    }

    /** Closes the window and engine and opens both again on the same data folder, keeping the count of checks. */
    void restart() throws Exception {
        checksBefore += invariants.checks();
        till.restart();
        invariants = new Invariants(till);
    }

    long checks() {
        return checksBefore + invariants.checks();
    }

    /** The one line a run prints, e.g. {@code walk: 1000 steps, 5000 checks, seed 42, 1024x768 training}. */
    String line() {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return kind + ": " + steps + " steps, " + checks() + " checks, seed " + seed + ", " + till.width + "x"
                + till.height + " " + till.layout.label() + WalkLanguage.label() + " (" + broken.size() + " distinct violations, "
                + till.restarts() + " restarts, " + ms + " ms: " + acting / 1_000_000 + " acting, " + checking / 1_000_000
                + " checking)";
    }

    /** Prints the run's line and fails with every distinct violation, each under the first step that showed it. */
    void finish(String replay) {
        String line = line();
        System.out.println(line);
        if (broken.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(line).append('\n').append(replay).append('\n');
        broken.forEach((key, message) -> b.append("- [").append(times.get(key)).append(" step(s)] ")
                .append(message).append('\n'));
        System.out.println(b);
        throw new AssertionError(b.toString());
    }

    // ---- the cashier ----

    /** The order id on the payment screen, or null when it is not showing. */
    String orderOnScreen() throws Exception {
        return Till.fx(() -> {
            String t = till.text("payment-order");
            return t == null ? null : Invariants.order(t);
        });
    }

    /** Enter on the keypad, then lets time run until the QR or a problem shows (a link waits up to 5 s). */
    void charge() throws Exception {
        till.key(javafx.scene.input.KeyCode.ENTER);
        till.advanceUntil(Duration.ofSeconds(10), () -> {
            javafx.scene.Node busy = till.visibleNode("busy");
            return busy == null;
        });
    }

    /**
     * The customer does {@code action} to the sale on screen: in training through the customer panel's button
     * (clicked), when live straight on the MixPay simulator, as the customer's phone and network would.
     */
    void customer(CustomerAction action) throws Exception {
        if (till.layout == Layout.TRAINING) {
            long before = till.performed.get();
            till.click("customer-" + action.name().toLowerCase(java.util.Locale.ROOT));
            int failures = Invariants.uncaughtCount();
            till.waitFx("the customer to " + action.label(),
                    () -> till.performed.get() > before || Invariants.uncaughtCount() > failures);
            return;
        }
        String order = orderOnScreen();
        if (order == null) {
            throw new AssertionError("no sale on screen for the customer to " + action.label());
        }
        Sale sale = till.stored(order).sale();
        new SimulatorCustomer(() -> till.outside).perform(sale, action);
        till.settle();
    }

    /**
     * Loses the network between the till and MixPay: in training with the customer panel's "Lose the network"
     * button (found by its words, wherever the panel puts it), live by making the simulator drop every request.
     */
    void loseNetwork() throws Exception {
        if (till.layout == Layout.TRAINING) {
            clickPanel(words("customer.loseNetwork"));
            return;
        }
        till.outside.faults().next(app.mixpos.training.Fault.CONNECTION_RESET, 100_000);
        till.settle();
    }

    /**
     * Ends a lost network: in training with the customer panel's "Network back" button when it offers one,
     * otherwise (live, or a panel without such a button) by clearing the simulator's faults.
     */
    void networkBack() throws Exception {
        if (till.layout == Layout.TRAINING && Till.fx(() -> panelButton(words("customer.networkBack")) != null)) {
            clickPanel(words("customer.networkBack"));
            return;
        }
        till.mixpay().faults().clear();
        till.settle();
    }

    /** True when the network is lost and a way back is on offer (or the simulator still drops requests). */
    boolean networkLost() throws Exception {
        return till.mixpay().faults().remaining() > 0
                || Till.fx(() -> panelButton(words("customer.networkBack")) != null);
    }

    /** True when the customer panel offers to lose the network now. */
    boolean canLoseNetwork() throws Exception {
        return till.layout == Layout.LIVE ? till.mixpay().faults().remaining() == 0
                : Till.fx(() -> panelButton(words("customer.loseNetwork")) != null);
    }

    /** The words of a button in the walk's language, in lower case, to find it by. */
    private static String words(String key) {
        return WalkLanguage.TEXTS.get(key).toLowerCase(java.util.Locale.ROOT);
    }

    private void clickPanel(String words) throws Exception {
        long before = till.performed.get();
        int failures = Invariants.uncaughtCount();
        till.clickNode("the \"" + words + "\" button", () -> panelButton(words));
        till.waitFx("the customer panel to " + words,
                () -> till.performed.get() > before || Invariants.uncaughtCount() > failures);
    }

    /** The customer panel's visible, enabled button whose words contain {@code words}, or null. FX thread. */
    javafx.scene.Node panelButton(String words) {
        javafx.scene.Node panel = till.visibleNode("training-panel");
        if (panel == null) {
            return null;
        }
        for (javafx.scene.Node n : panel.lookupAll(".button")) {
            if (n instanceof javafx.scene.control.ButtonBase b && Invariants.shown(b) && !b.isDisabled()
                    && b.getText() != null && b.getText().toLowerCase(java.util.Locale.ROOT).contains(words)) {
                return b;
            }
        }
        return null;
    }

    /** Lets time run until a result shows; false if none does within {@code limit}. */
    boolean untilResult(Duration limit) throws Exception {
        return till.advanceUntil(limit, () -> till.visible("result"));
    }

    /** The result title on screen, or null. */
    String resultTitle() throws Exception {
        return Till.fx(() -> till.text("result-title"));
    }

    String screen() throws Exception {
        return Till.fx(till::screen);
    }

    List<String> visibleTexts(String... ids) throws Exception {
        return Till.fx(() -> {
            List<String> out = new ArrayList<>();
            for (String id : ids) {
                out.add(till.text(id));
            }
            return out;
        });
    }

    private static void dump(javafx.scene.Node n, String indent) {
        if (!n.isVisible() || indent.length() > 16) {
            return;
        }
        javafx.geometry.Bounds b = n.getBoundsInParent();
        System.out.println("DUMP " + indent + n.getClass().getSimpleName() + "#" + n.getId() + " " + n.getStyleClass()
                + " " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " " + Math.round(b.getWidth()) + "x"
                + Math.round(b.getHeight()));
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                dump(c, indent + "  ");
            }
        }
    }
}
