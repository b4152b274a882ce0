package app.mixpos.reports;

import app.mixpos.records.ReportQueries;
import app.mixpos.sale.ClosedPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The report use cases: an X report of a day, a range of days or the till's open period; closing the period as a Z;
 * the Zs as stored. Every method returns at once and reads (or writes) on {@code io}, never on the caller's thread.
 * Days and hours are the shop's, in {@code zone}.
 */
public final class Reports {

    private final ReportQueries queries;
    private final ZLedger ledger;
    private final Executor io;
    private final Clock clock;
    private final ZoneId zone;
    private final String tillId;
    private final ShopReports shop;

    public Reports(ReportQueries queries, ZLedger ledger, Executor io, Clock clock, ZoneId zone, String tillId) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.io = Objects.requireNonNull(io, "io");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.tillId = Objects.requireNonNull(tillId, "tillId");
        this.shop = null;
    }

    private Reports(Reports till, ShopReports shop) {
        this.queries = till.queries;
        this.ledger = till.ledger;
        this.io = till.io;
        this.clock = till.clock;
        this.zone = till.zone;
        this.tillId = till.tillId;
        this.shop = Objects.requireNonNull(shop, "shop");
    }

    /** These reports, and the whole shop's beside them (store mode). */
    public Reports withShop(ShopReports shopReports) {
        return new Reports(this, shopReports);
    }

    /** The whole shop's reports in store mode; empty standalone. */
    public Optional<ShopReports> shop() {
        return Optional.ofNullable(shop);
    }

    public ZoneId zone() {
        return zone;
    }

    public String tillId() {
        return tillId;
    }

    /** Today on the shop's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** An X report of one day: every sale charged that day, as it stands now. Changes nothing. */
    public CompletableFuture<Report> day(LocalDate day) {
        return range(day, day);
    }

    /** An X report of the days {@code first} to {@code last}, both included. Changes nothing. */
    public CompletableFuture<Report> range(LocalDate first, LocalDate last) {
        Period period = Period.days(first, last, zone);
        return CompletableFuture.supplyAsync(() -> {
            ReportQueries.Calendar sums = queries.calendar(ReportBuilder.bounds(period));
            return ReportBuilder.calendar(period, clock.instant(), sums.outcomes(), sums.payments(),
                    sums.settlements(), queries.flagged(period.from(), period.to(), Report.ATTENTION_SHOWN));
        }, io);
    }

    /** An X report of the till's open period: what closing it now would record. Changes nothing. */
    public CompletableFuture<Report> sinceLastZ() {
        return CompletableFuture.supplyAsync(() -> ReportBuilder.period(
                queries.openPeriod(tillId, zone, clock.instant())), io);
    }

    /** The number the next Z will get. */
    public CompletableFuture<Long> nextZ() {
        return CompletableFuture.supplyAsync(() -> queries.openPeriod(tillId, zone, clock.instant()).number(), io);
    }

    /**
     * Closes the till's period as Z {@code number} (from {@link #nextZ()} or the open period's X): later sales go into
     * the next period. When Z {@code number} is already closed it is returned as stored, so two presses or two
     * windows make one Z.
     */
    public CompletableFuture<Report> closeZ(long number) {
        return CompletableFuture.supplyAsync(() -> ReportBuilder.period(
                ledger.close(tillId, number, zone, clock.instant())), io);
    }

    /** The till's Zs as stored, newest first. */
    public CompletableFuture<List<Report>> zReports() {
        return CompletableFuture.supplyAsync(() -> queries.zReports(tillId).stream().map(ReportBuilder::period)
                .toList(), io);
    }

    /** One Z as stored, for a reprint: its figures as closed, never recomputed. */
    public CompletableFuture<Optional<Report>> zReport(long number) {
        return CompletableFuture.supplyAsync(() -> queries.zReport(tillId, number).map(ReportBuilder::period), io);
    }

    /** A Z's report from its stored period, for code that already holds one. */
    public static Report of(ClosedPeriod period) {
        return ReportBuilder.period(period);
    }
}
