package app.mixpos.checkout;

import app.mixpos.sale.SaleSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The sales' durable record as their owner writes it. Only a sale's owner (one serialised writer per till) calls
 * the writes. Each write is one transaction that is on disk when the method returns; a
 * failure throws an unchecked exception ({@link StoreException}, {@link VersionConflictException}) and leaves the
 * record as it was.
 */
public interface SaleLedger {

    /** Records a new sale with a {@code created} event; returns it as stored, at version 1. */
    SaleSnapshot insert(SaleSnapshot sale);

    /**
     * Stores {@code changed} (its state and link) over the stored row if that row is still at
     * {@code changed.version()}, and appends one event of {@code kind} with the raw MixPay response that caused it
     * ({@code ""} for local events).
     *
     * @return the sale as stored, one version later
     * @throws VersionConflictException when the stored row is at another version: someone else wrote it since
     */
    SaleSnapshot update(SaleSnapshot changed, String kind, String rawBody);

    Optional<SaleSnapshot> byOrderId(String orderId);

    /** The till's sales MixPay must still be asked about, and those still being created: what to resume on start. */
    List<SaleSnapshot> unfinished(String tillId);
}
