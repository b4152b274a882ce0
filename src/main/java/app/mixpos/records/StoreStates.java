package app.mixpos.records;

import java.util.function.Consumer;

/** Where the till's store state comes from; present only in store mode. */
public interface StoreStates {

    /** The state now. */
    StoreState current();

    /**
     * Calls {@code listener} with every new state, on a thread of the source's (never wait in it), until the returned
     * handle is closed.
     */
    AutoCloseable follow(Consumer<StoreState> listener);
}
