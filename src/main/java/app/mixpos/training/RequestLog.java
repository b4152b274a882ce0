package app.mixpos.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** When each API request arrived, by the simulator's clock. Thread-safe. */
final class RequestLog {

    private final List<Instant> times = new ArrayList<>();

    synchronized void record(Instant at) {
        times.add(at);
    }

    synchronized long count() {
        return times.size();
    }

    synchronized List<Instant> times() {
        return List.copyOf(times);
    }
}
