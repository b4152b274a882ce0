package app.mixpos.ui.shell;

import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;

/** One screen as the shell shows it: its node and what it does with keys. */
public interface ScreenView {

    Parent node();

    /** Handles a key pressed anywhere in the window while this screen shows; true consumes it. */
    boolean onKeyPressed(KeyEvent event);

    /** Handles a typed character; true consumes it. */
    default boolean onKeyTyped(KeyEvent event) {
        return false;
    }

    /**
     * Builds what the first frame does not need (overlays, pickers); the shell calls it once, in an FX event of
     * its own just after the window shows. A view must still work if something it builds here is wanted sooner.
     */
    default void completeLater() {
    }

    /** Called each time the screen comes to the front, to put the focus where the cashier expects it. */
    default void shown() {
    }
}
