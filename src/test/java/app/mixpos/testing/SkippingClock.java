package app.mixpos.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Real time plus whatever the test skipped ahead: for a simulator that must serve a process running on the
 * real clock (its rate limit keeps working) while scripted payments are hurried along. Thread-safe.
 */
public final class SkippingClock extends Clock {

    private volatile Duration skipped = Duration.ZERO;

    public synchronized void skip(Duration d) {
        skipped = skipped.plus(d);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(skipped);
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
