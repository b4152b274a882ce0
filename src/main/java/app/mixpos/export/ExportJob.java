package app.mixpos.export;

import java.time.Instant;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/** A CSV export running on a background executor: its result when done, and a cancel that leaves no file. */
public final class ExportJob {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<CsvExport.Result> result;

    private ExportJob(CsvExport export, Instant from, Instant to, Path folder, String name,
                      CsvExport.Progress progress, Executor executor) {
        this.result = CompletableFuture.supplyAsync(
                () -> export.run(from, to, folder, name, progress, cancelled::get), executor);
    }

    /** Starts the export of the sales created in {@code [from, to)} on {@code executor}. */
    public static ExportJob start(CsvExport export, Instant from, Instant to, Path folder, String name,
                                  CsvExport.Progress progress, Executor executor) {
        return new ExportJob(export, from, to, folder, name, progress, executor);
    }

    /** Completes with the files written, or exceptionally: a {@link java.util.concurrent.CancellationException}. */
    public CompletableFuture<CsvExport.Result> result() {
        return result;
    }

    /** Asks the export to stop at its next step; it then removes what it wrote. */
    public void cancel() {
        cancelled.set(true);
    }
}
