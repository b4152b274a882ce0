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

    private final Button cancel = new Button("Cancel sale (Del)");
    private final Button keep = new Button("Keep waiting (Enter)");

    CancelConfirm(PaymentViewModel vm) {
        setId("cancel-confirm");
        getStyleClass().add(STYLE);
        Label question = new Label("Cancel this sale?");
        question.getStyleClass().add("confirm-title");
        Label detail = new Label("Ask the customer not to pay with this QR code. MixPay may still accept it, "
                + "so the app keeps checking and tells you if the sale is paid after all.");
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
