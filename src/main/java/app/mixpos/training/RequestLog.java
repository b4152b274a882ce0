package app.mixpos.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each API request arrived, by the simulator's clock; which of them the rate limit admitted, and how many it
 * answered with {@code 1429}. Thread-safe.
 */
final class RequestLog {

    /** An admitted request: when, from which client address, to which path. */
    record Admitted(Instant at, String address, String path) {
    }

    private final List<Instant> times = new ArrayList<>();
    private final List<Admitted> admitted = new ArrayList<>();
    private long refused;

    synchronized void record(Instant at) {
        times.add(at);
    }

    synchronized void admitted(Instant at, String address, String path) {
        admitted.add(new Admitted(at, address, path));
    }

    synchronized void refused() {
        refused++;
    }

    synchronized long count() {
        return times.size();
    }

    synchronized List<Instant> times() {
        return List.copyOf(times);
    }

    synchronized List<Admitted> admitted() {
        return List.copyOf(admitted);
    }

    synchronized long refusedCount() {
        return refused;
    }
}
