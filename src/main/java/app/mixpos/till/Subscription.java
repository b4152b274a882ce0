package app.mixpos.till;

/** Ends an observer's subscription: it is told nothing more (a window closing, a display detached). */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
