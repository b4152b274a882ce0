package app.mixpos.walk;

import app.mixpos.receipts.SqlThreads;
import app.mixpos.ui.text.SurplusWords;
import app.mixpos.ui.text.Texts;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;

/**
 * What must hold after every step of a walk, whatever the screen. Each check returns sentences naming the step,
 * the screen and the node; {@link #checks()} counts every single comparison made.
 *
 * <ol>
 *   <li>no uncaught exception on any thread (the default handler and the FX thread's own);</li>
 *   <li>no visible text cut short: a shown {@link Labeled} whose skin's {@link Text} differs from its text;</li>
 *   <li>every visible control inside the window's scene;</li>
 *   <li>the focus on a visible, enabled node;</li>
 *   <li>what the screen says about a sale (outcome, amount, order id) agrees with the receipt log, read through a
 *       separate SQLite connection.</li>
 * </ol>
 */
final class Invariants {

    /** Half a pixel of rounding either side of the window's edge. */
    private static final double EDGE = 0.5;
    /** An order id after the word for "order" in English or the walk's language ({@code 订单 T0-…}). */
    private static final Pattern ORDER = Pattern.compile("(?:[Oo]rder|"
            + Pattern.quote(WalkLanguage.prefix("common.order")) + ")\\s*([A-Za-z0-9][A-Za-z0-9-]*)");

    private static final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private static volatile boolean installed;

    private final Till till;
    private final CustomerDisplayInvariants customerDisplay;
    private int seenUncaught;
    private long checks;

    Invariants(Till till) {
        this.till = till;
        customerDisplay = new CustomerDisplayInvariants(till);
        seenUncaught = uncaught.size();
    }

    /**
     * Catches what escapes any thread: the JVM's default handler, and the FX thread's own (JavaFX hands listener and
     * event-handler exceptions to the current thread's handler).
     */
    static void install() throws Exception {
        if (installed) {
            return;
        }
        Thread.UncaughtExceptionHandler catcher = (t, e) -> uncaught.add(new ThreadFailure(t.getName(), e));
        Thread.setDefaultUncaughtExceptionHandler(catcher);
        Till.fx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(catcher);
            return null;
        });
        // no SQL on the FX thread: the receipt log's connection refuses a call from it for the whole walk
        SqlThreads.refuse(thread -> Platform.isFxApplicationThread());
        installed = true;
    }

    /** Exceptions caught on any thread so far. */
    static int uncaughtCount() {
        return uncaught.size();
    }

    long checks() {
        return checks + customerDisplay.checks();
    }

    /** Every invariant, after step {@code step}; empty when all hold. */
    List<Violation> check(String step) throws Exception {
        List<Violation> found = new ArrayList<>();
        till.pulse();
        Seen seen = Till.fx(this::look);
        String where = "after step " + step + " on the " + seen.screen + " screen";
        exceptions(where, found);
        for (Violation v : seen.violations) {
            found.add(new Violation(v.key, where + ": " + v.message));
        }
        agreesWithLog(where, seen, found);
        if (till.display != null) {
            found.addAll(customerDisplay.check(where));
        }
        return found;
    }

    // ---- 1. exceptions ----

    private void exceptions(String where, List<Violation> found) {
        checks++;
        while (seenUncaught < uncaught.size()) {
            Throwable t = uncaught.get(seenUncaught++);
            ThreadFailure f = t instanceof ThreadFailure tf ? tf : new ThreadFailure("?", t);
            StackTraceElement top = topFrame(f.getCause());
            found.add(new Violation("exception|" + f.getCause().getClass().getName() + "|" + top,
                    where + ": uncaught " + f.getCause() + " on thread " + f.thread + " at " + top + "\n"
                            + stack(f.getCause())));
        }
    }

    private static StackTraceElement topFrame(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("app.mixpos")) {
                return e;
            }
        }
        return t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
    }

    private static String stack(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 2500 ? s.substring(0, 2500) + "…" : s;
    }

    // ---- 2 to 4, on the FX thread, after a layout pass ----

    /** What the window shows now, with the violations of invariants 2 to 4. Runs on the FX thread. */
    private Seen look() {
        Scene scene = till.scene;
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Seen seen = new Seen(till.screen());
        walk(scene.getRoot(), false, scene, seen);
        focus(scene, seen);
        facts(seen);
        return seen;
    }

    private void walk(Node node, boolean scrolled, Scene scene, Seen seen) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            cutShort(l, seen);
            inTheWalksLanguage(l, seen);
        }
        if (node instanceof Control c && !scrolled) {
            inside(c, scene, seen);
        }
        if (node instanceof Parent p) {
            boolean inner = scrolled || node instanceof ScrollPane
                    || node.getClass().getName().endsWith("VirtualFlow");
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, inner, scene, seen);
            }
        }
    }

    /** In a walk in another language, no label shows an English text that language words otherwise. */
    private void inTheWalksLanguage(Labeled l, Seen seen) {
        if (WalkLanguage.ENGLISH_ONLY.isEmpty() || l.getText() == null) {
            return;
        }
        checks++;
        if (WalkLanguage.ENGLISH_ONLY.contains(l.getText())) {
            seen.violations.add(new Violation("english|" + seen.screen + "|" + l.getText(), "English on a "
                    + WalkLanguage.TEXTS.locale().toLanguageTag() + " screen: " + describe(l) + " shows \u201C"
                    + l.getText() + "\u201D"));
        }
    }

    private void cutShort(Labeled l, Seen seen) {
        String text = l.getText();
        if (text == null || text.isEmpty() || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || l.getWidth() <= 0) {
            return;
        }
        Text shown = null;
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                shown = t;
            }
        }
        if (shown == null) {
            return;
        }
        checks++;
        String expected = l.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        if (!expected.equals(shown.getText()) && !text.equals(shown.getText())) {
            seen.violations.add(new Violation("cut|" + seen.screen + "|" + key(l),
                    "text cut short in " + describe(l) + ": shows \"" + shown.getText() + "\" instead of \""
                            + text + "\" (" + Math.round(l.getWidth()) + "x" + Math.round(l.getHeight()) + " px)"));
        }
        String clipped = app.mixpos.ui.TextCuts.clippedSideways(l);
        if (clipped != null) {
            seen.violations.add(new Violation("clipped|" + seen.screen + "|" + key(l),
                    "text cut off in " + describe(l) + ": \"" + text + "\" " + clipped));
        }
    }

    private void inside(Control c, Scene scene, Seen seen) {
        Bounds b = c.localToScene(c.getLayoutBounds());
        checks++;
        if (b.getMinX() < -EDGE || b.getMinY() < -EDGE || b.getMaxX() > scene.getWidth() + EDGE
                || b.getMaxY() > scene.getHeight() + EDGE) {
            seen.violations.add(new Violation("outside|" + seen.screen + "|" + key(c),
                    describe(c) + " lies outside the window: " + box(b) + " in a " + Math.round(scene.getWidth())
                            + "x" + Math.round(scene.getHeight()) + " scene"));
        }
    }

    private void focus(Scene scene, Seen seen) {
        checks++;
        Node owner = scene.getFocusOwner();
        if (owner == null) {
            seen.violations.add(new Violation("focus|" + seen.screen + "|none", "nothing has the focus"));
        } else if (!shown(owner)) {
            seen.violations.add(new Violation("focus|" + seen.screen + "|hidden|" + key(owner),
                    "the focus is on " + describe(owner) + ", which is not visible"));
        } else if (owner.isDisabled()) {
            seen.violations.add(new Violation("focus|" + seen.screen + "|disabled|" + key(owner),
                    "the focus is on " + describe(owner) + ", which is disabled"));
        } else {
            Node front = till.front();
            checks++;
            if (front != null && !within(owner, front)) {
                seen.violations.add(new Violation("focus|" + seen.screen + "|elsewhere|" + key(region(owner)),
                        "the focus is on " + describe(owner) + ", outside the " + seen.screen + " screen in front"));
            }
        }
    }

    // ---- 5. the screen against the receipt log ----

    /** Collects what the screen says about sales. Runs on the FX thread. */
    private void facts(Seen seen) {
        switch (seen.screen) {
            case "payment", "cancel question" -> seen.facts.add(new Fact("payment", "payment-order",
                    order(till.text("payment-order")), "outcome", "OPEN", "amount", till.text("payment-amount")));
            case "result" -> {
                String order = null;
                String code = null;
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String line = till.text("result-line-" + i);
                    if (line == null) {
                        break;
                    }
                    lines.add(line);
                    if (order == null) {
                        order = order(line);
                    }
                    Matcher m = Pattern.compile("failure code (\\S+)").matcher(line);
                    if (m.find()) {
                        code = m.group(1);
                    }
                }
                seen.facts.add(new Fact("result", "result-line", order, "title", till.text("result-title"),
                        "amount", till.text("result-amount"), "code", code, "lines", String.join("\n", lines)));
            }
            case "recent sales" -> {
                String title = till.text("detail-title");
                // "{0} · order {1}": the words between the amount and the order id, in the walk's language
                String between = WalkLanguage.TEXTS.get("history.saleTitle", "", "").strip();
                if (title != null && title.contains(between)) {
                    int cut = title.indexOf(between);
                    seen.facts.add(new Fact("recent sales detail", "detail-title", order(title), "amount",
                            title.substring(0, cut).strip(), "words", till.text("detail-outcome"),
                            "message", till.text("history-message")));
                }
                for (Node row : till.scene.getRoot().lookupAll(".table-row-cell")) {
                    if (row instanceof TableRow<?> r && shown(r) && r.getItem() instanceof SaleSnapshot s) {
                        String amount = null;
                        String outcome = null;
                        for (Node cell : r.lookupAll(".table-cell")) {
                            if (cell instanceof TableCell<?, ?> tc && shown(tc) && tc.getTableColumn() != null) {
                                String column = String.valueOf(tc.getTableColumn().getText());
                                if (column.equals(WalkLanguage.TEXTS.get("history.column.amount"))) {
                                    amount = cellText(tc);
                                } else if (column.equals(WalkLanguage.TEXTS.get("history.column.outcome"))) {
                                    outcome = cellText(tc);
                                }
                            }
                        }
                        if (amount != null && outcome != null) {
                            seen.facts.add(new Fact("recent sales row " + r.getIndex(), "sales", s.orderId(),
                                    "amount", amount, "cell", outcome));
                        }
                    }
                }
            }
            default -> { }
        }
        facing(seen);
        noSqlOnTheFxThread(seen);
        standaloneShowsNoStore(seen);
        for (Node n : till.scene.getRoot().lookupAll(".notice-banner")) {
            if (shown(n) && n.getId() != null && n.getId().startsWith("notice-") && n instanceof Parent p) {
                String order = n.getId().substring("notice-".length());
                for (Node child : p.getChildrenUnmodifiable()) {
                    if (child instanceof Labeled l && l.getText() != null && l.getText().contains(order)) {
                        seen.facts.add(new Fact("notice", n.getId(), order, "notice", l.getText()));
                    }
                }
            }
        }
    }

    /** The receipt log was not touched from the FX thread since the last check (SqlThreads refuses and counts it). */
    private void noSqlOnTheFxThread(Seen seen) {
        checks++;
        List<String> calls = SqlThreads.violations();
        if (!calls.isEmpty()) {
            SqlThreads.clearViolations();
            seen.violations.add(new Violation("sql-on-fx|" + seen.screen, "SQL ran on the FX thread: " + calls));
        }
    }

    /** The walked till is standalone: no store line, no whole-shop choice, no till column (store mode, issue 12). */
    private void standaloneShowsNoStore(Seen seen) {
        checks++;
        for (String id : new String[] {"#store-line", "#scope-whole-shop", "#find-key"}) {
            if (till.scene.getRoot().lookup(id) != null) {
                seen.violations.add(new Violation("store-standalone|" + id, "a standalone till shows store mode's "
                        + id));
            }
        }
        // the Reports screen builds its "This till / Whole shop" choice always and shows it in store mode only
        for (String id : new String[] {"#reports-scope", "#reports-closing", "#reports-per-till"}) {
            Node n = till.scene.getRoot().lookup(id);
            if (n != null && n.isVisible() && n.isManaged()) {
                seen.violations.add(new Violation("store-standalone|" + id, "a standalone till's Reports screen "
                        + "shows store mode's " + id));
            }
        }
        for (Node t : till.scene.getRoot().lookupAll(".table-view")) {
            if (t instanceof javafx.scene.control.TableView<?> table && table.getColumns().stream()
                    .anyMatch(c -> "till-column".equals(c.getId()))) {
                seen.violations.add(new Violation("store-standalone|till-column", "a standalone till's recent sales "
                        + "have a till column"));
            }
        }
    }

    /**
     * The sale the till model says faces the customer is the one whose QR or result is on screen, and no sale faces
     * the customer on any other screen (a customer display following the model would show what the cashier sees).
     */
    private void facing(Seen seen) {
        checks++;
        SaleSnapshot facing = till.model.current().facing();
        String modelSays = facing == null ? null : facing.orderId();
        String screenShows = seen.facts.stream().filter(f -> f.what.equals("payment") || f.what.equals("result"))
                .map(f -> f.order).findFirst().orElse(null);
        if (!java.util.Objects.equals(modelSays, screenShows)) {
            seen.violations.add(new Violation("facing|" + seen.screen, "the till model has "
                    + (modelSays == null ? "no sale" : "order " + modelSays) + " facing the customer, the screen shows "
                    + (screenShows == null ? "none" : "order " + screenShows)));
        }
    }

    private void agreesWithLog(String where, Seen seen, List<Violation> found) {
        for (Fact f : seen.facts) {
            checks++;
            if (f.order == null) {
                found.add(new Violation("log|" + f.what + "|no order", where + ": the " + f.what
                        + " shows no order id (#" + f.node + ")"));
                continue;
            }
            Optional<LogReader.Row> stored = till.log.sale(f.order);
            if (stored.isEmpty()) {
                found.add(new Violation("log|" + f.what + "|missing", where + ": the " + f.what + " (#" + f.node
                        + ") shows order " + f.order + ", which is not in the receipt log"));
                continue;
            }
            LogReader.Row row = stored.get();
            for (String problem : disagreements(f, row)) {
                checks++;
                found.add(new Violation("log|" + f.what.replaceAll(" \\d+$", "") + "|" + problem.split(":")[0],
                        where + ": the " + f.what + " (#" + f.node + ") of order " + f.order + " " + problem
                                + " (log: " + row + ")"));
            }
        }
    }

    private static List<String> disagreements(Fact f, LogReader.Row row) {
        List<String> out = new ArrayList<>();
        String amount = f.get("amount");
        if (amount != null && !amount.equals(row.money())) {
            out.add("amount: shows \"" + amount + "\", the log has \"" + row.money() + "\"");
        }
        String outcome = f.get("outcome");
        if (outcome != null && !outcome.equals(row.outcome())) {
            out.add("outcome: says " + outcome + ", the log says " + row.outcome());
        }
        if (!WalkLanguage.english()) {
            return out; // the checks below read the outcome from English words
        }
        String title = f.get("title");
        if (f.has("title") && !agrees(title, row, false)) {
            out.add("outcome: is titled \"" + title + "\", the log says " + row.outcome());
        }
        if (f.has("code") && "FAILED".equals(row.outcome()) && !row.failureCode().equals(f.get("code"))) {
            out.add("failure code: shows " + f.get("code") + ", the log has " + row.failureCode());
        }
        if (f.has("lines") && "PAID_SURPLUS".equals(row.outcome())
                && !f.get("lines").toLowerCase(Locale.ROOT).contains(refund(row))) {
            out.add("surplus: does not say \"" + refund(row) + "\" (the log's surplus status " + row.surplusStatus()
                    + ")");
        }
        String cell = f.get("cell");
        if (f.has("cell") && !agrees(cell, row, true)) {
            out.add("outcome: the row says \"" + cell + "\", the log says " + expected(row));
        }
        String said = f.get("words");
        if (f.has("words") && !agrees(said, row, true)) {
            out.add("outcome: the detail says \"" + said + "\", the log says " + expected(row)
                    + (f.get("message") == null || f.get("message").isEmpty() ? ""
                    : "; the screen's message: \"" + f.get("message") + "\""));
        }
        String notice = f.get("notice");
        if (notice != null && !agrees(notice, row, false)) {
            out.add("outcome: the notice says \"" + notice + "\", the log says " + row.outcome());
        }
        return out;
    }

    /**
     * Whether words on the screen say the log's outcome. Tolerant of how they are worded (the screens word
     * outcomes their own way), strict about which outcome: a paid sale never reads as open, refunded as pending.
     *
     * @param detail also the failure code, the refund's progress and MixPay's status where the words carry them
     */
    static boolean agrees(String text, LogReader.Row r, boolean detail) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        boolean paid = t.contains("paid") && !t.contains("unpaid");
        return switch (r.outcome()) {
            case "PAID" -> paid && !t.contains("surplus") && !t.contains("too much") && !t.contains("cancel");
            case "PAID_SURPLUS" -> paid && (t.contains("surplus") || t.contains("too much"))
                    && (!detail || t.contains(refund(r)));
            case "PAID_AFTER_CANCEL" -> paid && t.contains("cancel");
            case "FAILED" -> t.contains("fail") && (!detail || t.contains(r.failureCode()));
            case "MISMATCH" -> t.contains("mismatch") || t.contains("do not hand over") || t.contains("did not match");
            case "CANCELLED" -> t.contains("cancel") && !paid;
            case "VOID" -> t.contains("not charged");
            case "OPEN" -> (t.contains("open") || t.contains("waiting")) && !paid
                    && (!detail || !t.contains("·") || t.contains(r.status().toLowerCase(Locale.ROOT)));
            case "CREATING" -> t.contains("creating") || t.contains("waiting");
            default -> false;
        };
    }

    /** The refund's progress as the screens word it, without the advice after a dash. */
    private static String refund(LogReader.Row r) {
        String d = SurplusWords.of(Texts.english(), SurplusStatus.of(r.surplusStatus()));
        int dash = d.indexOf(" — ");
        return (dash < 0 ? d : d.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String expected(LogReader.Row r) {
        return r.outcome() + ("FAILED".equals(r.outcome()) ? " " + r.failureCode() : "")
                + ("PAID_SURPLUS".equals(r.outcome()) ? " (" + refund(r) + ")" : "")
                + ("OPEN".equals(r.outcome()) ? " (" + r.status() + ")" : "");
    }

    static String order(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ORDER.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    // ---- helpers ----

    /** The part of the window a node is in: the child of the window's root that holds it. */
    private static Node region(Node n) {
        Node p = n;
        while (p.getParent() != null && p.getParent().getParent() != null) {
            p = p.getParent();
        }
        return p;
    }

    private static boolean within(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** True when the node and every ancestor are visible and it is in a scene. */
    static boolean shown(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Which node, the same for the same place whatever it shows: a cell is named by its column. */
    static String key(Node n) {
        if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null) {
            return "column " + c.getTableColumn().getText();
        }
        if (n.getId() != null) {
            return "#" + n.getId();
        }
        String near = "";
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                near = " in #" + p.getId();
                break;
            }
        }
        return n.getClass().getSimpleName() + n.getStyleClass() + near;
    }

    /** A node as a message names it: its id, or its class and text, and its nearest ancestor with an id. */
    static String describe(Node n) {
        if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null) {
            return "the " + c.getTableColumn().getText() + " cell of row " + c.getIndex() + " in #"
                    + c.getTableView().getId();
        }
        String self = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName()
                + (n instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "");
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                return self + " in #" + p.getId();
            }
        }
        return self;
    }

    private static String box(Bounds b) {
        return "x " + Math.round(b.getMinX()) + "…" + Math.round(b.getMaxX()) + ", y " + Math.round(b.getMinY())
                + "…" + Math.round(b.getMaxY());
    }

    /** One broken invariant: {@code key} says which (the same breakage at a later step has the same key). */
    record Violation(String key, String message) {
    }

    private static final class Seen {
        final String screen;
        final List<Violation> violations = new ArrayList<>();
        final List<Fact> facts = new ArrayList<>();

        Seen(String screen) {
            this.screen = screen;
        }
    }

    /** Something a screen says about one sale: {@code fields} are name/value pairs. */
    private static final class Fact {
        final String what;
        final String node;
        final String order;
        final Map<String, String> fields = new LinkedHashMap<>();

        Fact(String what, String node, String order, String... fields) {
            this.what = what;
            this.node = node;
            this.order = order;
            for (int i = 0; i + 1 < fields.length; i += 2) {
                this.fields.put(fields[i], fields[i + 1]);
            }
        }

        String get(String name) {
            return fields.get(name);
        }

        boolean has(String name) {
            return fields.containsKey(name);
        }
    }

    private static final class ThreadFailure extends RuntimeException {
        final String thread;

        ThreadFailure(String thread, Throwable cause) {
            super(cause);
            this.thread = thread;
        }
    }

    /** A cell's words: its text, or the wrapped {@link javafx.scene.text.Text} it shows as its graphic. */
    private static String cellText(TableCell<?, ?> cell) {
        if (cell.getText() != null) {
            return cell.getText();
        }
        return cell.getGraphic() instanceof javafx.scene.text.Text t ? t.getText() : null;
    }
}
