package app.mixpos.store;

/** Hears every change of a {@link StoreSender}'s status, on the sender's thread: hand it on, never block it. */
@FunctionalInterface
public interface StoreStatusListener {

    void storeStatusChanged(StoreStatus status);
}
