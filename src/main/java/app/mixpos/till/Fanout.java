package app.mixpos.till;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands states to observers in the order they were queued, one call at a time: whichever thread finds no delivery
 * under way delivers everything queued, including what other threads (or the observers themselves) queue meanwhile.
 * No lock is held while an observer runs, so an observer may call back into the model.
 */
final class Fanout {


    private record Delivery(TillState state, List<TillObserver> to) {
    }

    private final List<TillObserver> observers = new CopyOnWriteArrayList<>();
    private final Deque<Delivery> queue = new ArrayDeque<>();
    private boolean delivering;

    /** Queues {@code state} for every observer there is now; call while holding the model's lock. */
    synchronized void queue(TillState state) {
        if (!observers.isEmpty()) {
            queue.add(new Delivery(state, List.copyOf(observers)));
        }
    }

    /** Adds an observer and queues {@code current} for it alone, so it is told that first. */
    synchronized void add(TillObserver observer, TillState current) {
        observers.add(observer);
        queue.add(new Delivery(current, List.of(observer)));
    }

    void remove(TillObserver observer) {
        observers.remove(observer);
    }

    /** Delivers what is queued, unless another call is already doing so (it then delivers this too). */
    void deliver() {
        synchronized (this) {
            if (delivering) {
                return;
            }
            delivering = true;
        }
        boolean finished = false;
        try {
            while (true) {
                Delivery next;
                synchronized (this) {
                    next = queue.poll();
                    if (next == null) {
                        delivering = false;
                        finished = true;
                        return;
                    }
                }
                for (TillObserver o : next.to()) {
                    if (observers.contains(o)) {
                        tell(o, next.state());
                    }
                }
            }
        } finally {
            if (!finished) {
                synchronized (this) {
                    delivering = false;
                }
            }
        }
    }

    private static void tell(TillObserver o, TillState state) {
        try {
            o.tillChanged(state);
        } catch (RuntimeException e) {
            log().error("A till observer failed on state {}", state.sequence(), e);
        }
    }

    /**
     * Not a static field: the model is built with the window, before its first frame, and logging is set up on the
     * engine's thread only after that frame (see {@code PosApp}).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Fanout.class);
    }
}
