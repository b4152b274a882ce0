package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every screen fits a 1024x768 window, also after the tallest one (settings) has been shown. */
class ScreenSizesTest extends PosWindowHarness {

    private Stage stage;

    @Override
    boolean training() {
        return true;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @Test
    void afterSettingsEveryScreenStillFitsTheWindow(FxRobot r) {
        for (double[] size : new double[][] {{1024, 768}, {1280, 800}, {1920, 1080}}) {
            String at = (int) size[0] + "x" + (int) size[1] + ": ";
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            press(r, KeyCode.F10);
            assertThat(outside(stage.getScene())).as(at + "settings").isEmpty();
            assertThat(TextCuts.in(stage.getScene())).as(at + "settings text").isEmpty();
            press(r, KeyCode.ESCAPE);
            assertThat(outside(stage.getScene())).as(at + "keypad after settings").isEmpty();
            assertThat(TextCuts.in(stage.getScene())).as(at + "keypad text").isEmpty();

            press(r, KeyCode.F2);
            assertThat(outside(stage.getScene())).as(at + "recent sales after settings").isEmpty();
            assertThat(TextCuts.in(stage.getScene())).as(at + "recent sales text").isEmpty();
            press(r, KeyCode.ESCAPE);

            var sale = chargeOpen(r, "12.50");
            assertThat(outside(stage.getScene())).as(at + "payment after settings").isEmpty();
            assertThat(TextCuts.in(stage.getScene())).as(at + "payment text").isEmpty();
            push(Sales.status(sale, "confirming", 0, null, null, null));
            assertThat(linesThatWrap(r.lookup("#payment-status").queryAs(javafx.scene.control.Label.class)))
                    .as(at + "confirming status").isEmpty();
            press(r, KeyCode.ESCAPE);
            press(r, KeyCode.ESCAPE);
        }
    }

    /** The lines of a label's text that do not fit its width on one line (so wrap where no one chose). */
    static List<String> linesThatWrap(javafx.scene.control.Label label) {
        return TextCuts.onFx(() -> {
            TextCuts.settle(label.getScene());
            double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            List<String> wrapped = new ArrayList<>();
            for (String line : label.getText().split("\n")) {
                javafx.scene.text.Text probe = new javafx.scene.text.Text(line);
                probe.setFont(label.getFont());
                if (probe.getLayoutBounds().getWidth() > room) {
                    wrapped.add(line + " (" + probe.getLayoutBounds().getWidth() + " > " + room + ")");
                }
            }
            return wrapped;
        });
    }

    /** Visible controls that are not wholly inside the scene. */
    static List<String> outside(Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        return TextCuts.onFx(() -> {
            TextCuts.settle(scene);
            List<String> out = new ArrayList<>();
            walk(scene.getRoot(), scene, out);
            return out;
        });
    }

    /**
     * A control is outside when the part of it that can be seen is: a row half scrolled out of a table's viewport
     * is cut by the viewport's clip, not by the window, so only what lies within every clipping ancestor counts.
     */
    private static void walk(Node n, Scene scene, List<String> out) {
        walk(n, scene, out, null);
    }

    private static void walk(Node n, Scene scene, List<String> out, Bounds clip) {
        if (!n.isVisible()) {
            return;
        }
        if (n.getClip() != null) {
            clip = intersect(clip, n.localToScene(n.getClip().getBoundsInParent()));
        }
        if (n instanceof Control c) {
            Bounds b = intersect(clip, c.localToScene(c.getLayoutBounds()));
            if (b != null && (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMaxY() > scene.getHeight() + 0.5)) {
                out.add((c.getId() != null ? "#" + c.getId() : c.getClass().getSimpleName()) + " at " + b);
            }
        }
        if (n instanceof Parent p && !(n instanceof Control ctl && ctl.getSkin() == null)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, scene, out, clip);
            }
        }
    }

    /** The overlap of two scene rectangles; {@code b} when there is no clip, null when they do not meet. */
    private static Bounds intersect(Bounds clip, Bounds b) {
        if (clip == null) {
            return b;
        }
        double minX = Math.max(clip.getMinX(), b.getMinX());
        double minY = Math.max(clip.getMinY(), b.getMinY());
        double maxX = Math.min(clip.getMaxX(), b.getMaxX());
        double maxY = Math.min(clip.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
