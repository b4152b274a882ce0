package app.mixpos.ui.keypad;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * One touch key of the pad: a styled box with its label that acts when pressed and released on it, like a
 * button. Not a {@code Button}: the pad has thirteen keys, none of which takes the focus (the keyboard goes to
 * the keypad itself), and a Button's skin, behaviour and key bindings made each cost about 2 ms before the
 * first frame. Screen readers still see a button with its label, and can press it.
 */
final class PadKey extends StackPane {

    static final PseudoClass ARMED = PseudoClass.getPseudoClass("armed");

    private final Runnable action;
    private boolean armed;

    PadKey(String label, String id, Runnable action) {
        this.action = action;
        setId(id);
        getStyleClass().add(KeypadPad.KEY);
        Text text = new Text(label);
        text.getStyleClass().add("keypad-key-label");
        getChildren().add(text);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(label);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> arm(e.getButton() == MouseButton.PRIMARY));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> arm(false));
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            boolean fire = armed && contains(e.getX(), e.getY());
            arm(false);
            if (fire) {
                action.run();
            }
        });
    }

    private void arm(boolean on) {
        armed = on;
        pseudoClassStateChanged(ARMED, on);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction a, Object... parameters) {
        if (a == AccessibleAction.FIRE) {
            action.run();
        } else {
            super.executeAccessibleAction(a, parameters);
        }
    }
}
