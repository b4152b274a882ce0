package app.mixpos.reports;

import app.mixpos.records.ShopReportQueries;
import app.mixpos.records.ShopReportQueries.StoredZ;
import app.mixpos.records.ShopReportQueries.TillCount;
import app.mixpos.records.ShopReportQueries.TillTally;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.PeriodTally;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The whole shop's reports in store mode, read from the store database: an X of a day or a range over every till of
 * the shop, with a line per till, and the shop's closing (which tills closed their Z and which have not). Nothing
 * here closes a Z: a Z is closed per till, at the till ({@link Reports#closeZ}). Every method returns at once and
 * reads on {@code io}; a store that cannot be read fails the future (the till's own reports still work).
 */
public final class ShopReports {

    private final ShopReportQueries queries;
    private final Executor io;
    private final Clock clock;
    private final ZoneId zone;

    public ShopReports(ShopReportQueries queries, Executor io, Clock clock, ZoneId zone) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.io = Objects.requireNonNull(io, "io");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The whole shop's X of the days {@code first} to {@code last}, both included, with a line per till. */
    public CompletableFuture<Report> range(LocalDate first, LocalDate last) {
        Period period = Period.days(first, last, zone);
        return CompletableFuture.supplyAsync(() -> {
            List<List<TillTally>> perTill = queries.outcomesPerTill(ReportBuilder.bounds(period));
            Report shop = ReportBuilder.calendar(period, clock.instant(), shopWide(perTill),
                    queries.payments(period.from(), period.to()),
                    queries.flagged(period.from(), period.to(), Report.ATTENTION_SHOWN));
            List<TillLine> tills = tillLines(queries.tills(), perTill.stream().flatMap(List::stream).toList());
            return new Report(shop.kind(), "", 0, period, shop.madeAt(), shop.totals(), shop.adjustments(),
                    shop.attention(), shop.attentionTotal(), shop.chart(), "", tills);
        }, io);
    }

    /** The whole shop's X of one day. */
    public CompletableFuture<Report> day(LocalDate day) {
        return range(day, day);
    }

    /** The shop's closing of the days {@code first} to {@code last}: each till's Zs closed then, and their sum. */
    public CompletableFuture<ShopClosing> closing(LocalDate first, LocalDate last) {
        Period period = Period.days(first, last, zone);
        return CompletableFuture.supplyAsync(() -> closing(period, queries.tills(),
                queries.zReports(period.from(), period.to()), queries.salesNotClosed(period.from(), period.to())),
                io);
    }

    /** Each interval's tallies over every till: the same currency and outcome added up (exact decimals). */
    static List<List<OutcomeTally>> shopWide(List<List<TillTally>> perTill) {
        return perTill.stream().map(interval -> {
            Map<String, OutcomeTally> sum = new java.util.LinkedHashMap<>();
            for (TillTally t : interval) {
                OutcomeTally o = t.tally();
                sum.merge(o.quoteAssetId() + "/" + o.decimals() + "/" + o.outcome(), o, (a, b) -> new OutcomeTally(
                        a.quoteAssetId(), a.symbol(), a.decimals(), a.outcome(), a.count() + b.count(),
                        a.amount().add(b.amount())));
            }
            return List.copyOf(sum.values());
        }).toList();
    }

    static List<TillLine> tillLines(List<String> registered, List<TillTally> tallies) {
        Map<String, List<OutcomeTally>> per = new TreeMap<>();
        registered.forEach(t -> per.put(t, new ArrayList<>()));
        for (TillTally t : tallies) {
            per.computeIfAbsent(t.tillId(), k -> new ArrayList<>()).add(t.tally());
        }
        return per.entrySet().stream()
                .map(e -> new TillLine(e.getKey(), Totals.of(new PeriodTally(e.getValue(), List.of())))).toList();
    }

    ShopClosing closing(Period period, List<String> registered, List<StoredZ> stored, List<TillCount> notClosed) {
        Map<String, List<ShopClosing.ShopZ>> zs = new TreeMap<>();
        Map<String, Long> open = new TreeMap<>();
        registered.forEach(t -> {
            zs.put(t, new ArrayList<>());
            open.put(t, 0L);
        });
        List<OutcomeTally> outcomes = new ArrayList<>();
        List<PaymentTally> payments = new ArrayList<>();
        List<OutcomeTally> adjusted = new ArrayList<>();
        List<PaymentTally> adjustedPayments = new ArrayList<>();
        for (StoredZ z : stored) {
            zs.computeIfAbsent(z.tillId(), k -> new ArrayList<>()).add(new ShopClosing.ShopZ(z.tillId(), z.number(),
                    z.openedAt(), z.closedAt(), z.hash(), Totals.of(z.sales()), Totals.of(z.adjustments())));
            open.putIfAbsent(z.tillId(), 0L);
            outcomes.addAll(z.sales().outcomes());
            payments.addAll(z.sales().payments());
            adjusted.addAll(z.adjustments().outcomes());
            adjustedPayments.addAll(z.adjustments().payments());
        }
        for (TillCount c : notClosed) {
            open.put(c.tillId(), c.sales());
            zs.putIfAbsent(c.tillId(), new ArrayList<>());
        }
        List<ShopClosing.TillClosing> tills = zs.entrySet().stream()
                .map(e -> new ShopClosing.TillClosing(e.getKey(), e.getValue(), open.getOrDefault(e.getKey(), 0L)))
                .toList();
        return new ShopClosing(period, clock.instant(), tills, Totals.of(new PeriodTally(outcomes, payments)),
                Totals.of(new PeriodTally(adjusted, adjustedPayments)));
    }
}
