package app.mixpos.checkout;

import app.mixpos.sale.SaleSnapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans changes out to every listener; one listener's failure does not stop the others or the watcher. */
final class Listeners implements CheckoutListener {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<CheckoutListener> all = new CopyOnWriteArrayList<>();

    void add(CheckoutListener l) {
        all.add(l);
    }

    void remove(CheckoutListener l) {
        all.remove(l);
    }

    @Override
    public void saleChanged(SaleSnapshot sale) {
        for (CheckoutListener l : all) {
            try {
                l.saleChanged(sale);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on sale {}", sale.orderId(), e);
            }
        }
    }

    @Override
    public void saleResumed(SaleSnapshot sale) {
        for (CheckoutListener l : all) {
            try {
                l.saleResumed(sale);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on resumed sale {}", sale.orderId(), e);
            }
        }
    }

    @Override
    public void connectionChanged(ConnectionHealth health) {
        for (CheckoutListener l : all) {
            try {
                l.connectionChanged(health);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on a connection change", e);
            }
        }
    }

    @Override
    public void receiptLogHeld(boolean held) {
        for (CheckoutListener l : all) {
            try {
                l.receiptLogHeld(held);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on the receipt log being held", e);
            }
        }
    }

    @Override
    public void quoteAssetsChanged() {
        for (CheckoutListener l : all) {
            try {
                l.quoteAssetsChanged();
            } catch (RuntimeException e) {
                LOG.error("A listener failed on new currency lists", e);
            }
        }
    }
}
