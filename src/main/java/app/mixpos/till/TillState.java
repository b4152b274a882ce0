package app.mixpos.till;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.SaleSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * What the till is doing, as one immutable value: every observer of a {@link TillModel} (the cashier's window, a
 * customer display, a printer, a local API) sees the same sequence of these.
 *
 * @param sequence          numbers the states of one model, 0 first; a later state has a larger number
 * @param facing            the sale in front of the customer (its QR, or its result), null when none is
 * @param open              sales still waiting for the customer (creating or open), in the order the till met them
 * @param unacknowledged    outcomes the cashier has not seen yet, oldest first, each as its latest snapshot
 * @param lastAnnouncement  the latest outcome the cashier must hear about (a cue), null before the first
 * @param health            whether MixPay answers
 * @param receiptLogHeld    another program holds the receipt log against the till's writes
 * @param quoteAssetsRevision counts the times MixPay's list of currencies was stored anew since start
 */
public record TillState(long sequence, SaleSnapshot facing, List<SaleSnapshot> open,
                        List<SaleSnapshot> unacknowledged, Announcement lastAnnouncement, ConnectionHealth health,
                        boolean receiptLogHeld, long quoteAssetsRevision) {

    public TillState {
        open = List.copyOf(open);
        unacknowledged = List.copyOf(unacknowledged);
        Objects.requireNonNull(health, "health");
    }

    /** The state of a till that has heard nothing yet. */
    public static TillState initial(ConnectionHealth health) {
        return new TillState(0, null, List.of(), List.of(), null, health == null ? ConnectionHealth.UNKNOWN : health,
                false, 0);
    }

    /** The number of the latest announcement, 0 before the first: it grows by one with each. */
    public long announcements() {
        return lastAnnouncement == null ? 0 : lastAnnouncement.number();
    }
}
