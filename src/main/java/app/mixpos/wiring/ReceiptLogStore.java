package app.mixpos.wiring;

import app.mixpos.checkout.CatalogStore;
import app.mixpos.checkout.SaleLedger;
import app.mixpos.checkout.StoreException;
import app.mixpos.checkout.VersionConflictException;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.receipts.ReceiptLogBusyException;
import app.mixpos.receipts.ReceiptLogConflictException;
import app.mixpos.receipts.ReceiptLogException;
import app.mixpos.records.ReportQueries;
import app.mixpos.records.ExportRows;
import app.mixpos.records.SaleQueries;
import app.mixpos.reports.ZLedger;
import app.mixpos.sale.ClosedPeriod;
import app.mixpos.sale.FlaggedSales;
import app.mixpos.sale.OutcomeTally;
import app.mixpos.sale.PaymentTally;
import app.mixpos.sale.SettleTally;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import app.mixpos.sale.SettlementAsset;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The SQLite receipt log behind checkout's ports (the {@link SaleLedger} a sale's owner writes, the
 * {@link CatalogStore}) and the {@link SaleQueries} lists and reports read. The log's failures reach checkout as
 * {@link StoreException}.
 */
final class ReceiptLogStore implements SaleLedger, CatalogStore, SaleQueries, ReportQueries, ZLedger, ExportRows {

    private final ReceiptLog log;

    ReceiptLogStore(ReceiptLog log) {
        this.log = log;
    }

    @Override
    public SaleSnapshot insert(SaleSnapshot sale) {
        return guarded(() -> log.insert(sale));
    }

    @Override
    public SaleSnapshot update(SaleSnapshot sale, String kind, String rawBody) {
        try {
            return guarded(() -> log.update(sale, kind, rawBody));
        } catch (StoreException e) {
            if (e.getCause() instanceof ReceiptLogConflictException conflict) {
                throw new VersionConflictException(sale.orderId(), sale.version(), conflict);
            }
            throw e;
        }
    }

    @Override
    public Optional<SaleSnapshot> byOrderId(String orderId) {
        return guarded(() -> log.byOrderId(orderId));
    }

    @Override
    public Optional<SaleSnapshot> byTraceId(UUID traceId) {
        return guarded(() -> log.byTraceId(traceId));
    }

    @Override
    public List<SaleSnapshot> recent(int limit) {
        return guarded(() -> log.recent(limit));
    }

    @Override
    public List<SaleSnapshot> unfinished(String tillId) {
        return guarded(() -> log.unfinished(tillId));
    }

    @Override
    public List<SaleSnapshot> between(Instant from, Instant to) {
        return guarded(() -> log.between(from, to));
    }

    @Override
    public List<SalesTotal> paidTotals(Instant from, Instant to) {
        return guarded(() -> log.paidTotals(from, to));
    }

    @Override
    public List<SaleEvent> events(String orderId) {
        return guarded(() -> log.events(orderId));
    }

    @Override
    public Extent extent(Instant from, Instant to) {
        return guarded(() -> {
            ReceiptLog.ExportExtent e = log.exportExtent(from, to);
            return new Extent(e.from(), e.to(), e.sales(), e.lastId());
        });
    }

    @Override
    public void sales(Extent extent, List<String> columns, Consumer<String[]> row) {
        guarded(() -> {
            log.exportSales(of(extent), columns, row);
            return null;
        });
    }

    @Override
    public void events(Extent extent, List<String> columns, Consumer<String[]> row) {
        guarded(() -> {
            log.exportEvents(of(extent), columns, row);
            return null;
        });
    }

    private static ReceiptLog.ExportExtent of(Extent e) {
        return new ReceiptLog.ExportExtent(e.from(), e.to(), e.sales(), e.mark());
    }

    @Override
    public void saveQuoteAssets(List<QuoteAsset> assets) {
        guarded(() -> {
            log.saveQuoteAssets(assets);
            return null;
        });
    }

    @Override
    public List<QuoteAsset> quoteAssets() {
        return guarded(() -> log.quoteAssets());
    }

    @Override
    public void saveSettlementAssets(List<SettlementAsset> assets) {
        guarded(() -> {
            log.saveSettlementAssets(assets);
            return null;
        });
    }

    @Override
    public List<SettlementAsset> settlementAssets() {
        return guarded(() -> log.settlementAssets());
    }

    @Override
    public List<List<OutcomeTally>> outcomesPer(List<Instant> bounds) {
        return guarded(() -> log.outcomesPer(bounds));
    }

    @Override
    public List<PaymentTally> payments(Instant from, Instant to) {
        return guarded(() -> log.payments(from, to));
    }

    @Override
    public Calendar calendar(List<Instant> bounds) {
        return guarded(() -> {
            ReceiptLog.CalendarSums sums = log.calendar(bounds);
            return new Calendar(sums.outcomes(), sums.payments(), sums.settlements());
        });
    }

    @Override
    public List<SettleTally> settlements(Instant from, Instant to) {
        return guarded(() -> log.settlements(from, to));
    }

    @Override
    public FlaggedSales flagged(Instant from, Instant to, int limit) {
        return guarded(() -> log.flagged(from, to, limit));
    }

    @Override
    public ClosedPeriod openPeriod(String tillId, ZoneId zone, Instant now) {
        return guarded(() -> log.openPeriod(tillId, zone, now));
    }

    @Override
    public List<ClosedPeriod> zReports(String tillId) {
        return guarded(() -> log.zReports(tillId));
    }

    @Override
    public Optional<ClosedPeriod> zReport(String tillId, long number) {
        return guarded(() -> log.zReport(tillId, number));
    }

    @Override
    public ClosedPeriod close(String tillId, long number, ZoneId zone, Instant now) {
        return guarded(() -> log.closePeriod(tillId, number, zone, now));
    }

    private static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (ReceiptLogException e) {
            throw new StoreException(e.getMessage(), e, e instanceof ReceiptLogBusyException);
        }
    }
}
