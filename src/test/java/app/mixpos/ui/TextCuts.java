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
            String clipped = clippedSideways(l);
            if (clipped != null) {
                cuts.add(name(l) + ": \"" + l.getText() + "\" " + clipped);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, cuts);
            }
        }
    }

    /**
     * Text whole in its label but drawn past the side of a clipping ancestor (a table's viewport when its columns
     * are wider than the table): no ellipsis, yet the cashier cannot read the end. Rows scrolled out of view
     * vertically are not counted: that is scrolling, not cutting.
     */
    public static String clippedSideways(Labeled l) {
        Text text = null;
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                text = t;
            }
        }
        if (text == null || !text.isVisible()) {
            return null;
        }
        javafx.geometry.Bounds drawn = text.localToScene(text.getBoundsInLocal());
        for (Node a = l; a != null; a = a.getParent()) {
            if (a.getClip() != null) {
                javafx.geometry.Bounds clip = a.localToScene(a.getClip().getBoundsInParent());
                boolean rowInView = drawn.getMaxY() > clip.getMinY() && drawn.getMinY() < clip.getMaxY();
                if (rowInView && (drawn.getMaxX() > clip.getMaxX() + 1 || drawn.getMinX() < clip.getMinX() - 1)) {
                    return String.format("runs past the edge of its %s (text %.0f..%.0f, visible %.0f..%.0f)",
                            a.getClass().getSimpleName(), drawn.getMinX(), drawn.getMaxX(), clip.getMinX(),
                            clip.getMaxX());
                }
            }
        }
        return null;
    }

    private static String name(Labeled l) {
        return l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName() + l.getStyleClass();
    }
}
