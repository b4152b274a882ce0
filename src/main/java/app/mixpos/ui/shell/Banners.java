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

/**
 * The strip above every screen: the training banner (with the simulated network's state), whether MixPay can be
 * reached (not on the payment screen, which says it its own way), warnings, and a notice for every outcome the
 * cashier has not seen yet.
 */
final class Banners extends VBox {

    static final String TRAINING = "training-banner";
    static final String NOTICE = "notice-banner";
    /** Notices shown at once, oldest first, so a burst of them (after a restart) leaves the screen usable. */
    static final int SHOWN = 2;

    Banners(ShellViewModel shell, boolean training) {
        getStyleClass().add("banners");
        if (training) {
            Label banner = new Label();
            banner.setId("training-banner");
            banner.textProperty().bind(shell.networkLostProperty().map(lost -> lost
                    ? "TRAINING — no real money · Network lost (training): MixPay cannot be reached"
                    : "TRAINING — no real money"));
            banner.getStyleClass().add(TRAINING);
            banner.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(banner);
        }
        Label reachability = new Label();
        reachability.setId("reachability");
        reachability.getStyleClass().add("reachability-banner");
        reachability.setWrapText(true);
        reachability.setMaxWidth(Double.MAX_VALUE);
        reachability.textProperty().bind(shell.reachabilityProperty());
        Runnable place = () -> {
            boolean show = !shell.reachabilityProperty().get().isEmpty()
                    && shell.screenProperty().get() != Screen.PAYMENT;
            reachability.setVisible(show);
            reachability.setManaged(show);
        };
        shell.reachabilityProperty().addListener((obs, old, now) -> place.run());
        shell.screenProperty().addListener((obs, old, now) -> place.run());
        place.run();
        getChildren().add(reachability);
        Label held = new Label();
        held.setId("log-held");
        held.getStyleClass().add("reachability-banner");
        held.setWrapText(true);
        held.setMaxWidth(Double.MAX_VALUE);
        held.textProperty().bind(shell.logHeldProperty());
        held.visibleProperty().bind(shell.logHeldProperty().map(text -> !text.isEmpty()));
        held.managedProperty().bind(held.visibleProperty());
        getChildren().add(held);
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
            shell.notices().stream().limit(SHOWN).forEach(n -> notices.getChildren().add(notice(shell, n)));
            int more = shell.notices().size() - SHOWN;
            if (more > 0) {
                Label rest = new Label("… and " + more + " more sale" + (more == 1 ? "" : "s")
                        + " to look at: each shows here when you open or dismiss one above.");
                rest.setId("notices-more");
                rest.setWrapText(true);
                rest.setMaxWidth(Double.MAX_VALUE);
                rest.getStyleClass().addAll(NOTICE, "notice-text");
                notices.getChildren().add(rest);
            }
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
        Label text = new Label(words(s));
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
        if (!s.state().outcome().isPaid()) {
            box.getStyleClass().add("notice-failed");
        }
        return box;
    }

    /** What a notice says about a sale whose outcome the cashier has not seen. */
    static String words(SaleSnapshot s) {
        String sale = "order " + s.orderId() + ", " + Format.money(s.sale().amount());
        return switch (s.state().outcome()) {
            case PAID_AFTER_CANCEL -> "PAID AFTER CANCEL: " + sale + " — the customer paid a sale you cancelled.";
            case PAID -> "PAID: " + sale + " — paid while it was not on screen. Open it to see the result.";
            case PAID_SURPLUS -> "PAID WITH SURPLUS: " + sale
                    + " — paid (too much) while it was not on screen. Open it to see the refund.";
            case FAILED -> "PAYMENT FAILED: " + sale + " — do not hand over goods for it. Open it for the reason.";
            case MISMATCH -> "DO NOT HAND OVER GOODS: " + sale
                    + " — a payment did not match the sale. Open it for the detail.";
            default -> "Order " + s.orderId() + ": " + s.state().outcome().name().toLowerCase().replace('_', ' ') + ".";
        };
    }
}
