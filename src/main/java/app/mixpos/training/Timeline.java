package app.mixpos.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Phases that follow each other at fixed offsets from a start instant; read lazily against the clock. */
final class Timeline {

    private record Step(Duration at, Phase phase) {
    }

    private final Instant start;
    private final List<Step> steps;

    private Timeline(Instant start, List<Step> steps) {
        this.start = start;
        this.steps = List.copyOf(steps);
    }

    static Timeline constant(Instant start, Phase phase) {
        return new Builder(start).at(0, phase).build();
    }

    Instant start() {
        return start;
    }

    /** The phase in force at {@code now}; before the start, the first phase. */
    Phase at(Instant now) {
        Duration elapsed = Duration.between(start, now);
        Phase current = steps.get(0).phase();
        for (Step step : steps) {
            if (step.at().compareTo(elapsed) <= 0) {
                current = step.phase();
            }
        }
        return current;
    }

    static final class Builder {
        private final Instant start;
        private final List<Step> steps = new ArrayList<>();

        Builder(Instant start) {
            this.start = start;
        }

        /** {@code phase} from {@code seconds} after the start; steps must come in order. */
        Builder at(long seconds, Phase phase) {
            steps.add(new Step(Duration.ofSeconds(seconds), phase));
            return this;
        }

        Timeline build() {
            if (steps.isEmpty()) {
                throw new IllegalStateException("a timeline needs a phase");
            }
            return new Timeline(start, steps);
        }
    }
}
