package app.mixpos.testing;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.ReportQueries;
import app.mixpos.reports.ZLedger;
import app.mixpos.sale.ClosedPeriod;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.SettleTally;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The reports' ports straight over a real {@link ReceiptLog}, for tests of the screens and benches. */
public final class LogReports implements ReportQueries, ZLedger {

    private final ReceiptLog log;

    public LogReports(ReceiptLog log) {
        this.log = log;
    }

    @Override
    public List<List<OutcomeTally>> outcomesPer(List<Instant> bounds) {
        return log.outcomesPer(bounds);
    }

    @Override
    public List<PaymentTally> payments(Instant from, Instant to) {
        return log.payments(from, to);
    }

    @Override
    public Calendar calendar(List<Instant> bounds) {
        ReceiptLog.CalendarSums sums = log.calendar(bounds);
        return new Calendar(sums.outcomes(), sums.payments(), sums.settlements());
    }

    @Override
    public List<SettleTally> settlements(Instant from, Instant to) {
        return log.settlements(from, to);
    }

    @Override
    public FlaggedSales flagged(Instant from, Instant to, int limit) {
        return log.flagged(from, to, limit);
    }

    @Override
    public ClosedPeriod openPeriod(String tillId, ZoneId zone, Instant now) {
        return log.openPeriod(tillId, zone, now);
    }

    @Override
    public List<ClosedPeriod> zReports(String tillId) {
        return log.zReports(tillId);
    }

    @Override
    public Optional<ClosedPeriod> zReport(String tillId, long number) {
        return log.zReport(tillId, number);
    }

    @Override
    public ClosedPeriod close(String tillId, long number, ZoneId zone, Instant now) {
        return log.closePeriod(tillId, number, zone, now);
    }
}
