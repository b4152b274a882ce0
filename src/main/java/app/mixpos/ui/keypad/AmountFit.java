package app.mixpos.ui.keypad;

import app.mixpos.ui.FxThread;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * Keeps the typed amount whole: when it is wider than its room (a long amount, a narrow window, the training
 * panel open), its type steps down instead of being cut to "12…". A money amount is never shown with an ellipsis.
 */
final class AmountFit {

    /** The sizes the amount may take, in em, largest first; keypad.css has a class for each. */
    static final double[] STEPS = {5, 4, 3.2, 2.5, 2, 1.6, 1.2};

    private final Label amount;
    private boolean queued;

    private AmountFit(Label amount) {
        this.amount = amount;
    }

    /**
     * Starts fitting {@code amount}, which must have the {@code keypad-amount} style class. A change of text, width
     * or font only queues one fit for after the current event: the fit changes the style-class list, which must not
     * happen from inside a CSS pass or a listener of that list (it did, and threw, and left the size wrong).
     */
    static void keep(Label amount) {
        AmountFit fit = new AmountFit(amount);
        amount.setMinWidth(0);
        amount.setMaxWidth(Double.MAX_VALUE);
        amount.widthProperty().addListener((obs, old, now) -> fit.queue());
        amount.textProperty().addListener((obs, old, now) -> fit.queue());
        amount.fontProperty().addListener((obs, old, now) -> fit.queue());
    }

    private void queue() {
        if (!queued) {
            queued = true;
            FxThread.later(this::refit);
        }
    }

    /**
     * Measures the text in the font its current style class gives (CSS applied first, so the two agree) and swaps
     * the class once if another step fits better.
     */
    private void refit() {
        queued = false;
        if (amount.getScene() == null) {
            return;
        }
        amount.applyCss();
        double room = amount.getWidth() - amount.snappedLeftInset() - amount.snappedRightInset();
        if (room <= 0 || amount.getText() == null) {
            return;
        }
        double applied = applied(amount.getStyleClass());
        Text probe = new Text(amount.getText());
        probe.setFont(amount.getFont());
        double step = step(probe.getLayoutBounds().getWidth(), applied, room);
        if (step != applied) {
            amount.getStyleClass().removeIf(c -> c.startsWith("amount-"));
            if (step != STEPS[0]) {
                amount.getStyleClass().add(styleClass(step));
            }
        }
    }

    /** The step the style classes give: the first {@code amount-…} class, or the largest step when none. */
    static double applied(List<String> styleClasses) {
        for (double s : STEPS) {
            if (styleClasses.contains(styleClass(s))) {
                return s;
            }
        }
        return STEPS[0];
    }

    /**
     * The largest step at which text that is {@code width} wide at size {@code at} fits in {@code room}; the
     * smallest step if none does.
     */
    static double step(double width, double at, double room) {
        for (double s : STEPS) {
            if (width * s / at <= room) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** {@code amount-5}, {@code amount-3_2}: the style class for a step. */
    static String styleClass(double step) {
        String n = step == Math.rint(step) ? String.valueOf((int) step) : String.valueOf(step).replace('.', '_');
        return "amount-" + n;
    }
}
