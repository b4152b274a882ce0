package app.mixpos.checkout;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of this till's sales. Every write of a sale's life (recording it, its link, each MixPay answer, a
 * cancel, the void at start) is a task on one lane, the scheduler's thread, so no two writes of a sale ever overlap
 * and none runs on the FX thread. Each change is made from the stored version, stored over that version (the
 * ledger refuses a write over any other, see {@link VersionConflictException}), and only then published: first to
 * the engine's own followers (the watcher), then to the listeners, in the order the writes were made.
 *
 * <p>Methods named {@code on...} run on the lane only; {@link #submit} moves other threads' work onto it.
 */
final class SaleOwner {

    private static final Logger LOG = LoggerFactory.getLogger(SaleOwner.class);

    private final SaleLedger ledger;
    private final TaskScheduler lane;
    private final CheckoutListener listeners;
    /** The stored snapshot of every sale still in progress (creating, open, watched); final sales are dropped. */
    private final Map<String, SaleSnapshot> live = new HashMap<>();
    private final List<Consumer<SaleSnapshot>> followers = new ArrayList<>();
    private boolean logHeld;
    private volatile Thread laneThread;

    /** What a change proposes: the next state of the sale (or the sale with its link) and the event to record. */
    record Change(SaleSnapshot next, String kind, String rawBody) {

        /** {@code next} as a change of {@code current}, or null when it tells the cashier nothing new. */
        static Change ifDiffers(SaleSnapshot current, SaleState next, String kind, String rawBody) {
            return next.differsFrom(current.state()) ? new Change(current.with(next), kind, rawBody) : null;
        }
    }

    SaleOwner(SaleLedger ledger, TaskScheduler lane, CheckoutListener listeners) {
        this.ledger = ledger;
        this.lane = lane;
        this.listeners = listeners;
    }

    /** Runs {@code work} on the lane; the future completes with its result or its failure. */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        lane.execute(() -> {
            laneThread = Thread.currentThread();
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Told of every stored change on the lane, before the listeners. */
    void follow(Consumer<SaleSnapshot> follower) {
        followers.add(follower);
    }

    /** Records a new sale as {@code creating}; returns it as stored. */
    SaleSnapshot onRecord(Sale sale, SaleState creating) {
        checkLane();
        SaleSnapshot stored = written(() -> ledger.insert(new SaleSnapshot(sale, creating)));
        publish(stored);
        return stored;
    }

    /**
     * Applies {@code change} to the sale as stored now. {@code change} returns null when there is nothing to record
     * (the sale is unchanged and nothing is published).
     *
     * @return the sale as it stands afterwards
     * @throws VersionConflictException when the ledger holds another version than the one the change was made from
     */
    SaleSnapshot onChange(String orderId, Function<SaleSnapshot, Change> change) {
        checkLane();
        SaleSnapshot current = onCurrent(orderId);
        Change proposed = change.apply(current);
        if (proposed == null) {
            return current;
        }
        if (proposed.next().version() != current.version()) {
            throw new IllegalStateException("A change of sale " + orderId + " must be made from version "
                    + current.version() + ", not " + proposed.next().version());
        }
        SaleSnapshot stored;
        try {
            stored = written(() -> ledger.update(proposed.next(), proposed.kind(), proposed.rawBody()));
        } catch (VersionConflictException e) {
            live.remove(orderId);
            LOG.error("Sale {}: a change from version {} was refused; another writer stored a newer version."
                    + " Nothing was changed.", orderId, current.version(), e);
            throw e;
        }
        publish(stored);
        return stored;
    }

    /** Applies a new state to the sale as stored now, recorded as {@code kind}; unchanged states record nothing. */
    SaleSnapshot onChangeState(String orderId, Function<SaleState, SaleState> next, String kind, String rawBody) {
        return onChange(orderId, current -> Change.ifDiffers(current, next.apply(current.state()), kind, rawBody));
    }

    /** The sale as stored: from memory while it is in progress, else from the ledger. */
    SaleSnapshot onCurrent(String orderId) {
        checkLane();
        SaleSnapshot known = live.get(orderId);
        if (known != null) {
            return known;
        }
        Optional<SaleSnapshot> stored = ledger.byOrderId(orderId);
        return stored.orElseThrow(() -> new IllegalArgumentException("There is no sale " + orderId
                + " in the receipt log"));
    }

    /** How many sales are in progress in memory; for tests. */
    int onLiveCount() {
        return live.size();
    }

    private SaleSnapshot written(Supplier<SaleSnapshot> write) {
        try {
            SaleSnapshot stored = write.get();
            logHeld(false);
            return stored;
        } catch (StoreException e) {
            if (e.heldByAnotherProgram()) {
                logHeld(true);
            }
            throw e;
        }
    }

    private void publish(SaleSnapshot stored) {
        if (stored.state().outcome() == Outcome.CREATING || stored.state().needsWatching()) {
            live.put(stored.orderId(), stored);
        } else {
            live.remove(stored.orderId());
        }
        for (Consumer<SaleSnapshot> f : followers) {
            f.accept(stored);
        }
        listeners.saleChanged(stored);
    }

    /** Tells the listeners when another program starts or stops holding the log against the till's writes. */
    private void logHeld(boolean held) {
        if (held != logHeld) {
            logHeld = held;
            listeners.receiptLogHeld(held);
        }
    }

    /** Writes run on the lane only: a write from anywhere else is a bug that would let two writes of a sale race. */
    private void checkLane() {
        Thread owner = laneThread;
        if (owner != null && owner != Thread.currentThread()) {
            throw new IllegalStateException("Sales are written on the owner's lane (" + owner.getName()
                    + "), not on " + Thread.currentThread().getName());
        }
    }
}
