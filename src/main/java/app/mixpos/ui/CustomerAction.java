package app.mixpos.ui;

import app.mixpos.ui.text.Texts;

/**
 * What the simulated customer does in training mode; the panel labels each from the bundle. Losing the
 * network is not one of them: it is a state, switched by {@link TrainingCustomer#network(boolean)}.
 */
public enum CustomerAction {
    PAY_EXACTLY,
    PAY_LESS_THEN_TOP_UP,
    OVERPAY,
    CONFIRMING_SLOWLY,
    PENDING,
    AUDITING,
    FAIL_40000,
    FAIL_40020,
    FAIL_40024,
    FAIL_40025,
    GO_SLOW;

    /** The button's label in English. */
    public String label() {
        return label(Texts.english());
    }

    /** The button's label in the words of {@code texts}: {@code customer.action.<name>}. */
    public String label(Texts texts) {
        return texts.get("customer.action." + name());
    }
}
