package app.mixpos.ui.shell;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The strip above every screen: the training banner, warnings, and notices of sales paid after a cancel. */
final class Banners extends VBox {

    static final String TRAINING = "training-banner";
    static final String NOTICE = "notice-banner";

    Banners(ShellViewModel shell, boolean training) {
        getStyleClass().add("banners");
        if (training) {
            Label banner = new Label("TRAINING — no real money");
            banner.setId("training-banner");
            banner.getStyleClass().add(TRAINING);
            banner.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(banner);
        }
        VBox warnings = new VBox();
        getChildren().add(warnings);
        shell.warnings().addListener((ListChangeListener<String>) c -> {
            warnings.getChildren().clear();
            shell.warnings().forEach(w -> warnings.getChildren().add(warning(shell, w)));
        });
        VBox notices = new VBox();
        getChildren().add(notices);
        shell.notices().addListener((ListChangeListener<SaleSnapshot>) c -> {
            notices.getChildren().clear();
            shell.notices().forEach(n -> notices.getChildren().add(notice(shell, n)));
        });
    }

    private static HBox warning(ShellViewModel shell, String sentence) {
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> shell.warnings().remove(sentence));
        HBox box = new HBox(text, dismiss);
        box.setId("warning-banner");
        box.getStyleClass().add(NOTICE);
        return box;
    }

    private static HBox notice(ShellViewModel shell, SaleSnapshot s) {
        Label text = new Label("PAID AFTER CANCEL: order " + s.orderId() + ", " + Format.money(s.sale().amount())
                + " — the customer paid a sale you cancelled.");
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = new Button("Open");
        open.setOnAction(e -> shell.openNotice(s));
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> shell.dismissNotice(s));
        open.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(text, open, dismiss);
        box.setId("notice-" + s.orderId());
        box.getStyleClass().add(NOTICE);
        return box;
    }
}
