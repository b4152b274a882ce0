package app.mixpos.ui;

import app.mixpos.sale.Sale;

/** The simulated customer of training mode; the screens call it off the FX thread. */
public interface TrainingCustomer {

    /** Makes the customer (or the simulated MixPay) act on {@code sale}, the sale on screen. */
    void perform(Sale sale, CustomerAction action);

    /**
     * Loses the network between the till and the simulated MixPay ({@code true}) or brings it back ({@code false}).
     * While lost, MixPay cannot be reached at all; losing it again changes nothing.
     */
    default void network(boolean lost) {
    }
}
