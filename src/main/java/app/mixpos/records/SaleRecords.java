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

    private final SaleQueries queries;
    private final Executor io;

    public SaleRecords(SaleQueries queries, Executor io) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.io = Objects.requireNonNull(io, "io");
    }

    /** The latest {@code limit} sales, newest first. */
    public CompletableFuture<List<SaleSnapshot>> recent(int limit) {
        return CompletableFuture.supplyAsync(() -> queries.recent(limit), io);
    }

    /** A sale's history, oldest first. */
    public CompletableFuture<List<SaleEvent>> history(String orderId) {
        return CompletableFuture.supplyAsync(() -> queries.events(orderId), io);
    }

    /** The sale with this order id, or with this trace id when {@code key} is one; empty when there is none. */
    public CompletableFuture<Optional<SaleSnapshot>> find(String key) {
        return CompletableFuture.supplyAsync(() -> {
            String k = key == null ? "" : key.strip();
            Optional<SaleSnapshot> byOrder = k.isEmpty() ? Optional.empty() : queries.byOrderId(k);
            if (byOrder.isPresent()) {
                return byOrder;
            }
            try {
                return queries.byTraceId(UUID.fromString(k));
            } catch (IllegalArgumentException notATraceId) {
                return Optional.empty();
            }
        }, io);
    }

    /** Paid sales created in {@code [from, to)}, summed per currency. */
    public CompletableFuture<List<SalesTotal>> paidTotals(Instant from, Instant to) {
        return CompletableFuture.supplyAsync(() -> queries.paidTotals(from, to), io);
    }

    /** Sales created in {@code [from, to)}, oldest first. */
    public CompletableFuture<List<SaleSnapshot>> between(Instant from, Instant to) {
        return CompletableFuture.supplyAsync(() -> queries.between(from, to), io);
    }
}
