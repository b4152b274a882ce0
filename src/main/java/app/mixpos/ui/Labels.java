package app.mixpos.ui;

import javafx.scene.control.Label;

/** Builds the labels the screens share: an id for tests, a style class for the CSS, wrapping on. */
public final class Labels {

    private Labels() {
    }

    public static Label wrapped(String id, String style, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }
}
