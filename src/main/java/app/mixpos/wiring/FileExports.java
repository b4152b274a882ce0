package app.mixpos.wiring;

import app.mixpos.export.CsvExport;
import app.mixpos.export.ExportJob;
import app.mixpos.export.PdfFonts;
import app.mixpos.export.ReportPdf;
import app.mixpos.export.Words;
import app.mixpos.records.SalePages;
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
 * Exports into a folder ({@code exports/} in the data folder): CSVs of a period read a page at a time, and reports'
 * PDFs, on an executor of their own so a long export never holds up a sale (each page is one short read of the log).
 */
public final class FileExports implements ExportDesk {

    private final CompletableFuture<SalePages> pages;
    private final Path folder;
    private final ZoneId zone;
    private final Executor executor;
    private final int pageSize;

    public FileExports(CompletableFuture<SalePages> pages, Path folder, ZoneId zone, Executor executor) {
        this(pages, folder, zone, executor, CsvExport.PAGE);
    }

    public FileExports(CompletableFuture<SalePages> pages, Path folder, ZoneId zone, Executor executor, int pageSize) {
        this.pages = pages;
        this.folder = folder;
        this.zone = zone;
        this.executor = executor;
        this.pageSize = pageSize;
    }

    @Override
    public Running exportCsv(Instant from, Instant to, String name, Progress progress) {
        CompletableFuture<ExportJob> job = pages.thenApply(p -> ExportJob.start(new CsvExport(p, zone, pageSize), from, to, folder,
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
