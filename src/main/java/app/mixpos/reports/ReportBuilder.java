package app.mixpos.reports;

import app.mixpos.sale.ClosedPeriod;
import app.mixpos.sale.FlaggedSale;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.HourCount;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import app.mixpos.sale.SettleTally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what the log read into {@link Report}s: pure functions, no I/O. */
final class ReportBuilder {

    /** A period of up to this many hours is charted per hour, a longer one per day. */
    static final int MOST_HOURS_CHARTED = 36;

    private ReportBuilder() {
    }

    /**
     * The instants a calendar period is cut at: every hour of a one-day period (23 or 25 of them when the clocks
     * change), every day of a longer one; first {@code from}, last {@code to}.
     */
    static List<Instant> bounds(Period period) {
        List<Instant> bounds = new ArrayList<>();
        if (period.isOneDay()) {
            for (Instant t = period.from(); t.isBefore(period.to()); t = t.plus(1, ChronoUnit.HOURS)) {
                bounds.add(t);
            }
        } else {
            for (LocalDate d = period.firstDay(); !d.isAfter(period.lastDay()); d = d.plusDays(1)) {
                bounds.add(d.atStartOfDay(period.zone()).toInstant());
            }
        }
        bounds.add(period.to());
        return bounds;
    }

    /** An X report of a calendar period from its per-interval tallies (cut at {@link #bounds}). */
    static Report calendar(Period period, Instant madeAt, List<List<OutcomeTally>> per, List<PaymentTally> payments,
                           FlaggedSales flagged) {
        return calendar(period, madeAt, per, payments, List.of(), flagged);
    }

    /** As above, with what MixPay settled for the period's paid sales. */
    static Report calendar(Period period, Instant madeAt, List<List<OutcomeTally>> per, List<PaymentTally> payments,
                           List<SettleTally> settlements, FlaggedSales flagged) {
        List<Instant> bounds = bounds(period);
        List<OutcomeTally> all = new ArrayList<>();
        List<Chart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < per.size(); i++) {
            all.addAll(per.get(i));
            long sales = per.get(i).stream().mapToLong(OutcomeTally::count).sum();
            long paid = per.get(i).stream().filter(t -> t.outcome().isPaid()).mapToLong(OutcomeTally::count).sum();
            bars.add(new Chart.Bar(LocalDateTime.ofInstant(bounds.get(i), period.zone()), sales, paid));
        }
        Chart chart = new Chart(period.isOneDay() ? Chart.Unit.HOUR : Chart.Unit.DAY, bars);
        return new Report(ReportKind.X, "", 0, period, madeAt, Totals.of(new PeriodTally(all, payments, settlements)), Totals.NONE,
                attention(flagged), flagged.total(), chart, "");
    }

    /** A Z (closed) or an X of the open period since the last Z. */
    static Report period(ClosedPeriod p) {
        Period period = Period.between(p.openedAt(), p.closedAt(), p.zone());
        return new Report(p.closed() ? ReportKind.Z : ReportKind.X, p.tillId(), p.closed() ? p.number() : 0, period,
                p.closedAt(), Totals.of(p.sales()), Totals.of(p.adjustments()), attention(p.flagged()),
                p.flagged().total(), chart(period, p.hours()), p.hash());
    }

    static List<Attention> attention(FlaggedSales flagged) {
        return flagged.first().stream().map(ReportBuilder::attention).toList();
    }

    static Attention attention(FlaggedSale s) {
        Attention.Why why = switch (s.outcome()) {
            case MISMATCH -> Attention.Why.MISMATCH;
            case PAID_AFTER_CANCEL -> Attention.Why.PAID_AFTER_CANCEL;
            case CREATING, OPEN -> Attention.Why.STILL_OPEN;
            case VOID -> Attention.Why.VOID;
            case PAID, PAID_SURPLUS, FAILED, CANCELLED -> Attention.Why.REFUND_NOT_FINAL;
        };
        return new Attention(s.orderId(), s.createdAt(), s.amount(), s.symbol(), s.outcome(), why);
    }

    /** Every hour (or day) of the period as a bar, hours without sales at 0. */
    static Chart chart(Period period, List<HourCount> hours) {
        ZoneId zone = period.zone();
        LocalDateTime first = LocalDateTime.ofInstant(period.from(), zone).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime last = LocalDateTime.ofInstant(period.to(), zone).truncatedTo(ChronoUnit.HOURS);
        boolean perHour = ChronoUnit.HOURS.between(first, last) < MOST_HOURS_CHARTED;
        Map<LocalDateTime, long[]> bars = new LinkedHashMap<>();
        if (perHour) {
            for (LocalDateTime h = first; !h.isAfter(last); h = h.plusHours(1)) {
                bars.put(h, new long[2]);
            }
        } else {
            for (LocalDate d = first.toLocalDate(); !d.isAfter(last.toLocalDate()); d = d.plusDays(1)) {
                bars.put(d.atStartOfDay(), new long[2]);
            }
        }
        for (HourCount h : hours) {
            LocalDateTime key = perHour ? h.start() : h.start().toLocalDate().atStartOfDay();
            long[] n = bars.computeIfAbsent(key, k -> new long[2]);
            n[0] += h.sales();
            n[1] += h.paid();
        }
        List<Chart.Bar> list = bars.entrySet().stream()
                .map(e -> new Chart.Bar(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Chart(perHour ? Chart.Unit.HOUR : Chart.Unit.DAY, list);
    }
}
