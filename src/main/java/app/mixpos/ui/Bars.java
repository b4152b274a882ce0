package app.mixpos.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip the screens and panels share: a title on the left, their buttons on the right. */
public final class Bars {

    private Bars() {
    }

    /**
     * @param titleStyle the title's style class, e.g. {@code screen-title}
     * @param barStyle   the strip's style class, e.g. {@code top-bar}
     */
    public static HBox titled(String title, String titleStyle, String barStyle, Node... right) {
        Label heading = new Label(title);
        heading.getStyleClass().add(titleStyle);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(heading, gap);
        bar.getChildren().addAll(right);
        bar.getStyleClass().add(barStyle);
        return bar;
    }

    /** A button with an id (for tests and the CSS) that runs {@code action}; a null id leaves it without one. */
    public static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        if (id != null) {
            b.setId(id);
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
