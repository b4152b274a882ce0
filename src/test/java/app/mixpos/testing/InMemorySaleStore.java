package app.mixpos.testing;

import app.mixpos.checkout.CatalogStore;
import app.mixpos.checkout.SaleLedger;
import app.mixpos.checkout.VersionConflictException;
import app.mixpos.records.SaleQueries;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import app.mixpos.sale.SettlementAsset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A receipt log in memory for checkout's unit tests, with the real one's version check; the real one is tested
 * against SQLite.
 */
public final class InMemorySaleStore implements SaleLedger, CatalogStore, SaleQueries {

    private final Map<String, SaleSnapshot> sales = new LinkedHashMap<>();
    private final List<SaleEvent> events = new ArrayList<>();
    private List<QuoteAsset> quotes = List.of();
    private List<SettlementAsset> settlements = List.of();
    private RuntimeException failNextWrite;

    /** Makes the next write throw, as a full disk would. */
    public synchronized void failNextWrite(RuntimeException e) {
        failNextWrite = e;
    }

    @Override
    public synchronized SaleSnapshot insert(SaleSnapshot sale) {
        checkWrite();
        if (sales.containsKey(sale.orderId())) {
            throw new IllegalStateException("duplicate order id " + sale.orderId());
        }
        SaleSnapshot stored = sale.atVersion(1);
        sales.put(sale.orderId(), stored);
        append(stored, SaleEvent.CREATED, "");
        return stored;
    }

    @Override
    public synchronized SaleSnapshot update(SaleSnapshot sale, String kind, String rawBody) {
        checkWrite();
        SaleSnapshot before = sales.get(sale.orderId());
        if (before == null) {
            throw new IllegalStateException("unknown order id " + sale.orderId());
        }
        if (before.version() != sale.version()) {
            throw new VersionConflictException(sale.orderId(), sale.version(), null);
        }
        SaleSnapshot stored = sale.atVersion(sale.version() + 1);
        sales.put(sale.orderId(), stored);
        append(stored, kind, rawBody);
        return stored;
    }

    private void checkWrite() {
        RuntimeException e = failNextWrite;
        failNextWrite = null;
        if (e != null) {
            throw e;
        }
    }

    private void append(SaleSnapshot s, String kind, String raw) {
        events.add(new SaleEvent(events.size() + 1, s.orderId(), s.state().updatedAt(), kind, s.state().outcome(),
                s.state().status().wire(), s.state().reasons(), raw, s.sale().tillId()));
    }

    @Override
    public synchronized Optional<SaleSnapshot> byOrderId(String orderId) {
        return Optional.ofNullable(sales.get(orderId));
    }

    @Override
    public synchronized Optional<SaleSnapshot> byTraceId(UUID traceId) {
        return sales.values().stream().filter(s -> s.sale().traceId().equals(traceId)).findFirst();
    }

    @Override
    public synchronized List<SaleSnapshot> recent(int limit) {
        return sales.values().stream()
                .sorted(Comparator.comparing((SaleSnapshot s) -> s.sale().createdAt()).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized List<SaleSnapshot> unfinished(String tillId) {
        return sales.values().stream().filter(s -> s.sale().tillId().equals(tillId))
                .filter(s -> s.state().needsWatching()
                        || s.state().outcome() == app.mixpos.sale.Outcome.CREATING).toList();
    }

    @Override
    public synchronized List<SaleSnapshot> between(Instant from, Instant to) {
        return sales.values().stream()
                .filter(s -> !s.sale().createdAt().isBefore(from) && s.sale().createdAt().isBefore(to)).toList();
    }

    @Override
    public synchronized List<SalesTotal> paidTotals(Instant from, Instant to) {
        Map<String, SalesTotal> totals = new LinkedHashMap<>();
        for (SaleSnapshot s : between(from, to)) {
            if (s.state().outcome().isPaid()) {
                QuoteAsset a = s.sale().quoteAsset();
                SalesTotal t = totals.getOrDefault(a.assetId(),
                        new SalesTotal(a.assetId(), a.symbol(), java.math.BigDecimal.ZERO, 0));
                totals.put(a.assetId(), new SalesTotal(a.assetId(), a.symbol(),
                        t.total().add(s.sale().amount().value()), t.count() + 1));
            }
        }
        return List.copyOf(totals.values());
    }

    @Override
    public synchronized List<SaleEvent> events(String orderId) {
        return events.stream().filter(e -> e.orderId().equals(orderId)).toList();
    }

    public synchronized List<SaleEvent> allEvents() {
        return List.copyOf(events);
    }

    @Override
    public synchronized void saveQuoteAssets(List<QuoteAsset> assets) {
        quotes = List.copyOf(assets);
    }

    @Override
    public synchronized List<QuoteAsset> quoteAssets() {
        return quotes;
    }

    @Override
    public synchronized void saveSettlementAssets(List<SettlementAsset> assets) {
        settlements = List.copyOf(assets);
    }

    @Override
    public synchronized List<SettlementAsset> settlementAssets() {
        return settlements;
    }
}
