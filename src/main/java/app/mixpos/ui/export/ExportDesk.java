package app.mixpos.ui.export;

import app.mixpos.export.Words;
import app.mixpos.reports.Report;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** What the Reports screen asks of the exports: a CSV of a period, a report's PDF. Both run off the FX thread. */
public interface ExportDesk {

    /** No exports: every export fails with a sentence saying the receipt log is not open. */
    ExportDesk NONE = new ExportDesk() {
        @Override
        public Running exportCsv(Instant from, Instant to, String name, Progress progress) {
            CompletableFuture<Written> failed = CompletableFuture.failedFuture(
                    new IllegalStateException("exports are not set up"));
            return new Running() {
                @Override
                public CompletableFuture<Written> done() {
                    return failed;
                }

                @Override
                public void cancel() {
                    // nothing runs
                }
            };
        }

        @Override
        public CompletableFuture<Path> savePdf(Report report, Words words) {
            return CompletableFuture.failedFuture(new IllegalStateException("exports are not set up"));
        }
    };

    /** A CSV export under way: it finishes with what it wrote, or is cancelled and leaves nothing. */
    interface Running {
        /** The two files and their row counts; completes exceptionally when cancelled or failed. */
        CompletableFuture<Written> done();

        void cancel();
    }

    /** What a CSV export wrote. */
    record Written(Path salesFile, Path eventsFile, long sales, long events) {
    }

    /** Told how far an export has come, from the exporting thread. */
    interface Progress {
        void update(long done, long total);
    }

    /** Starts writing the sales created in {@code [from, to)} and their events as CSV, named after {@code name}. */
    Running exportCsv(Instant from, Instant to, String name, Progress progress);

    /** Saves the report as a PDF; completes with the file. */
    CompletableFuture<Path> savePdf(Report report, Words words);
}
