package app.mixpos.bench;

import app.mixpos.checkout.PendingCheckout;
import app.mixpos.config.Settings;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.ui.export.ExportDesk;
import app.mixpos.ui.window.PosWindow;
import app.mixpos.ui.SoundCue;
import app.mixpos.ui.UiOptions;
import app.mixpos.ui.payment.QrView;
import app.mixpos.wiring.EngineRuntime;
import app.mixpos.wiring.FileExports;
import app.mixpos.wiring.FileSettingsEditor;
import app.mixpos.wiring.PosEngine;
import app.mixpos.wiring.SimulatorCustomer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * One till in its own JVM: the real {@link PosWindow} on the real engine ({@link EngineRuntime#real()}) in training
 * mode, its simulator on loopback, drawn by Monocle headless. Drives it with key events as a cashier would and
 * prints one {@code RESULT {json}} line. Arguments: link mode, then the counts (see {@link #main}).
 */
public final class SalesRun {

    private final Scene scene;
    private final MixPaySimulator simulator;
    private volatile BooleanSupplier waitingFor;
    private volatile CompletableFuture<Long> reached;
    private final Random random = new Random(7);
    private int sales;

    private SalesRun(Scene scene, MixPaySimulator simulator) {
        this.scene = scene;
        this.simulator = simulator;
    }

    private void listen() {
        scene.addPostLayoutPulseListener(() -> {
            BooleanSupplier w = waitingFor;
            if (w != null && w.getAsBoolean()) {
                waitingFor = null;
                reached.complete(System.nanoTime());
            }
        });
    }

    /**
     * {@code mode paid qr total pace-ms [log]}: paid sales first, then Enter→QR sales, then charge-and-cancel up to
     * total; with a log to start from, {@code paid} charges (charged and cancelled at the pace, untimed: a till that
     * has been open a while, as the paid sales are for the Enter→QR figure) and then only Enter→QR sales, each while a
     * CSV export of that whole log runs; with a seventh argument {@code x:FIRST:LAST} (ISO days) instead, each while the
     * till's Reports build X reports of those days one after another, as an owner paging through the month would.
     */
    public static void main(String[] args) throws Exception {
        LinkMode mode = LinkMode.fromLabel(args[0]);
        int paid = Integer.parseInt(args[1]);
        int qr = Integer.parseInt(args[2]);
        int total = Integer.parseInt(args[3]);
        long paceMs = Long.parseLong(args[4]);
        Path data = Files.createTempDirectory("bench-till");
        Path seed = args.length > 5 ? Path.of(args[5]) : null;
        if (seed != null) {
            // the till starts on a copy of the big log, so the export reads the very file the till writes
            Path copy = data.resolve("training-receipts.sqlite");
            Files.copy(seed, copy);
            settled(copy);
        }
        Settings settings = new Settings(data, "", Settings.DEFAULT_SETTLEMENT_ASSET, "usd",
                URI.create("https://api.mixpay.me/v1"), URI.create("https://mixpay.me"), mode, true, 40);
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> rss = new ArrayList<>();
        try (PosEngine engine = PosEngine.open(settings, EngineRuntime.real())) {
            engine.start();
            CompletableFuture<Scene> shown = new CompletableFuture<>();
            Platform.startup(() -> {
                Stage stage = new Stage();
                new PosWindow(stage, new PendingCheckout(CompletableFuture.completedFuture(engine.checkout())), engine.records(),
                        new UiOptions(true, QuoteAsset.USD, settings.effectivePayee(), mode.label(), null),
                        new FileSettingsEditor(settings), new SimulatorCustomer(() -> engine.simulator().orElseThrow()),
                        SoundCue.SILENT).show();
                shown.complete(stage.getScene());
            });
            SalesRun run = new SalesRun(shown.get(30, TimeUnit.SECONDS), engine.simulator().orElseThrow());
            fx(() -> {
                run.listen();
                return null;
            });
            Thread.sleep(2000);
            run.sample(rss);
            if (seed != null) {
                run.warmUp(paid, paceMs);
                if (args.length > 6) {
                    String[] days = args[6].split(":");
                    out.put("duringReports", run.enterToQrDuringReports(engine, LocalDate.parse(days[1]),
                            LocalDate.parse(days[2]), qr, paceMs));
                } else {
                    out.put("duringExport", run.enterToQrDuringExport(engine, data, qr, paceMs));
                }
            } else {
                out.put("paid", run.paidSales(paid, rss));
                out.put("enterToQr", run.enterToQr(qr, paceMs, rss));
                run.chargeAndCancel(total - paid - qr, rss);
            }
            out.put("rss", rss);
            out.put("sales", run.sales);
        }
        removed(data);
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(out));
        System.exit(0);
    }

    /** Enter on the keypad until the QR node shows this sale's image and its pulse ran, then Esc, Enter. */
    private Map<String, Object> enterToQr(int count, long paceMs, List<Map<String, Object>> rss) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ms.add(chargeAtPace(paceMs));
            counted(rss);
        }
        Map<String, Object> m = Stats.summary(ms);
        m.put("samples", ms);
        return m;
    }

    /** One charge at the pace: Enter→QR timed (ms), the sale cancelled, then the rest of {@code paceMs} waited out. */
    private double chargeAtPace(long paceMs) throws Exception {
        long started = System.nanoTime();
        double ms = chargeUntilQr() / 1e6;
        cancel();
        long left = paceMs - (System.nanoTime() - started) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
        return ms;
    }

    /** Removes the till's data folder once the engine has closed: a copy of the 1 M log is 1.2 GB. */
    private static void removed(Path data) throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The bulk log leaves its 20,000 cancelled sales to be watched (status {@code unpaid}); a till opening it would
     * resume all of them and ask MixPay about each, which is not what is measured here (and its own cost: resuming
     * n sales replans the watcher n times over all of them). A till with a year of sales behind it has them settled.
     */
    private static void settled(Path copy) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sales SET needs_watching = 0 WHERE needs_watching = 1");
        }
    }

    /**
     * Enter→QR while the accountant's CSV of the whole log is being written, as the Reports screen starts it (the app's
     * {@link FileExports} on a low-priority thread of its own): an export is started, and when it finishes the next
     * one, until {@code count} charges were timed with an export under way. Also how large the write-ahead log grew.
     */
    private Map<String, Object> enterToQrDuringExport(PosEngine engine, Path data, int count, long paceMs)
            throws Exception {
        ExecutorService exporting = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "exports");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        FileExports files = new FileExports(CompletableFuture.completedFuture(engine.exportRows()),
                data.resolve("exports"), ZoneId.systemDefault(), exporting);
        Path wal = data.resolve("training-receipts.sqlite-wal");
        List<Double> ms = new ArrayList<>();
        List<Long> exportMs = new ArrayList<>();
        long walMax = 0;
        CompletableFuture<Void> reading = new CompletableFuture<>();
        long[] started = {System.nanoTime()};
        ExportDesk.Running running = files.exportCsv(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), "all",
                (done, total) -> reading.complete(null));
        reading.get(60, TimeUnit.SECONDS);
        try {
            while (ms.size() < count) {
                if (running.done().isDone()) {
                    running.done().join();
                    exportMs.add((System.nanoTime() - started[0]) / 1_000_000);
                    started[0] = System.nanoTime();
                    running = files.exportCsv(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), "all",
                            (done, total) -> { });
                }
                long t0 = System.nanoTime();
                double one = chargeUntilQr() / 1e6;
                if (!running.done().isDone()) {
                    ms.add(one);
                }
                cancel();
                walMax = Math.max(walMax, Files.exists(wal) ? Files.size(wal) : 0);
                long left = paceMs - (System.nanoTime() - t0) / 1_000_000;
                if (left > 0) {
                    Thread.sleep(left);
                }
            }
        } finally {
            running.cancel();
            exporting.shutdown();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterToQr", Stats.summary(ms));
        m.put("samples", ms);
        m.put("exportsFinished", exportMs.size());
        m.put("exportMs", exportMs);
        m.put("walMaxBytes", walMax);
        return m;
    }

    /**
     * Charges and cancels {@code count} sales at the pace, untimed: the JIT has compiled the charge's path, as in a
     * till that has been open a while. Without it the first 30 or so charges of a fresh JVM take 40–60 ms, export or
     * not, and they would be what the export's figure measures.
     */
    private void warmUp(int count, long paceMs) throws Exception {
        for (int i = 0; i < count; i++) {
            chargeAtPace(paceMs);
        }
    }

    /**
     * Enter→QR while the till's {@code Reports} (the engine's own, as the Reports screen asks it) build X reports of
     * {@code [first, last]} back to back, from a thread standing in for the screen: {@code count} charges timed, and
     * how long each report took meanwhile.
     */
    private Map<String, Object> enterToQrDuringReports(PosEngine engine, LocalDate first, LocalDate last, int count,
                                                       long paceMs) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> reportMs = Collections.synchronizedList(new ArrayList<>());
        Thread owner = new Thread(() -> {
            while (!stop.get()) {
                long t0 = System.nanoTime();
                engine.reports().range(first, last).join();
                reportMs.add((System.nanoTime() - t0) / 1_000_000);
            }
        }, "owner-paging-reports");
        owner.setDaemon(true);
        owner.start();
        List<Double> ms = new ArrayList<>();
        try {
            while (ms.size() < count) {
                ms.add(chargeAtPace(paceMs));
            }
        } finally {
            stop.set(true);
            owner.join(30_000);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterToQr", Stats.summary(ms));
        m.put("samples", ms);
        m.put("reportsBuilt", reportMs.size());
        m.put("reportMs", Stats.summary(reportMs.stream().map(Long::doubleValue).toList()));
        return m;
    }

    /** The simulator's customer pays at a random moment after the QR shows; time until the result is on screen. */
    private Map<String, Object> paidSales(int count, List<Map<String, Object>> rss) throws Exception {
        List<Double> ms = new ArrayList<>();
        int notPaid = 0;
        long requestsBefore = simulator.requestCount();
        Instant from = Instant.now();
        for (int i = 0; i < count; i++) {
            chargeUntilQr();
            String link = fx(() -> qr().getText());
            Thread.sleep(random.nextInt(2000));
            reached = new CompletableFuture<>();
            waitingFor = () -> visible("#result");
            long paidAt = System.nanoTime();
            simulator.scan(link).payExactly();
            long shown = reached.get(60, TimeUnit.SECONDS);
            ms.add((shown - paidAt) / 1e6);
            String title = fx(() -> ((Label) scene.lookup("#result-title")).getText());
            if (!title.toLowerCase(java.util.Locale.ROOT).startsWith("paid")) {
                notPaid++;
            }
            key(KeyCode.ENTER);
            counted(rss);
        }
        double minutes = Duration.between(from, Instant.now()).toMillis() / 60_000.0;
        Map<String, Object> m = Stats.summary(ms);
        m.put("notPaid", notPaid);
        m.put("requests", simulator.requestCount() - requestsBefore);
        m.put("requestsPerMinute", Stats.round((simulator.requestCount() - requestsBefore) / minutes));
        m.put("samples", ms);
        return m;
    }

    private void chargeAndCancel(int count, List<Map<String, Object>> rss) throws Exception {
        for (int i = 0; i < count; i++) {
            chargeUntilQr();
            cancel();
            counted(rss);
        }
    }

    private long chargeUntilQr() throws Exception {
        waitUntil(() -> visible("#amount"));
        String amount = (1 + random.nextInt(200)) + "." + (10 + random.nextInt(90));
        for (char c : amount.toCharArray()) {
            typed(String.valueOf(c));
        }
        CompletableFuture<Long> done = new CompletableFuture<>();
        long start = fx(() -> {
            String before = scene.lookup("#qr") == null ? null : qr().getText();
            reached = done;
            waitingFor = () -> {
                Node q = scene.lookup("#qr");
                if (q == null || !visible("#qr")) {
                    return false;
                }
                QrView view = (QrView) q;
                ImageView image = (ImageView) view.getChildrenUnmodifiable().get(0);
                return view.getText() != null && !view.getText().equals(before) && image.getImage() != null;
            };
            long t = System.nanoTime();
            fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return t;
        });
        sales++;
        return done.get(60, TimeUnit.SECONDS) - start;
    }

    private void cancel() throws Exception {
        key(KeyCode.ESCAPE);
        key(KeyCode.DELETE);
        waitUntil(() -> !visible("#qr"));
    }

    private void counted(List<Map<String, Object>> rss) {
        if (sales % 100 == 0) {
            sample(rss);
        }
    }

    private void sample(List<Map<String, Object>> rss) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sales", sales);
        m.put("rssMib", Stats.round(Machine.rssMib()));
        Runtime rt = Runtime.getRuntime();
        m.put("heapUsedMib", Stats.round((rt.totalMemory() - rt.freeMemory()) / 1048576.0));
        m.put("fullGcTries", fullGc());
        m.put("liveHeapMib", Stats.round((rt.totalMemory() - rt.freeMemory()) / 1048576.0));
        m.put("heapCommittedMib", Stats.round(rt.totalMemory() / 1048576.0));
        rss.add(m);
    }

    /**
     * A full collection that really ran: {@code System.gc()} is skipped while a thread is in a JNI critical region
     * (the software renderer's pixel copies), and the "live heap" read after it would then be the heap as it was.
     * Returns how many calls it took.
     */
    private static int fullGc() {
        GarbageCollectorMXBean whole = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .max(Comparator.comparingInt((GarbageCollectorMXBean g) -> g.getMemoryPoolNames().length))
                .orElseThrow();
        long before = whole.getCollectionCount();
        for (int tries = 1; tries <= 50; tries++) {
            System.gc();
            if (whole.getCollectionCount() != before) {
                return tries;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return tries;
            }
        }
        throw new IllegalStateException("System.gc() never ran a full collection (" + whole.getName() + ")");
    }

    private boolean visible(String id) {
        Node n = scene.lookup(id);
        if (n == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private QrView qr() {
        return (QrView) scene.lookup("#qr");
    }

    private void key(KeyCode code) throws Exception {
        fx(() -> {
            fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            return null;
        });
    }

    private void typed(String character) throws Exception {
        fx(() -> {
            fire(new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
            return null;
        });
    }

    private void fire(KeyEvent e) {
        Event.fireEvent(scene.getRoot(), e);
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window never got there");
            }
            Thread.sleep(2);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
