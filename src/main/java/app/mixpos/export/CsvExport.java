package app.mixpos.export;

import app.mixpos.records.SalePage;
import app.mixpos.records.SalePages;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accountant's export: the sales created in a period and their events, as two CSV files (UTF-8, RFC 4180: CRLF
 * line ends, a header row, cells quoted when they need it, by jackson-dataformat-csv). The log is read a page at a
 * time ({@link SalePages}), each page one short read, so a sale being recorded meanwhile waits at most for one page.
 * Both files are written to temporary files in the target folder, flushed to the disk and only then renamed to their
 * names: a crash or a cancel leaves no file half-written, and a cancel leaves no file at all.
 */
public final class CsvExport {

    private static final Logger LOG = LoggerFactory.getLogger(CsvExport.class);
    public static final int PAGE = 1_000;
    /** Quotes a cell only when RFC 4180 needs it (a comma, a quote, a line break, or spaces at either end). */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    /** How far an export has come: {@code done} of {@code total} sales written. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /** The two files written and how many rows each holds. */
    public record Result(Path salesFile, Path eventsFile, long sales, long events) {
    }

    private final SalePages pages;
    private final ZoneId zone;
    private final int pageSize;

    /** @param zone the time zone the times are written in, with their offset */
    public CsvExport(SalePages pages, ZoneId zone) {
        this(pages, zone, PAGE);
    }

    /** @param pageSize sales read in one go (and the progress's step); {@link #PAGE} by default */
    public CsvExport(SalePages pages, ZoneId zone, int pageSize) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one sale: " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** The two files' names for {@code name}: {@code <name>-sales.csv} and {@code <name>-events.csv}. */
    public static Path salesFile(Path folder, String name) {
        return folder.resolve(name + "-sales.csv");
    }

    public static Path eventsFile(Path folder, String name) {
        return folder.resolve(name + "-events.csv");
    }

    /**
     * Writes the sales created in {@code [from, to)} and their events into {@code folder}, on the calling thread.
     *
     * @param cancelled asked between pages; when it turns true the temporary files are removed and
     *                  {@link CancellationException} is thrown
     * @throws UncheckedIOException when a file cannot be written (nothing is left behind)
     */
    public Result run(Instant from, Instant to, Path folder, String name, Progress progress, BooleanSupplier cancelled) {
        Path salesTarget = salesFile(folder, name);
        Path eventsTarget = eventsFile(folder, name);
        Path salesTemp = null;
        Path eventsTemp = null;
        boolean done = false;
        try {
            Files.createDirectories(folder);
            salesTemp = Files.createTempFile(folder, "." + name + "-sales", ".csv.part");
            eventsTemp = Files.createTempFile(folder, "." + name + "-events", ".csv.part");
            long total = pages.count(from, to);
            progress.update(0, total);
            long[] counts = write(from, to, salesTemp, eventsTemp, total, progress, cancelled);
            sync(salesTemp);
            sync(eventsTemp);
            move(salesTemp, salesTarget);
            move(eventsTemp, eventsTarget);
            done = true;
            LOG.info("Exported {} sales and {} events created in [{}, {}) to {} and {}", counts[0], counts[1], from, to,
                    salesTarget, eventsTarget);
            return new Result(salesTarget, eventsTarget, counts[0], counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export to " + folder + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                deleteQuietly(salesTemp);
                deleteQuietly(eventsTemp);
            }
        }
    }

    private long[] write(Instant from, Instant to, Path salesTemp, Path eventsTemp, long total, Progress progress,
                         BooleanSupplier cancelled) throws IOException {
        long sales = 0;
        long events = 0;
        try (Writer salesOut = writer(salesTemp); Writer eventsOut = writer(eventsTemp);
             SequenceWriter salesCsv = sequence(salesOut, SaleColumns.headers(SaleColumns.SALES));
             SequenceWriter eventsCsv = sequence(eventsOut, SaleColumns.headers(SaleColumns.EVENTS))) {
            SalePage.Mark after = null;
            do {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled after " + sales + " of " + total + " sales");
                }
                SalePage page = pages.page(from, to, after, pageSize);
                List<String> orderIds = page.sales().stream().map(SaleSnapshot::orderId).toList();
                for (SaleSnapshot sale : page.sales()) {
                    salesCsv.write(SaleColumns.row(SaleColumns.SALES, sale, zone));
                }
                for (SaleEvent event : pages.eventsOf(orderIds)) {
                    eventsCsv.write(SaleColumns.row(SaleColumns.EVENTS, event, zone));
                    events++;
                }
                sales += page.sales().size();
                progress.update(sales, Math.max(total, sales));
                after = page.next();
            } while (after != null);
        }
        return new long[] {sales, events};
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING),
                StandardCharsets.UTF_8), 1 << 16);
    }

    private static SequenceWriter sequence(Writer out, String[] headers) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        for (String h : headers) {
            schema.addColumn(h, CsvSchema.ColumnType.STRING);
        }
        return CSV.writerFor(String[].class).with(schema.build()).writeValues(out);
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished export file {}", file, e);
        }
    }
}
