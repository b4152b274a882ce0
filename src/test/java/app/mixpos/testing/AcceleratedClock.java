package app.mixpos.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Real time run {@code factor} times faster from a start instant, for runs that must cover an hour of a shop in
 * minutes while everything in them (tills, MixPay simulator, shared budget) keeps one pace. {@link #offset} gives a
 * till's view of it whose wall clock is off by some minutes but ticks at the same pace. Thread-safe.
 */
public final class AcceleratedClock extends Clock {

    private final Instant start;
    private final long startNanos;
    private final double factor;
    private final Duration offset;

    private AcceleratedClock(Instant start, long startNanos, double factor, Duration offset) {
        this.start = start;
        this.startNanos = startNanos;
        this.factor = factor;
        this.offset = offset;
    }

    public AcceleratedClock(Instant start, double factor) {
        this(start, System.nanoTime(), factor, Duration.ZERO);
    }

    /** The same time, seen by a clock that is {@code by} ahead (negative: behind). */
    public AcceleratedClock offset(Duration by) {
        return new AcceleratedClock(start, startNanos, factor, offset.plus(by));
    }

    public double factor() {
        return factor;
    }

    /** A duration of this clock in real time. */
    public Duration real(Duration accelerated) {
        return Duration.ofNanos((long) (accelerated.toNanos() / factor));
    }

    @Override
    public Instant instant() {
        long elapsed = (long) ((System.nanoTime() - startNanos) * factor);
        return start.plusNanos(elapsed).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
