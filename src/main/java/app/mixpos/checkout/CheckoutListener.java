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

    /** MixPay's list of currencies (with their smallest and largest amounts) has been fetched and stored anew. */
    default void quoteAssetsChanged() {
    }
}
