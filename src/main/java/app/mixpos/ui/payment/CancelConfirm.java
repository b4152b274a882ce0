package app.mixpos.ui.payment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The question asked before cancelling an open sale. Keeping the sale is the default (Enter, Esc): a cashier who
 * presses Enter out of habit must not cancel a sale the customer may be paying; cancelling takes Del or a tap.
 */
final class CancelConfirm extends StackPane {

    static final String STYLE = "cancel-confirm";

    private final Button cancel;
    private final Button keep;

    CancelConfirm(PaymentViewModel vm) {
        cancel = new Button(vm.texts().get("payment.confirm.cancel"));
        keep = new Button(vm.texts().get("payment.confirm.keep"));
        setId("cancel-confirm");
        getStyleClass().add(STYLE);
        Label question = new Label(vm.texts().get("payment.confirm.title"));
        question.getStyleClass().add("confirm-title");
        Label detail = new Label(vm.texts().get("payment.confirm.detail"));
        detail.setWrapText(true);
        detail.getStyleClass().add("confirm-detail");
        keep.setId("keep-waiting");
        keep.setDefaultButton(true);
        keep.setOnAction(e -> vm.keepWaiting());
        cancel.setId("confirm-cancel");
        cancel.getStyleClass().add("danger-button");
        cancel.setOnAction(e -> vm.confirmCancel());
        HBox buttons = new HBox(keep, cancel);
        buttons.getStyleClass().add("confirm-buttons");
        VBox card = new VBox(question, detail, buttons);
        card.getStyleClass().add("confirm-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        visibleProperty().bind(vm.confirmingCancelProperty());
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                // the safe choice is the default: Enter (or Esc) keeps waiting, only Del or a tap cancels
                keep.requestFocus();
            } else if (getParent() != null && (keep.isFocused() || cancel.isFocused())) {
                // back to the payment screen, not to whatever the toolkit finds next (the training panel's
                // "Pay exactly", where Space would pay)
                getParent().requestFocus();
            }
        });
    }
}
