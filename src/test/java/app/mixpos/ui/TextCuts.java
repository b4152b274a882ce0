package app.mixpos.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds text cut short on screen: a {@link Labeled} whose skin draws a string other than its text (JavaFX ends
 * such a string with an ellipsis). Only visible labels count.
 */
public final class TextCuts {

    private TextCuts() {
    }

    /** What the label's skin draws, or its text when the skin has no text node (not laid out yet). */
    public static String shown(Labeled label) {
        for (Node n : label.getChildrenUnmodifiable()) {
            if (n instanceof Text t && !(n.getParent() instanceof Labeled l && l != label)) {
                return t.getText();
            }
        }
        return label.getText();
    }

    /**
     * Each visible label cut short in the scene, as "id or class: drawn ≠ text", after CSS and layout have caught
     * up with the latest changes (on the FX thread, whichever thread asks).
     */
    public static List<String> in(Scene scene) {
        return onFx(() -> {
            settle(scene);
            List<String> cuts = new ArrayList<>();
            walk(scene.getRoot(), cuts);
            return cuts;
        });
    }

    /** Applies CSS and lays the scene out now, as the next pulse would. Call on the FX thread. */
    public static void settle(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** Runs {@code work} on the FX thread and waits for its answer. */
    public static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            if (javafx.application.Platform.isFxApplicationThread()) {
                return work.call();
            }
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Node node, List<String> cuts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String drawn = shown(l);
            if (!drawn.equals(l.getText()) && !(l.isWrapText() && drawn.replaceAll("\\s", "")
                    .equals(l.getText().replaceAll("\\s", "")))) {
                cuts.add(name(l) + ": \"" + drawn + "\" instead of \"" + l.getText() + "\"");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, cuts);
            }
        }
    }

    private static String name(Labeled l) {
        return l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName() + l.getStyleClass();
    }
}
