package app.mixpos.export;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The progress of an export written by two threads (the sales file and the events file): how many sales each has
 * written, reported as the smaller of the two every {@code step} sales, and one stop for both, asked every
 * {@code step} sales: a cancel, or the other half having failed.
 */
final class ExportProgress {

    private final long total;
    private final int step;
    private final CsvExport.Progress progress;
    private final BooleanSupplier cancelled;
    private final long[] done = new long[2];
    private long reported;
    private volatile boolean stopped;

    ExportProgress(long total, int step, CsvExport.Progress progress, BooleanSupplier cancelled) {
        this.total = total;
        this.step = step;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Whether {@code sales} is a point at which a half reports and asks whether to stop. */
    boolean due(long sales) {
        return sales % step == 0;
    }

    /**
     * Half {@code half} (0 sales, 1 events) has written {@code sales} sales.
     *
     * @throws CancellationException when the export was cancelled or the other half failed
     */
    void advanced(int half, long sales) {
        if (stopped || cancelled.getAsBoolean()) {
            stopped = true;
            throw new CancellationException("export stopped after " + sales + " of " + total + " sales");
        }
        synchronized (this) {
            done[half] = sales;
            long both = Math.min(done[0], done[1]);
            if (both >= reported + step) {
                reported = both;
                progress.update(both, Math.max(total, both));
            }
        }
    }

    /** The other half stops at its next step. */
    void stop() {
        stopped = true;
    }

    void finished(long sales) {
        synchronized (this) {
            progress.update(sales, Math.max(total, sales));
        }
    }
}
