package app.mixpos.wiring;

import app.mixpos.export.CsvExport;
import app.mixpos.export.ExportJob;
import app.mixpos.export.PdfFonts;
import app.mixpos.export.ReportPdf;
import app.mixpos.export.Words;
import app.mixpos.records.ExportRows;
import app.mixpos.reports.Report;
import app.mixpos.ui.export.ExportDesk;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Exports into a folder ({@code exports/} in the data folder): CSVs of a period streamed from the log, and reports'
 * PDFs, on an executor of their own so a long export never holds up a sale (the log is read on connections of the
 * export's own, a few thousand sales per read transaction, beside the till's writes).
 */
public final class FileExports implements ExportDesk {

    private final CompletableFuture<ExportRows> rows;
    private final Path folder;
    private final ZoneId zone;
    private final Executor executor;
    private final int step;

    public FileExports(CompletableFuture<ExportRows> rows, Path folder, ZoneId zone, Executor executor) {
        this(rows, folder, zone, executor, CsvExport.STEP);
    }

    /** @param step sales between two progress reports */
    public FileExports(CompletableFuture<ExportRows> rows, Path folder, ZoneId zone, Executor executor, int step) {
        this.rows = rows;
        this.folder = folder;
        this.zone = zone;
        this.executor = executor;
        this.step = step;
    }

    @Override
    public Running exportCsv(Instant from, Instant to, String name, Progress progress) {
        CompletableFuture<ExportJob> job = rows.thenApply(r -> ExportJob.start(new CsvExport(r, zone, step), from, to, folder,
                name, progress::update, executor));
        CompletableFuture<Written> done = job.thenCompose(ExportJob::result)
                .thenApply(r -> new Written(r.salesFile(), r.eventsFile(), r.sales(), r.events()));
        return new Running() {
            @Override
            public CompletableFuture<Written> done() {
                return done;
            }

            @Override
            public void cancel() {
                job.thenAccept(ExportJob::cancel);
            }
        };
    }

    @Override
    public CompletableFuture<Path> savePdf(Report report, Words words) {
        return CompletableFuture.supplyAsync(() -> {
            Path target = folder.resolve(fileName(report));
            try {
                Files.createDirectories(folder);
                Path temp = Files.createTempFile(folder, ".report", ".pdf.part");
                try {
                    try (OutputStream out = Files.newOutputStream(temp)) {
                        ReportPdf.write(report, words, PdfFonts.dejaVu(), out);
                    }
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temp);
                }
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not save " + target + ": " + e.getMessage(), e);
            }
        }, executor);
    }

    static String fileName(Report r) {
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        String till = r.tillId().isEmpty() ? "all" : r.tillId();
        return r.isZ() ? "z-report-" + till + "-" + r.number() + ".pdf"
                : "x-report-" + till + "-" + day.format(r.period().firstDay()) + "_" + day.format(r.period().lastDay())
                        + ".pdf";
    }
}
