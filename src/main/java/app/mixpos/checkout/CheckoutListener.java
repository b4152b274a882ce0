package app.mixpos.checkout;

import app.mixpos.sale.SaleSnapshot;

/**
 * Told about changes after they are in the receipt log, on a checkout thread (never the FX thread):
 * a UI moves them onto its own thread.
 */
public interface CheckoutListener {

    void saleChanged(SaleSnapshot sale);

    default void connectionChanged(ConnectionHealth health) {
    }

    /**
     * Another program holds the receipt log locked ({@code true}), so MixPay's answers cannot be recorded and are
     * asked for again; {@code false} once a write has gone through again.
     */
    default void receiptLogHeld(boolean held) {
    }

    /**
     * A sale found unfinished when the till started is followed again: its state as stored, unchanged. A projection
     * of the till learns of the sales still open (or refunding) from this, before any of them changes.
     */
    default void saleResumed(SaleSnapshot sale) {
    }

    /** MixPay's list of currencies (with their smallest and largest amounts) has been fetched and stored anew. */
    default void quoteAssetsChanged() {
    }
}
