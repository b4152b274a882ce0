package app.mixpos.till;

import app.mixpos.checkout.CheckoutListener;
import app.mixpos.checkout.CheckoutService;
import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One projection of what the till is doing, fed by the checkout's changes (which arrive only once they are in the
 * receipt log) and by the cashier's screens saying which sale faces the customer. It publishes a {@link TillState}
 * after every change, in order, to every {@link TillObserver}; the cashier's window, a customer display, a printer or
 * a local API observe it the same way and none of them asks MixPay or the log itself.
 *
 * <p>Plain Java, safe from any thread. What the cashier has acknowledged is kept in memory only.
 */
public final class TillModel implements AutoCloseable {


    /** The outcomes a cashier must hear about, wherever they happen. */
    public static final Set<Outcome> ANNOUNCED = EnumSet.of(Outcome.PAID, Outcome.PAID_SURPLUS,
            Outcome.PAID_AFTER_CANCEL, Outcome.FAILED, Outcome.MISMATCH);
    /** How many settled sales (and acknowledged outcomes) are remembered, to drop late changes and not ring twice. */
    static final int REMEMBERED = 1000;

    private final CheckoutService checkout;
    private final Fanout fanout = new Fanout();
    private final CheckoutListener listener = new CheckoutListener() {
        @Override
        public void saleChanged(SaleSnapshot sale) {
            TillModel.this.saleChanged(sale);
        }

        @Override
        public void saleResumed(SaleSnapshot sale) {
            TillModel.this.saleResumed(sale);
        }

        @Override
        public void connectionChanged(ConnectionHealth health) {
            change(() -> TillModel.this.health = health == null ? ConnectionHealth.UNKNOWN : health);
        }

        @Override
        public void receiptLogHeld(boolean held) {
            change(() -> logHeld = held);
        }

        @Override
        public void quoteAssetsChanged() {
            change(() -> quoteAssetsRevision++);
        }
    };

    // guarded by this
    private TillState current;
    private SaleSnapshot facing;
    private final Map<String, SaleSnapshot> open = new LinkedHashMap<>();
    private final Map<String, SaleSnapshot> unacknowledged = new LinkedHashMap<>();
    private final Map<String, SaleSnapshot> settled = bounded();
    private final Map<String, Outcome> acknowledged = bounded();
    private Announcement lastAnnouncement;
    private ConnectionHealth health;
    private boolean logHeld;
    private long quoteAssetsRevision;

    /** Follows {@code checkout} from now on; {@link #close()} stops. */
    public TillModel(CheckoutService checkout) {
        this.checkout = Objects.requireNonNull(checkout, "checkout");
        current = TillState.initial(checkout.health());
        health = current.health();
        checkout.addListener(listener);
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    /** The state now. */
    public synchronized TillState current() {
        return current;
    }

    /**
     * Tells {@code observer} the current state, then every later one, in order. A state queued for delivery before
     * the observer joined is not told to it: the first state it sees is never older than one it sees later.
     */
    public Subscription observe(TillObserver observer) {
        Objects.requireNonNull(observer, "observer");
        synchronized (this) {
            fanout.add(observer, current);
        }
        fanout.deliver();
        return () -> fanout.remove(observer);
    }

    /**
     * Puts {@code sale} in front of the customer (its QR while open, else its result), or nobody when null, and tells
     * the checkout, which asks MixPay most often about that sale. A result in front of the customer counts as seen
     * by the cashier. Call from one thread (the screens'), so the checkout hears of the facing sales in their order.
     *
     * @return the sale now facing the customer: {@code sale}, or the newer state of it the model already holds
     */
    public SaleSnapshot face(SaleSnapshot sale) {
        SaleSnapshot chosen;
        synchronized (this) {
            if (sale == null) {
                chosen = null;
            } else {
                SaleSnapshot held = held(sale.orderId());
                chosen = held != null && isNewer(held, sale) ? held : sale;
                remember(chosen);
                if (chosen.state().outcome().isSettledForCashier()) {
                    see(chosen);
                }
            }
            facing = chosen;
            publish();
        }
        fanout.deliver();
        checkout.showing(chosen == null ? null : chosen.orderId());
        return chosen;
    }

    /** The cashier has seen the outcome of {@code orderId} (opened or dismissed its notice): it is no longer news. */
    public void acknowledge(String orderId) {
        synchronized (this) {
            SaleSnapshot s = held(orderId);
            if (s == null) {
                return;
            }
            see(s);
            publish();
        }
        fanout.deliver();
    }

    /** Stops following the checkout; observers are told nothing more. */
    @Override
    public void close() {
        checkout.removeListener(listener);
    }

    void saleChanged(SaleSnapshot sale) {
        synchronized (this) {
            SaleSnapshot held = held(sale.orderId());
            if (held != null && isNewer(held, sale)) {
                log().debug("Sale {}: a change older than the one held arrived late and is dropped", sale.orderId());
                return;
            }
            SaleSnapshot noticed = unacknowledged.get(sale.orderId());
            remember(sale);
            Outcome outcome = sale.state().outcome();
            if (facing != null && facing.orderId().equals(sale.orderId())) {
                boolean wasWaiting = !facing.state().outcome().isSettledForCashier();
                facing = sale;
                if (outcome.isSettledForCashier()) {
                    see(sale);
                }
                if (wasWaiting && ANNOUNCED.contains(outcome)) {
                    announce(sale);
                }
            } else if (ANNOUNCED.contains(outcome) && acknowledged.get(sale.orderId()) != outcome) {
                unacknowledged.put(sale.orderId(), sale);
                if (noticed == null || noticed.state().outcome() != outcome) {
                    announce(sale);
                }
            }
            publish();
        }
        fanout.deliver();
    }

    /**
     * A sale the till resumed at start: known from now on (an open one is listed as open), announced to nobody,
     * since nothing happened to it; what happens to it next arrives as a change.
     */
    void saleResumed(SaleSnapshot sale) {
        synchronized (this) {
            SaleSnapshot held = held(sale.orderId());
            if (held != null) {
                return;
            }
            remember(sale);
            publish();
        }
        fanout.deliver();
    }

    /**
     * Whether {@code a} is a later state of its sale than {@code b}: a later write, by the version the receipt log
     * stored it at (each write of a sale is one version more, made by the sale's one owner). Snapshots that were
     * never stored (version 0: screens' previews, tests' staged sales) fall back to when they happened.
     */
    static boolean isNewer(SaleSnapshot a, SaleSnapshot b) {
        if (a.version() > 0 && b.version() > 0) {
            return a.version() > b.version();
        }
        return a.state().updatedAt().isAfter(b.state().updatedAt());
    }

    private void change(Runnable what) {
        synchronized (this) {
            what.run();
            publish();
        }
        fanout.deliver();
    }

    private SaleSnapshot held(String orderId) {
        if (facing != null && facing.orderId().equals(orderId)) {
            return facing;
        }
        SaleSnapshot s = open.get(orderId);
        if (s == null) {
            s = unacknowledged.get(orderId);
        }
        return s != null ? s : settled.get(orderId);
    }

    private void remember(SaleSnapshot sale) {
        if (sale.state().outcome().isSettledForCashier()) {
            open.remove(sale.orderId());
            settled.put(sale.orderId(), sale);
        } else {
            open.put(sale.orderId(), sale);
            settled.remove(sale.orderId());
        }
        unacknowledged.computeIfPresent(sale.orderId(), (id, old) -> sale);
    }

    private void see(SaleSnapshot sale) {
        acknowledged.put(sale.orderId(), sale.state().outcome());
        unacknowledged.remove(sale.orderId());
    }

    private void announce(SaleSnapshot sale) {
        lastAnnouncement = new Announcement(lastAnnouncement == null ? 1 : lastAnnouncement.number() + 1, sale);
    }

    private void publish() {
        current = new TillState(current.sequence() + 1, facing, open.values().stream().toList(),
                unacknowledged.values().stream().toList(), lastAnnouncement, health, logHeld, quoteAssetsRevision);
        fanout.queue(current);
    }

    /**
     * Not a static field: the model is built with the window, before its first frame, and logging is set up on the
     * engine's thread only after that frame (see {@code PosApp}).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(TillModel.class);
    }
}
