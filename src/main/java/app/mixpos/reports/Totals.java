package app.mixpos.reports;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import app.mixpos.sale.SettleTally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report's figures: per quote currency, per outcome (every outcome listed, zeros included), per payment asset, and
 * what MixPay settled per asset. Lines come sorted by symbol; nothing here is floating point.
 *
 * @param settled           per settled asset, the paid sales MixPay reported settled
 * @param settlePending     paid sales whose settlement MixPay reports not done yet ({@code pending} or another word)
 * @param settleUnknown     paid sales MixPay said nothing about settling (recorded before the log kept settlement)
 */
public record Totals(List<CurrencyLine> currencies, List<OutcomeCount> outcomes, List<PaymentLine> payments,
                     List<SettledLine> settled, long settlePending, long settleUnknown) {

    public static final Totals NONE = of(PeriodTally.EMPTY);

    public Totals {
        currencies = List.copyOf(currencies);
        outcomes = List.copyOf(outcomes);
        payments = List.copyOf(payments);
        settled = List.copyOf(settled);
    }

    /** Figures without settlement. */
    public Totals(List<CurrencyLine> currencies, List<OutcomeCount> outcomes, List<PaymentLine> payments) {
        this(currencies, outcomes, payments, List.of(), 0, 0);
    }

    /** Folds the log's tallies into report lines. */
    public static Totals of(PeriodTally tally) {
        Map<String, CurrencyLine> lines = new LinkedHashMap<>();
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
        for (OutcomeTally t : tally.outcomes()) {
            counts.merge(t.outcome(), t.count(), Long::sum);
            boolean paid = t.outcome().isPaid();
            boolean open = !t.outcome().isSettledForCashier();
            CurrencyLine add = new CurrencyLine(t.quoteAssetId(), t.symbol(), t.decimals(), t.count(),
                    paid ? t.count() : 0, paid ? t.amount() : BigDecimal.ZERO, open ? t.count() : 0,
                    open ? t.amount() : BigDecimal.ZERO);
            lines.merge(t.quoteAssetId().toLowerCase(Locale.ROOT) + "/" + t.decimals(), add, Totals::plus);
        }
        Map<String, PaymentLine> payments = new LinkedHashMap<>();
        for (PaymentTally p : tally.payments()) {
            BigDecimal zero = BigDecimal.ZERO;
            PaymentLine add = switch (p.surplusStatus()) {
                case NO -> new PaymentLine(p.payableSymbol(), p.count(), p.paid(), zero, zero, zero);
                case SUCCESS -> new PaymentLine(p.payableSymbol(), p.count(), p.paid(), p.surplus(), zero, zero);
                case EXPIRED -> new PaymentLine(p.payableSymbol(), p.count(), p.paid(), zero, zero, p.surplus());
                case PENDING, SENDING, UNKNOWN ->
                        new PaymentLine(p.payableSymbol(), p.count(), p.paid(), zero, p.surplus(), zero);
            };
            payments.merge(p.payableSymbol(), add, Totals::plus);
        }
        List<CurrencyLine> currencies = new ArrayList<>(lines.values());
        currencies.sort(Comparator.comparing(CurrencyLine::symbol).thenComparing(CurrencyLine::quoteAssetId));
        List<PaymentLine> paymentLines = new ArrayList<>(payments.values());
        paymentLines.sort(Comparator.comparing(PaymentLine::symbol));
        List<OutcomeCount> outcomeCounts = counts.entrySet().stream()
                .map(e -> new OutcomeCount(e.getKey(), e.getValue())).toList();
        Map<String, SettledLine> settled = new LinkedHashMap<>();
        long pending = 0;
        long unknown = 0;
        for (SettleTally s : tally.settlements()) {
            if (s.settled()) {
                settled.merge(s.symbol(), new SettledLine(s.symbol(), s.count(), s.amount()), (a, b) ->
                        new SettledLine(a.symbol(), a.paidSales() + b.paidSales(), a.settled().add(b.settled())));
            } else if (s.status().isEmpty()) {
                unknown += s.count();
            } else {
                pending += s.count();
            }
        }
        List<SettledLine> settledLines = new ArrayList<>(settled.values());
        settledLines.sort(Comparator.comparing(SettledLine::symbol));
        return new Totals(currencies, outcomeCounts, paymentLines, settledLines, pending, unknown);
    }

    /** How many sales in all (for an adjustment: the net change, usually 0). */
    public long sales() {
        return outcomes.stream().mapToLong(OutcomeCount::count).sum();
    }

    /** The count of one outcome. */
    public long count(Outcome outcome) {
        return outcomes.stream().filter(c -> c.outcome() == outcome).mapToLong(OutcomeCount::count).sum();
    }

    /** True when there is nothing in it: no sale, and no change to one. */
    public boolean isEmpty() {
        return currencies.stream().allMatch(c -> c.sales() == 0 && c.paidSales() == 0 && c.openSales() == 0
                && c.paid().signum() == 0 && c.open().signum() == 0)
                && outcomes.stream().allMatch(c -> c.count() == 0)
                && payments.stream().allMatch(p -> p.paidSales() == 0 && p.received().signum() == 0)
                && settled.stream().allMatch(l -> l.paidSales() == 0 && l.settled().signum() == 0)
                && settlePending == 0 && settleUnknown == 0;
    }

    private static CurrencyLine plus(CurrencyLine a, CurrencyLine b) {
        return new CurrencyLine(a.quoteAssetId(), a.symbol(), a.decimals(), a.sales() + b.sales(),
                a.paidSales() + b.paidSales(), a.paid().add(b.paid()), a.openSales() + b.openSales(),
                a.open().add(b.open()));
    }

    private static PaymentLine plus(PaymentLine a, PaymentLine b) {
        return new PaymentLine(a.symbol(), a.paidSales() + b.paidSales(), a.received().add(b.received()),
                a.surplusRefunded().add(b.surplusRefunded()), a.surplusPending().add(b.surplusPending()),
                a.surplusExpired().add(b.surplusExpired()));
    }
}
