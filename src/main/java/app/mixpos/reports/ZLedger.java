package app.mixpos.reports;

import app.mixpos.sale.ClosedPeriod;
import java.time.Instant;
import java.time.ZoneId;

/** Where a Z report is written: the receipt log, by its one writer. */
public interface ZLedger {

    /**
     * Closes the till's open period as Z {@code number}, or returns Z {@code number} as stored when it is already
     * closed: a period is closed once, however many times (or from however many windows) closing is asked for.
     *
     * @throws IllegalStateException when {@code number} skips a Z
     * @throws RuntimeException when the log cannot be written (the reason is in its message)
     */
    ClosedPeriod close(String tillId, long number, ZoneId zone, Instant now);
}
