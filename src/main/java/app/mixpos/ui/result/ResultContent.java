package app.mixpos.ui.result;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.ui.Format;
import app.mixpos.ui.ReasonSentences;
import java.util.ArrayList;
import java.util.List;

/**
 * What a result screen says for a sale.
 *
 * @param tone  {@code paid}, {@code failed}, {@code mismatch} or {@code neutral}: the screen's colour
 * @param title the one word or phrase read from across the shop
 * @param lines details, first the most important
 * @param next  what the cashier does now
 */
public record ResultContent(String tone, String title, String amount, List<String> lines, String next) {

    /** The result of {@code s}, whatever its outcome. */
    public static ResultContent of(SaleSnapshot s) {
        SaleState st = s.state();
        String amount = Format.money(s.sale().amount());
        String order = "Order " + s.orderId();
        List<String> lines = new ArrayList<>();
        return switch (st.outcome()) {
            case PAID -> new ResultContent("paid", "PAID", amount, List.of(order), "Hand over the goods.");
            case PAID_SURPLUS -> {
                lines.add("The customer paid " + Format.money(st.surplusAmount(), st.payableSymbol())
                        + " too much: " + st.surplusStatus().describe() + ".");
                lines.add("MixPay refunds the surplus to the customer by itself.");
                lines.add(order);
                yield new ResultContent("paid", "PAID — with surplus", amount, lines, "Hand over the goods.");
            }
            case PAID_AFTER_CANCEL -> {
                lines.add("You cancelled this sale, but the customer paid it anyway.");
                if (st.surplusStatus() != app.mixpos.sale.SurplusStatus.NO) {
                    lines.add("Surplus " + Format.money(st.surplusAmount(), st.payableSymbol()) + ": "
                            + st.surplusStatus().describe() + ".");
                }
                lines.add(order);
                yield new ResultContent("paid", "PAID AFTER CANCEL", amount, lines,
                        "Hand over the goods, or settle a refund with the customer.");
            }
            case FAILED -> {
                lines.add(st.failureCode().cashierMessage());
                lines.add("MixPay failure code " + st.failureCode().code() + " · " + order);
                yield new ResultContent("failed", "PAYMENT FAILED", amount, lines,
                        "Do not hand over goods. Start a new sale if the customer still wants to pay.");
            }
            case MISMATCH -> {
                lines.add("A payment claimed success but did not match this sale:");
                lines.add(st.reasons().isEmpty() ? "no detail recorded" : ReasonSentences.of(st.reasons()));
                lines.add(order);
                yield new ResultContent("mismatch", "DO NOT HAND OVER GOODS", amount, lines,
                        "Ask for a new payment. Note the order number for MixPay support.");
            }
            case CANCELLED -> new ResultContent("neutral", "Cancelled", amount,
                    List.of("Still watched in case the customer pays anyway.", order), "");
            case VOID -> new ResultContent("neutral", "Not charged", amount,
                    List.of(st.reasons().isEmpty() ? "The payment link could not be made."
                            : ReasonSentences.of(st.reasons()), order),
                    "Nothing was charged.");
            case OPEN, CREATING -> new ResultContent("neutral", "Waiting for payment", amount, List.of(order), "");
        };
    }
}
