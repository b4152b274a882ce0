package app.mixpos.ui.result;

import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.ui.Format;
import app.mixpos.ui.text.FailureWords;
import app.mixpos.ui.text.ReasonWords;
import app.mixpos.ui.text.SurplusWords;
import app.mixpos.ui.text.Texts;
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

    /** The result of {@code s}, whatever its outcome, in English. */
    public static ResultContent of(SaleSnapshot s) {
        return of(Texts.english(), s);
    }

    /** The result of {@code s}, whatever its outcome, in the words of {@code t}. */
    public static ResultContent of(Texts t, SaleSnapshot s) {
        SaleState st = s.state();
        String amount = Format.money(t, s.sale().amount());
        String order = t.get("common.order", s.orderId());
        String handOver = t.get("result.handOver");
        List<String> lines = new ArrayList<>();
        return switch (st.outcome()) {
            case PAID -> new ResultContent("paid", t.get("result.paid.title"), amount, List.of(order), handOver);
            case PAID_SURPLUS -> {
                lines.add(t.get("result.surplus.paidTooMuch", Format.money(t, st.surplusAmount(), st.payableSymbol()),
                        SurplusWords.of(t, st.surplusStatus())));
                lines.add(t.get("result.surplus.refundedByMixPay"));
                lines.add(order);
                yield new ResultContent("paid", t.get("result.surplus.title"), amount, lines, handOver);
            }
            case PAID_AFTER_CANCEL -> {
                lines.add(t.get("result.afterCancel.line"));
                if (st.surplusStatus() != SurplusStatus.NO) {
                    lines.add(t.get("result.afterCancel.surplus", Format.money(t, st.surplusAmount(),
                            st.payableSymbol()), SurplusWords.of(t, st.surplusStatus())));
                }
                lines.add(order);
                yield new ResultContent("paid", t.get("result.afterCancel.title"), amount, lines,
                        t.get("result.afterCancel.next"));
            }
            case FAILED -> {
                lines.add(FailureWords.of(t, st.failureCode()));
                lines.add(t.get("result.failed.code", st.failureCode().code(), order));
                yield new ResultContent("failed", t.get("result.failed.title"), amount, lines,
                        t.get("result.failed.next"));
            }
            case MISMATCH -> {
                lines.add(t.get("result.mismatch.line"));
                lines.add(st.reasons().isEmpty() ? t.get("result.mismatch.noDetail")
                        : new ReasonWords(t).all(st.reasons()));
                lines.add(order);
                yield new ResultContent("mismatch", t.get("result.mismatch.title"), amount, lines,
                        t.get("result.mismatch.next"));
            }
            case CANCELLED -> new ResultContent("neutral", t.get("result.cancelled.title"), amount,
                    List.of(t.get("result.cancelled.line"), order), "");
            case VOID -> new ResultContent("neutral", t.get("result.void.title"), amount,
                    List.of(st.reasons().isEmpty() ? t.get("result.void.noDetail") : new ReasonWords(t).all(st.reasons()),
                            order),
                    t.get("result.void.next"));
            case OPEN, CREATING -> new ResultContent("neutral", t.get("result.open.title"), amount, List.of(order),
                    "");
        };
    }
}
