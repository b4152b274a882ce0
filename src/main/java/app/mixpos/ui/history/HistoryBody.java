package app.mixpos.ui.history;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The list beside the selected sale when there is room for both whole (the list never narrower than its columns,
 * the detail's buttons never cut), above it when not (1024 px with the training panel open, or long outcomes at
 * 1280 px): the list then has the whole width, so times, amounts and outcomes stay whole.
 */
final class HistoryBody extends StackPane {

    /** Side by side from this many em of width on; the list's columns and the detail need about that. */
    static final double SIDE_BY_SIDE_EM = 66;

    private final HBox wide = new HBox();
    private final VBox narrow = new VBox();
    private final Label em = new Label();
    private final javafx.scene.Node table;
    private final javafx.scene.Node detail;
    private Boolean side;

    HistoryBody(javafx.scene.Node table, javafx.scene.Node detail) {
        this.table = table;
        this.detail = detail;
        wide.getStyleClass().add("history-body");
        narrow.getStyleClass().addAll("history-body", "history-narrow");
        em.setManaged(false);
        em.setVisible(false);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(em);
        widthProperty().addListener((obs, old, now) -> arrange(now.doubleValue()));
    }

    /** The list's columns and the detail's buttons change width with what they show: choose again each layout. */
    @Override
    protected void layoutChildren() {
        arrange(getWidth());
        super.layoutChildren();
    }

    private void arrange(double width) {
        double emSize = em.getFont().getSize();
        double both = table.minWidth(-1) + detail.minWidth(-1) + 4 * emSize;
        boolean sideBySide = width >= Math.max(SIDE_BY_SIDE_EM * emSize, both);
        if (side != null && side == sideBySide) {
            return;
        }
        side = sideBySide;
        wide.getChildren().clear();
        narrow.getChildren().clear();
        getChildren().setAll(em, sideBySide ? wide : narrow);
        (sideBySide ? wide.getChildren() : narrow.getChildren()).addAll(table, detail);
        detail.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("below"), !sideBySide);
    }
}
