package app.mixpos.sale;

import java.util.List;

/** What a set of sales adds up to, as the receipt log holds them: per currency and outcome, and per payment asset. */
public record PeriodTally(List<OutcomeTally> outcomes, List<PaymentTally> payments) {

    public static final PeriodTally EMPTY = new PeriodTally(List.of(), List.of());

    public PeriodTally {
        outcomes = List.copyOf(outcomes);
        payments = List.copyOf(payments);
    }
}
