package app.mixpos.sale;

/** Why cashier input is not an amount, with the sentence to show next to it. */
public record AmountError(Kind kind, String message) {

    public enum Kind { EMPTY, NOT_A_NUMBER, NEGATIVE, ZERO, TOO_MANY_DECIMALS, TOO_LOW, TOO_HIGH }
}
