package app.mixpos.wiring;

import app.mixpos.checkout.SaleStore;
import app.mixpos.checkout.StoreException;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.receipts.ReceiptLogBusyException;
import app.mixpos.receipts.ReceiptLogException;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import app.mixpos.sale.SettlementAsset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Checkout's {@link SaleStore} on the SQLite receipt log; the log's failures reach checkout as {@link StoreException}. */
final class ReceiptLogStore implements SaleStore {

    private final ReceiptLog log;

    ReceiptLogStore(ReceiptLog log) {
        this.log = log;
    }

    @Override
    public void insert(SaleSnapshot sale) {
        guarded(() -> {
            log.insert(sale);
            return null;
        });
    }

    @Override
    public void update(SaleSnapshot sale, String kind, String rawBody) {
        guarded(() -> {
            // Bridge until checkout passes stored versions: SaleStore's callers keep unversioned snapshots, so the
            // change is stored over whatever version is stored now (no conflict check, as before schema 4).
            long stored = log.byOrderId(sale.orderId()).map(SaleSnapshot::version).orElse(sale.version());
            log.update(sale.atVersion(stored), kind, rawBody);
            return null;
        });
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
    public List<SaleSnapshot> unfinished() {
        return guarded(() -> log.unfinished(Sale.UNNAMED_TILL));
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

    private static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (ReceiptLogException e) {
            throw new StoreException(e.getMessage(), e, e instanceof ReceiptLogBusyException);
        }
    }
}
