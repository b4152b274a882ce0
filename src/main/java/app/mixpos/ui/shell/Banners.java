package app.mixpos.ui.shell;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.Format;
import app.mixpos.ui.text.Texts;
import app.mixpos.ui.till.TillFx;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
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
    /**
     * Notices (and warnings) shown at once, oldest first, so a burst of them (after a restart) leaves the screen usable.
     */
    static final int SHOWN = 2;

    /** The line shown while another program holds the receipt log. */
    static String logHeld(Texts texts) {
        return texts.get("shell.logHeld");
    }

    /** @param networkLost training only: the simulated network is switched off; null outside training */
    Banners(Navigator nav, TillFx till, Warnings warnings, ObservableBooleanValue networkLost, Texts texts) {
        getStyleClass().add("banners");
        if (networkLost != null) {
            Label banner = new Label();
            banner.setId("training-banner");
            banner.textProperty().bind(Bindings.createStringBinding(() -> texts.get(networkLost.get()
                    ? "shell.training.networkLost" : "shell.training"), networkLost));
            banner.getStyleClass().add(TRAINING);
            banner.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(banner);
        }
        Label reachability = new Label();
        reachability.setId("reachability");
        reachability.getStyleClass().add("reachability-banner");
        reachability.setWrapText(true);
        reachability.setMaxWidth(Double.MAX_VALUE);
        reachability.textProperty().bind(till.healthProperty().map(h -> Reachability.sentence(texts, h)));
        Runnable place = () -> {
            boolean show = !reachability.getText().isEmpty() && nav.screenProperty().get() != Screen.PAYMENT;
            reachability.setVisible(show);
            reachability.setManaged(show);
        };
        reachability.textProperty().addListener((obs, old, now) -> place.run());
        nav.screenProperty().addListener((obs, old, now) -> place.run());
        place.run();
        getChildren().add(reachability);
        Label held = new Label();
        held.setId("log-held");
        held.getStyleClass().add("reachability-banner");
        held.setWrapText(true);
        held.setMaxWidth(Double.MAX_VALUE);
        held.textProperty().bind(till.receiptLogHeldProperty().map(on -> on ? logHeld(texts) : ""));
        held.visibleProperty().bind(till.receiptLogHeldProperty());
        held.managedProperty().bind(held.visibleProperty());
        getChildren().add(held);
        VBox shown = new VBox();
        getChildren().add(shown);
        warnings.list().addListener((ListChangeListener<String>) c -> {
            shown.getChildren().clear();
            warnings.list().stream().limit(SHOWN).forEach(w -> shown.getChildren().add(warning(warnings, w, texts)));
            int more = warnings.list().size() - SHOWN;
            if (more > 0) {
                Label rest = new Label(texts.get("shell.warnings.more", more));
                rest.setId("warnings-more");
                rest.setWrapText(true);
                rest.setMaxWidth(Double.MAX_VALUE);
                rest.getStyleClass().addAll(NOTICE, "notice-text");
                shown.getChildren().add(rest);
            }
        });
        VBox notices = new VBox();
        getChildren().add(notices);
        till.unacknowledged().addListener((ListChangeListener<SaleSnapshot>) c -> {
            notices.getChildren().clear();
            till.unacknowledged().stream().limit(SHOWN).forEach(n -> notices.getChildren().add(notice(nav, n, texts)));
            int more = till.unacknowledged().size() - SHOWN;
            if (more > 0) {
                Label rest = new Label(texts.get("shell.notices.more", more));
                rest.setId("notices-more");
                rest.setWrapText(true);
                rest.setMaxWidth(Double.MAX_VALUE);
                rest.getStyleClass().addAll(NOTICE, "notice-text");
                notices.getChildren().add(rest);
            }
        });
    }

    private static HBox warning(Warnings warnings, String sentence, Texts texts) {
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button(texts.get("shell.dismiss"));
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> warnings.dismiss(sentence));
        HBox box = new HBox(text, dismiss);
        box.setId("warning-banner");
        box.getStyleClass().add(NOTICE);
        return box;
    }

    private static HBox notice(Navigator nav, SaleSnapshot s, Texts texts) {
        Label text = new Label(words(texts, s));
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = new Button(texts.get("shell.open"));
        open.setOnAction(e -> nav.openNotice(s));
        Button dismiss = new Button(texts.get("shell.dismiss"));
        dismiss.setOnAction(e -> nav.till().acknowledge(s.orderId()));
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
    static String words(Texts texts, SaleSnapshot s) {
        String sale = texts.get("shell.notice.sale", s.orderId(), Format.money(texts, s.sale().amount()));
        return switch (s.state().outcome()) {
            case PAID_AFTER_CANCEL -> texts.get("shell.notice.PAID_AFTER_CANCEL", sale);
            case PAID -> texts.get("shell.notice.PAID", sale);
            case PAID_SURPLUS -> texts.get("shell.notice.PAID_SURPLUS", sale);
            case FAILED -> texts.get("shell.notice.FAILED", sale);
            case MISMATCH -> texts.get("shell.notice.MISMATCH", sale);
            default -> texts.get("shell.notice.other", s.orderId(),
                    texts.get("common.outcome." + s.state().outcome().name()));
        };
    }
}
