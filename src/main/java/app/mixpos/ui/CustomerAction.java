package app.mixpos.ui;

/**
 * What the simulated customer does in training mode, each with the button label the panel shows. Losing the
 * network is not one of them: it is a state, switched by {@link TrainingCustomer#network(boolean)}.
 */
public enum CustomerAction {
    PAY_EXACTLY("Pay exactly"),
    PAY_LESS_THEN_TOP_UP("Pay less, then top up"),
    OVERPAY("Overpay"),
    CONFIRMING_SLOWLY("Confirm slowly"),
    PENDING("Pending"),
    AUDITING("Auditing"),
    FAIL_40000("Fail: time ran out (40000)"),
    FAIL_40020("Fail: wrong asset (40020)"),
    FAIL_40024("Fail: wrong amount (40024)"),
    FAIL_40025("Fail: volatility (40025)"),
    GO_SLOW("MixPay goes slow");

    private final String label;

    CustomerAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
