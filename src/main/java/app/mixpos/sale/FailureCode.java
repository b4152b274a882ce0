package app.mixpos.sale;

import java.util.Map;
import java.util.Objects;

/**
 * MixPay's {@code failureCode}, an open catalogue: known codes have a cashier sentence,
 * every other code gets a generic one. Branch on the code, never on MixPay's English text.
 */
public record FailureCode(String code) {

    public static final FailureCode NONE = new FailureCode("0");

    private static final String REFUSAL =
            "MixPay refused this currency or payee for this payment. Check the settings or use another currency.";
    private static final String LEGACY =
            "MixPay marked this payment as refunded. Ask the customer to pay again with a new QR code.";

    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("40000", "Payment time ran out: nothing valid arrived before the deadline. Start a new sale."),
            Map.entry("40020", "The customer paid with the wrong asset; it is being refunded. Start a new sale."),
            Map.entry("40021", "A second, extra transfer was refunded to the customer."),
            Map.entry("40022", "MixPay does not know this payment. Start a new sale."),
            Map.entry("40024", "The customer paid the wrong amount, or the time ran out while underpaid; "
                    + "it is being refunded. Start a new sale."),
            Map.entry("40025", "The market moved too much during payment; it is being refunded. Try again."),
            Map.entry("40027", "The settlement asset is restricted. Change the settlement asset in settings."),
            Map.entry("40032", "The payment was cancelled. Start a new sale if the customer still wants to pay."),
            Map.entry("10095", "MixPay rejected the payment in review. Do not hand over goods; ask for another payment."),
            Map.entry("10003", REFUSAL), Map.entry("10052", REFUSAL), Map.entry("10053", REFUSAL),
            Map.entry("10054", REFUSAL), Map.entry("10055", REFUSAL), Map.entry("10056", REFUSAL),
            Map.entry("10057", REFUSAL), Map.entry("10067", REFUSAL), Map.entry("10068", REFUSAL),
            Map.entry("10074", REFUSAL), Map.entry("10085", REFUSAL), Map.entry("10092", REFUSAL),
            Map.entry("10094", REFUSAL),
            Map.entry("40001", LEGACY), Map.entry("40023", LEGACY), Map.entry("40026", LEGACY),
            Map.entry("40028", LEGACY), Map.entry("10034", LEGACY), Map.entry("10096", LEGACY),
            Map.entry("10097", LEGACY));

    public FailureCode {
        Objects.requireNonNull(code, "code");
        code = code.strip();
        if (code.isEmpty()) {
            code = "0";
        }
    }

    public static FailureCode of(String code) {
        return code == null ? NONE : new FailureCode(code);
    }

    public boolean isNone() {
        return "0".equals(code);
    }

    public boolean isKnown() {
        return SENTENCES.containsKey(code);
    }

    /** What happened and what to do next, in words for the cashier. */
    public String cashierMessage() {
        if (isNone()) {
            return "MixPay says the payment failed without giving a reason. Start a new sale.";
        }
        String known = SENTENCES.get(code);
        return known != null ? known
                : "MixPay says the payment failed (code " + code + "). Start a new sale; if it repeats, "
                + "note the code and contact MixPay support.";
    }

    @Override
    public String toString() {
        return code;
    }
}
