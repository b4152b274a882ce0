package app.mixpos.sale;

/** The outcome of reading cashier input: a valid amount, a refusal, or (while typing) not finished yet. */
public sealed interface AmountResult {

    record Valid(Amount amount) implements AmountResult {
    }

    record Refused(AmountError error) implements AmountResult {
    }

    /** Input that is not an amount yet but may become one, such as {@code 12.} or an empty field. */
    record Incomplete() implements AmountResult {
    }
}
