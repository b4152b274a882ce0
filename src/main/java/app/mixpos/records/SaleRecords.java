package app.mixpos.records;

import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SalesTotal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The read use cases: recent sales, one sale's history, finding a sale by its receipt number or MixPay's trace id,
 * and paid totals for a period. Every method returns at once and reads on {@code io}, never the caller's thread.
 */
public final class SaleRecords {

    private final CompletableFuture<Reader> reader;

    private record Reader(SaleQueries queries, Executor io) {
    }

    public SaleRecords(SaleQueries queries, Executor io) {
        this.reader = CompletableFuture.completedFuture(new Reader(Objects.requireNonNull(queries, "queries"),
                Objects.requireNonNull(io, "io")));
    }

    private SaleRecords(CompletableFuture<Reader> reader) {
        this.reader = reader;
    }

    /**
     * Records that read once {@code ready} is there: the screens are drawn while the receipt log opens, and a list
     * asked for meanwhile is read as soon as it is open (or fails with the reason it could not be opened).
     */
    public static SaleRecords whenReady(CompletableFuture<SaleRecords> ready) {
        return new SaleRecords(ready.thenCompose(r -> r.reader));
    }

    private <T> CompletableFuture<T> read(java.util.function.Function<SaleQueries, T> query) {
        return reader.thenCompose(r -> CompletableFuture.supplyAsync(() -> query.apply(r.queries()), r.io()));
    }

    /** The latest {@code limit} sales, newest first. */
    public CompletableFuture<List<SaleSnapshot>> recent(int limit) {
        return read(q -> q.recent(limit));
    }

    /** A sale's history, oldest first. */
    public CompletableFuture<List<SaleEvent>> history(String orderId) {
        return read(q -> q.events(orderId));
    }

    /** The sale with this order id, or with this trace id when {@code key} is one; empty when there is none. */
    public CompletableFuture<Optional<SaleSnapshot>> find(String key) {
        String k = key == null ? "" : key.strip();
        return read(queries -> {
            Optional<SaleSnapshot> byOrder = k.isEmpty() ? Optional.empty() : queries.byOrderId(k);
            if (byOrder.isPresent()) {
                return byOrder;
            }
            try {
                return queries.byTraceId(UUID.fromString(k));
            } catch (IllegalArgumentException notATraceId) {
                return Optional.empty();
            }
        });
    }

    /** Paid sales created in {@code [from, to)}, summed per currency. */
    public CompletableFuture<List<SalesTotal>> paidTotals(Instant from, Instant to) {
        return read(q -> q.paidTotals(from, to));
    }

    /** Sales created in {@code [from, to)}, oldest first. */
    public CompletableFuture<List<SaleSnapshot>> between(Instant from, Instant to) {
        return read(q -> q.between(from, to));
    }
}
