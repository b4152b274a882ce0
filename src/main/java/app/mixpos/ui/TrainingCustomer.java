package app.mixpos.ui;

import app.mixpos.sale.Sale;

/** The simulated customer of training mode; the screens call it off the FX thread. */
public interface TrainingCustomer {

    /** Makes the customer (or the simulated MixPay) act on {@code sale}, the sale on screen. */
    void perform(Sale sale, CustomerAction action);
}
