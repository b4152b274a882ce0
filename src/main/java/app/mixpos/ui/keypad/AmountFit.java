package app.mixpos.ui.keypad;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * Keeps the typed amount whole: when it is wider than its room (a long amount, a narrow window, the training
 * panel open), its type steps down instead of being cut to "12…". A money amount is never shown with an ellipsis.
 */
final class AmountFit {

    /** The sizes the amount may take, in em, largest first; keypad.css has a class for each. */
    static final double[] STEPS = {5, 4, 3.2, 2.5, 2, 1.6};

    private final Label amount;
    private double current = STEPS[0];

    private AmountFit(Label amount) {
        this.amount = amount;
    }

    /** Starts fitting {@code amount}, which must have the {@code keypad-amount} style class. */
    static void keep(Label amount) {
        AmountFit fit = new AmountFit(amount);
        amount.setMinWidth(0);
        amount.setMaxWidth(Double.MAX_VALUE);
        amount.widthProperty().addListener((obs, old, now) -> fit.refit());
        amount.textProperty().addListener((obs, old, now) -> fit.refit());
        amount.fontProperty().addListener((obs, old, now) -> fit.refit());
    }

    private void refit() {
        double room = amount.getWidth() - amount.snappedLeftInset() - amount.snappedRightInset();
        if (room <= 0 || amount.getText() == null) {
            return;
        }
        Text probe = new Text(amount.getText());
        probe.setFont(amount.getFont());
        double step = step(probe.getLayoutBounds().getWidth(), current, room);
        if (step != current) {
            amount.getStyleClass().remove(styleClass(current));
            current = step;
            amount.getStyleClass().add(styleClass(step));
        }
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
