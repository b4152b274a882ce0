package app.mixpos.ui.result;

import javafx.scene.shape.SVGPath;

/** The large tick, cross or warning sign of a result screen, drawn as a shape so no font is needed. */
final class ResultIcon {

    static final String STYLE = "result-icon";
    private static final String TICK = "M4 26 L16 38 L44 8 L49 13 L16 48 L-1 31 Z";
    private static final String CROSS = "M6 1 L24 19 L42 1 L47 6 L29 24 L47 42 L42 47 L24 29 L6 47 L1 42 L19 24 L1 6 Z";
    private static final String WARN = "M24 0 L48 44 L0 44 Z M21 14 L27 14 L26 30 L22 30 Z M21 34 L27 34 L27 40 L21 40 Z";

    private ResultIcon() {
    }

    static SVGPath forTone(String tone) {
        SVGPath path = new SVGPath();
        path.setContent(switch (tone) {
            case "paid" -> TICK;
            case "failed" -> CROSS;
            case "mismatch" -> WARN;
            default -> "";
        });
        path.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        path.getStyleClass().add(STYLE);
        path.setScaleX(2.5);
        path.setScaleY(2.5);
        return path;
    }
}
