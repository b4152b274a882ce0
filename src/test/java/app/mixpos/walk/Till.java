package app.mixpos.walk;

import app.mixpos.checkout.PendingCheckout;
import app.mixpos.config.Settings;
import app.mixpos.mixpay.MixPayClient;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.testing.MutableClock;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.till.TillModel;
import app.mixpos.ui.window.PosWindow;
import app.mixpos.ui.SoundCue;
import app.mixpos.ui.TrainingCustomer;
import app.mixpos.ui.UiOptions;
import app.mixpos.wiring.EngineRuntime;
import app.mixpos.wiring.FileOwnerLock;
import app.mixpos.wiring.FileSettingsEditor;
import app.mixpos.wiring.PosEngine;
import app.mixpos.wiring.SimulatorCustomer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;

/**
 * The real till under walk: {@link PosWindow} on a real {@link PosEngine} (HTTP client, SQLite receipt log,
 * watcher) wired as {@code PosApp} wires them, on one manual clock, at a given window size and layout. Drives it
 * with the platform robot (keys to the focused window, clicks at a node's place on the screen) and moves time
 * only by hand, so a walk replays exactly from its seed.
 */
final class Till implements AutoCloseable {

    static final String PAYEE = "5f1e2d3c-4b5a-4697-8877-665544332211";
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(30);

    final Layout layout;
    final int width;
    final int height;
    final Path data;
    final MutableClock clock = MutableClock.atSomeMorning();
    /** The MixPay the live layout talks to; it outlives every engine, as MixPay outlives a till's restart. */
    final MixPaySimulator outside;
    private final long seed;
    private final AtomicLong keysSeen = new AtomicLong();
    private final AtomicLong clicksSeen = new AtomicLong();
    /** Customer actions the training panel has finished (it runs them on the window's own I/O thread). */
    final AtomicLong performed = new AtomicLong();
    private final EventHandler<KeyEvent> keyCounter = e -> count(keysSeen);
    private final EventHandler<MouseEvent> clickCounter = e -> count(clicksSeen);
    private int restarts;

    ManualScheduler scheduler;
    CountingExecutor io;
    PosEngine engine;
    Stage stage;
    Scene scene;
    LogReader log;
    /** What the till is doing, as the window observes it (the projection every screen follows). */
    TillModel model;
    private Robot robot;
    /** With a customer display open on a made-up second monitor, observing the same model as the window. */
    private final boolean customerDisplay;
    /** The customer display, null without one. */
    app.mixpos.ui.customerdisplay.CustomerDisplay display;

    Till(Layout layout, int width, int height, Path data, long seed) throws Exception {
        this(layout, width, height, data, seed, false);
    }

    /** @param customerDisplay with a customer display open beside the window (see CustomerDisplayInvariants) */
    Till(Layout layout, int width, int height, Path data, long seed, boolean customerDisplay) throws Exception {
        this.customerDisplay = customerDisplay;
        this.layout = layout;
        this.width = width;
        this.height = height;
        this.data = data;
        this.seed = seed;
        this.outside = layout == Layout.LIVE ? MixPaySimulator.start(clock) : null;
        open();
    }

    /**
     * Skips a size the headless screen cannot hold (Monocle's frame buffer overflows): the walk execution in
     * pom.xml gives its JVM a 1920x1080 screen; a narrow {@code -Dtest} run in the default JVM has 1280x800.
     */
    static void assumeScreenFits(int width, int height) throws Exception {
        javafx.geometry.Rectangle2D screen = fx(() -> javafx.stage.Screen.getPrimary().getBounds());
        org.junit.jupiter.api.Assumptions.assumeTrue(screen.getWidth() >= width && screen.getHeight() >= height,
                () -> width + "x" + height + " does not fit this JVM's " + Math.round(screen.getWidth()) + "x"
                        + Math.round(screen.getHeight()) + " headless screen (-Dheadless.geometry=1920x1080-32)");
    }

    Settings settings() {
        if (layout == Layout.LIVE) {
            return new Settings(data, PAYEE, Settings.DEFAULT_SETTLEMENT_ASSET, "usd", outside.apiUrl(),
                    outside.payUrl(), LinkMode.ONE_TIME, false, Settings.DEFAULT_REQUESTS_PER_MINUTE);
        }
        return new Settings(data, "", Settings.DEFAULT_SETTLEMENT_ASSET, "usd", Settings.DEFAULT_API_URL,
                Settings.DEFAULT_PAY_URL, LinkMode.ONE_TIME, true, Settings.DEFAULT_REQUESTS_PER_MINUTE);
    }

    /** Where P saves the receipts, as PDFs. */
    Path receipts() {
        return data.resolve("receipts");
    }

    /** The simulator that plays MixPay for this till: the engine's own in training, the one outside when live. */
    MixPaySimulator mixpay() {
        return outside != null ? outside : engine.simulator().orElseThrow();
    }

    /**
     * Opens the engine and the window as {@code PosApp.start} does: window first, then the engine started and its
     * chain checked; then sizes the window and waits until the till is idle.
     */
    private void open() throws Exception {
        Settings settings = settings();
        scheduler = new ManualScheduler(clock);
        io = new CountingExecutor();
        // MixPay's real client, with timeouts short enough that "MixPay goes slow" (answers held 8 s of real
        // time) costs the walk a second per request instead of six.
        OkHttpClient http = MixPayClient.defaultHttpClient().newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofMillis(700))
                .callTimeout(Duration.ofSeconds(3)).build();
        engine = PosEngine.open(settings, new EngineRuntime(clock, scheduler, io, new Random(seed + restarts), io),
                http);
        log = new LogReader(engine.receiptLogFile());
        PosEngine opened = engine;
        java.util.Optional<String> font = app.mixpos.ui.ScriptFont.needs(WalkLanguage.TEXTS.locale())
                ? app.mixpos.ui.ScriptFont.load() : java.util.Optional.empty();
        fx(() -> {
            robot = new Robot();
            stage = new Stage();
            stage.addEventFilter(KeyEvent.KEY_RELEASED, keyCounter);
            stage.addEventFilter(MouseEvent.MOUSE_RELEASED, clickCounter);
            UiOptions options = new UiOptions(settings.training(), QuoteAsset.USD, settings.effectivePayee(),
                    settings.linkMode().label(), null, WalkLanguage.TEXTS, WalkLanguage.TEXTS);
            TrainingCustomer customer = settings.training()
                    ? counting(new SimulatorCustomer(() -> opened.simulator().orElseThrow())) : null;
            PendingCheckout checkout = new PendingCheckout(CompletableFuture.completedFuture(opened.checkout()));
            TillModel shared = customerDisplay ? new TillModel(checkout) : null;
            PosWindow window = new PosWindow(stage, shared, checkout, opened.records(),
                    CompletableFuture.completedFuture(opened.reports()), options,
                    new FileSettingsEditor(settings), new FileOwnerLock(data, settings.training(), clock), customer,
                    SoundCue.SILENT);
            // receipts as PDFs in the data folder: P on the paid screen and in recent sales goes the real way
            window.useReceipts(app.mixpos.wiring.PrintingDesk.of(opened.records(), new app.mixpos.config.ReceiptSettings(
                    "Walk Shop", java.util.List.of("1 Test Street"), new app.mixpos.config.ReceiptSettings.Printer(
                            app.mixpos.config.ReceiptSettings.Kind.PDF, null, 0, receipts().toString()), false), io));
            model = window.till();
            window.show();
            if (customerDisplay) {
                display = CustomerDisplayInvariants.open(model, scheduler, stage);
            }
            stage.setMaximized(false);
            stage.setFullScreen(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            scene = stage.getScene();
            font.ifPresent(family -> app.mixpos.ui.ScriptFont.apply(scene.getRoot(), family));
            opened.start();
            opened.checkChain().thenAccept(w -> w.ifPresent(s -> Platform.runLater(() -> window.warn(s))));
            stage.requestFocus();
            return null;
        });
        settle();
        waitFx("the window to be focused and sized " + width + "x" + height, () -> stage.isFocused()
                && scene.getWidth() == width && scene.getHeight() == height);
    }

    /**
     * The real simulated customer, counting each call the customer panel has finished (whatever the interface
     * offers: a proxy, so a method added to it is passed on too).
     */
    private TrainingCustomer counting(TrainingCustomer real) {
        return (TrainingCustomer) Proxy.newProxyInstance(TrainingCustomer.class.getClassLoader(),
                new Class<?>[] {TrainingCustomer.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(real, args);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        performed.incrementAndGet();
                    }
                });
    }

    /** Closes the window and the engine, as a cashier quitting the app; the data folder stays. */
    private void shut() throws Exception {
        fx(() -> {
            if (display != null) {
                display.dispose();
                model.close();
                display = null;
            }
            stage.removeEventFilter(KeyEvent.KEY_RELEASED, keyCounter);
            stage.removeEventFilter(MouseEvent.MOUSE_RELEASED, clickCounter);
            stage.hide();
            return null;
        });
        engine.close();
        log.close();
    }

    /**
     * The settings screen opens locked and asks the owner's lock, on the window's own I/O thread, whether a PIN is
     * needed. When none is (training, or no PIN set), waits until the PIN pad has gone, so a step never sees that
     * moment and a walk replays the same way.
     */
    void settleGate() throws Exception {
        if (!"manager PIN".equals(fx(this::screen))) {
            return;
        }
        boolean required = new FileOwnerLock(data, layout == Layout.TRAINING, clock).pinRequired();
        if (!required) {
            waitFx("the settings to open without a PIN", () -> !visible("pin-pad"));
        }
    }

    /**
     * Waits for the manager PIN just entered to be checked (a salted hash, on the window's own I/O thread): until
     * the settings show, or Unlock is enabled again.
     */
    void awaitPinCheck() throws Exception {
        waitFx("the PIN check", () -> {
            Node unlock = visibleNode("unlock");
            return visible("payee") || unlock != null && !unlock.isDisabled();
        });
    }

    /** Closes the window and the engine and opens both again on the same data folder. */
    void restart() throws Exception {
        shut();
        restarts++;
        open();
    }

    int restarts() {
        return restarts;
    }

    @Override
    public void close() throws Exception {
        try {
            shut();
        } finally {
            if (outside != null) {
                outside.close();
            }
        }
    }

    // ---- time ----

    /**
     * Runs everything the till has to do now: what falls due on the manual scheduler, the I/O threads' work and
     * the FX events they post, until two rounds in a row find nothing to do. Moves no time.
     */
    void settle() throws Exception {
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (true) {
            scheduler.runDue();
            if (!io.awaitIdle(deadline)) {
                throw new AssertionError("the engine's I/O threads were still busy after 30 s");
            }
            flushFx();
            if (!scheduler.hasDue() && io.idle()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the till never went idle within 30 s");
            }
        }
    }

    /** Moves the till's clock forward by {@code d} in steps of at most a second, letting the till work at each. */
    void advance(Duration d) throws Exception {
        Duration left = d;
        while (!left.isZero() && !left.isNegative()) {
            Duration step = left.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : left;
            scheduler.advance(step);
            settle();
            left = left.minus(step);
        }
    }

    /**
     * Moves time on, a second at a time, until {@code condition} (evaluated on the FX thread) holds; false if it
     * does not within {@code limit} of till time.
     */
    boolean advanceUntil(Duration limit, BooleanSupplier condition) throws Exception {
        settle();
        for (long s = 0; s < limit.toSeconds(); s++) {
            if (fx(condition::getAsBoolean)) {
                return true;
            }
            advance(Duration.ofSeconds(1));
        }
        return fx(condition::getAsBoolean);
    }

    /**
     * Waits in real time for something that runs on a thread the walk does not own (the window's own I/O thread:
     * the manager PIN's hash, the customer panel), polling the condition on the FX thread.
     */
    void waitFx(String what, BooleanSupplier condition) throws Exception {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                scheduler.runDue();
                return fx(condition::getAsBoolean);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 20 s for " + what, e);
        }
        settle();
    }

    // ---- keys and clicks ----

    /** Presses and releases each key on the focused window, as a keyboard does, and lets the till react. */
    void key(KeyCode... codes) throws Exception {
        for (KeyCode code : codes) {
            long seen = keysSeen.get();
            fx(() -> {
                robot.keyPress(code);
                robot.keyRelease(code);
                return null;
            });
            awaitCount(keysSeen, seen, "the key " + code);
            settle();
        }
    }

    /** Types text on the keyboard: digits, letters, '.', ',', '-'. */
    void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            key(keyFor(c));
        }
    }

    static KeyCode keyFor(char c) {
        if (Character.isDigit(c)) {
            return KeyCode.valueOf("DIGIT" + c);
        }
        if (Character.isLetter(c)) {
            return KeyCode.valueOf(String.valueOf(Character.toUpperCase(c)));
        }
        return switch (c) {
            case '.' -> KeyCode.PERIOD;
            case ',' -> KeyCode.COMMA;
            case '-' -> KeyCode.MINUS;
            case ' ' -> KeyCode.SPACE;
            default -> throw new IllegalArgumentException("no key for '" + c + "'");
        };
    }

    /** Clicks the middle of the node with this id (the visible one), where it is on the screen. */
    void click(String id) throws Exception {
        clickNode("#" + id, () -> visibleNode(id));
    }

    /** Clicks the middle of the node {@code finder} gives (on the FX thread), where it is on the screen. */
    void clickNode(String what, Callable<Node> finder) throws Exception {
        long seen = clicksSeen.get();
        fx(() -> {
            reveal(finder.call());
            return null;
        });
        String missing = fx(() -> {
            Node n = finder.call();
            if (n == null) {
                return "no visible " + what;
            }
            Bounds b = n.localToScreen(n.getLayoutBounds());
            robot.mouseMove(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
            robot.mouseClick(MouseButton.PRIMARY);
            return null;
        });
        if (missing != null) {
            throw new AssertionError("cannot click: " + missing);
        }
        awaitCount(clicksSeen, seen, "the click on " + what);
        settle();
    }

    /**
     * Scrolls every scroll pane around {@code n} until it is inside the pane's viewport, as a cashier scrolls to a
     * field below the fold (the settings page at 1280x800) before tapping it. FX thread.
     */
    private static void reveal(Node n) {
        if (n == null) {
            return;
        }
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                Bounds view = sp.getViewportBounds();
                Node content = sp.getContent();
                double extra = content.getBoundsInLocal().getHeight() - view.getHeight();
                Bounds at = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double top = -view.getMinY();
                if (extra > 0 && (at.getMinY() < top || at.getMaxY() > top + view.getHeight())) {
                    double target = Math.max(0, Math.min(extra, at.getMaxY() + 8 - view.getHeight()));
                    sp.setVvalue(sp.getVmin() + (sp.getVmax() - sp.getVmin()) * Math.min(target, at.getMinY()) / extra);
                    sp.applyCss();
                    sp.layout();
                }
            }
        }
    }

    /** Clicks the node with this id if it is visible and enabled; false when it is not there to click. */
    boolean clickIfThere(String id) throws Exception {
        Boolean there = fx(() -> {
            Node n = visibleNode(id);
            return n != null && !n.isDisabled();
        });
        if (there) {
            click(id);
        }
        return there;
    }

    private void awaitCount(AtomicLong counter, long before, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (counter) {
            while (counter.get() <= before) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(what + " never reached the window");
                }
                TimeUnit.NANOSECONDS.timedWait(counter, left);
            }
        }
    }

    private static void count(AtomicLong counter) {
        synchronized (counter) {
            counter.incrementAndGet();
            counter.notifyAll();
        }
    }

    // ---- looking ----

    /** The node with this id (or CSS selector) whose every ancestor is visible, or null. Call on the FX thread. */
    Node visibleNode(String id) {
        String selector = id.startsWith("#") || id.startsWith(".") ? id : "#" + id;
        Node first = scene.getRoot().lookup(selector);
        if (first == null) {
            return null;
        }
        if (Invariants.shown(first)) {
            return first;
        }
        for (Node n : scene.getRoot().lookupAll(selector)) {
            if (Invariants.shown(n)) {
                return n;
            }
        }
        return null;
    }

    boolean visible(String id) {
        return visibleNode(id) != null;
    }

    /** The text of the visible labeled node with this id, or null. Call on the FX thread. */
    String text(String id) {
        Node n = visibleNode(id);
        return n instanceof javafx.scene.control.Labeled l ? l.getText() : null;
    }

    /** What is in front, in the words of the walk's messages. Call on the FX thread. */
    String screen() {
        if (scene.getRoot() instanceof BorderPane root && root.getCenter() instanceof StackPane center) {
            for (Node n : center.getChildren()) {
                if (n.isVisible()) {
                    List<String> classes = n.getStyleClass();
                    if (classes.contains("keypad")) {
                        return visible("currency-chooser") ? "currency chooser" : "keypad";
                    }
                    if (classes.contains("payment")) {
                        return visible("cancel-confirm") ? "cancel question" : "payment";
                    }
                    if (classes.contains("result")) {
                        return "result";
                    }
                    if (classes.contains("history")) {
                        return "recent sales";
                    }
                    if (classes.contains("settings")) {
                        return visible("pin-pad") ? "manager PIN" : "settings";
                    }
                    if (classes.contains("reports")) {
                        return visible("pin-pad") ? "manager PIN" : "reports";
                    }
                }
            }
        }
        return screenById();
    }

    /** The root of the screen in front (the shell's visible centre child), or null if the shell looks otherwise. */
    Node front() {
        if (scene.getRoot() instanceof BorderPane root && root.getCenter() instanceof StackPane center) {
            for (Node n : center.getChildren()) {
                if (n.isVisible()) {
                    return n;
                }
            }
        }
        return null;
    }

    /** {@link #screen()} by the ids the screens carry, should the shell's layout change. */
    private String screenById() {
        if (visible("currency-chooser")) {
            return "currency chooser";
        }
        if (visible("cancel-confirm")) {
            return "cancel question";
        }
        if (visible("qr")) {
            return "payment";
        }
        if (visible("result")) {
            return "result";
        }
        if (visible("sales")) {
            return "recent sales";
        }
        if (visible("pin-pad")) {
            return "manager PIN";
        }
        if (visible("payee")) {
            return "settings";
        }
        if (visible("reports-heading")) {
            return "reports";
        }
        if (visible("amount")) {
            return "keypad";
        }
        return "unknown screen";
    }

    /** The sale with this order id as the engine last stored it (the engine's read API). */
    SaleSnapshot stored(String orderId) throws Exception {
        CompletableFuture<List<SaleSnapshot>> recent = engine.records().recent(500);
        settle();
        return recent.get(10, TimeUnit.SECONDS).stream().filter(s -> s.orderId().equals(orderId)).findFirst()
                .orElseThrow(() -> new AssertionError("order " + orderId + " is not in the receipt log"));
    }

    // ---- the FX thread ----

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /**
     * Waits for the next pulse to have run its layout: the window as drawn, with the scene's own focus clean-up
     * done (a focused node that was hidden or removed loses the focus in the pulse, not at once).
     */
    void pulse() throws Exception {
        // a layout that asks for another (a table column widened to a cell's text during the pass) is drawn for one
        // frame before it settles; the cashier sees the settled window, so that is what is checked (at most 5 pulses)
        for (int i = 0; i < 5; i++) {
            onePulse();
            if (!fx(() -> scene.getRoot().isNeedsLayout())) {
                return;
            }
        }
    }

    private void onePulse() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        fx(() -> {
            Runnable listener = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    done.complete(null);
                }
            };
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
            return null;
        });
        done.get(10, TimeUnit.SECONDS);
    }

    /** Lets the FX thread run everything queued so far, and what that queues in turn (two rounds). */
    static void flushFx() throws Exception {
        for (int i = 0; i < 2; i++) {
            fx(() -> null);
        }
    }
}
