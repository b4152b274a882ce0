package app.mixpos.sale;

import java.util.List;

/**
 * What a set of sales adds up to, as the receipt log holds them: per currency and outcome, per payment asset, and what
 * MixPay settled for the paid ones (empty in Zs closed before the log kept settlement).
 */
public record PeriodTally(List<OutcomeTally> outcomes, List<PaymentTally> payments, List<SettleTally> settlements) {

    public static final PeriodTally EMPTY = new PeriodTally(List.of(), List.of());

    public PeriodTally {
        outcomes = List.copyOf(outcomes);
        payments = List.copyOf(payments);
        settlements = settlements == null ? List.of() : List.copyOf(settlements);
    }

    /** A tally without settlement figures. */
    public PeriodTally(List<OutcomeTally> outcomes, List<PaymentTally> payments) {
        this(outcomes, payments, List.of());
    }
}
