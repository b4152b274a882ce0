package app.mixpos.wiring;

import app.mixpos.checkout.SaleStore;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import app.mixpos.sale.SettlementAsset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Checkout's {@link SaleStore} on the SQLite receipt log. */
final class ReceiptLogStore implements SaleStore {

    private final ReceiptLog log;

    ReceiptLogStore(ReceiptLog log) {
        this.log = log;
    }

    @Override
    public void insert(SaleSnapshot sale) {
        log.insert(sale);
    }

    @Override
    public void update(SaleSnapshot sale, String kind, String rawBody) {
        log.update(sale, kind, rawBody);
    }

    @Override
    public Optional<SaleSnapshot> byOrderId(String orderId) {
        return log.byOrderId(orderId);
    }

    @Override
    public Optional<SaleSnapshot> byTraceId(UUID traceId) {
        return log.byTraceId(traceId);
    }

    @Override
    public List<SaleSnapshot> recent(int limit) {
        return log.recent(limit);
    }

    @Override
    public List<SaleSnapshot> unfinished() {
        return log.unfinished();
    }

    @Override
    public List<SaleSnapshot> between(Instant from, Instant to) {
        return log.between(from, to);
    }

    @Override
    public List<SalesTotal> paidTotals(Instant from, Instant to) {
        return log.paidTotals(from, to);
    }

    @Override
    public List<SaleEvent> events(String orderId) {
        return log.events(orderId);
    }

    @Override
    public void saveQuoteAssets(List<QuoteAsset> assets) {
        log.saveQuoteAssets(assets);
    }

    @Override
    public List<QuoteAsset> quoteAssets() {
        return log.quoteAssets();
    }

    @Override
    public void saveSettlementAssets(List<SettlementAsset> assets) {
        log.saveSettlementAssets(assets);
    }

    @Override
    public List<SettlementAsset> settlementAssets() {
        return log.settlementAssets();
    }
}
