package app.mixpos.export;

import app.mixpos.records.ExportRows;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accountant's export: the sales created in a period and their events, as two CSV files (UTF-8, RFC 4180: CRLF
 * line ends, a header row, cells quoted when they need it, by jackson-dataformat-csv). Each file is one stream of the
 * log's rows ({@link ExportRows}) straight into Jackson's CSV generator, the events on a second thread beside the
 * sales; the log serves them a few thousand sales per read transaction beside the till's writes. Both files are
 * written to temporary files in the target folder, flushed to the disk and only then renamed to their names: a crash
 * or a cancel leaves no file half-written, and a cancel leaves no file at all.
 */
public final class CsvExport {

    private static final Logger LOG = LoggerFactory.getLogger(CsvExport.class);
    /** Sales between two progress reports (and two looks at whether to stop). */
    public static final int STEP = 1_000;
    /** Quotes a cell only when RFC 4180 needs it (a comma, a quote, a line break, or spaces at either end). */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    /** How far an export has come: {@code done} of {@code total} sales written. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /** The two files written and how many rows each holds. */
    public record Result(Path salesFile, Path eventsFile, long sales, long events) {
    }

    private static final int SALES = 0;
    private static final int EVENTS = 1;

    private final ExportRows rows;
    private final ZoneId zone;
    private final int step;

    /** @param zone the time zone the times are written in, with their offset */
    public CsvExport(ExportRows rows, ZoneId zone) {
        this(rows, zone, STEP);
    }

    /** @param step sales between two progress reports; {@link #STEP} by default */
    public CsvExport(ExportRows rows, ZoneId zone, int step) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (step < 1) {
            throw new IllegalArgumentException("progress moves by at least one sale: " + step);
        }
        this.step = step;
    }

    /** The two files' names for {@code name}: {@code <name>-sales.csv} and {@code <name>-events.csv}. */
    public static Path salesFile(Path folder, String name) {
        return folder.resolve(name + "-sales.csv");
    }

    public static Path eventsFile(Path folder, String name) {
        return folder.resolve(name + "-events.csv");
    }

    /**
     * Writes the sales created in {@code [from, to)} (as of the start: sales recorded meanwhile are left for the next
     * export) and their events into {@code folder}: the sales on the calling thread, the events on a thread of the
     * same priority.
     *
     * @param cancelled asked every {@link #STEP} sales; when it turns true the temporary files are removed and
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
            ExportRows.Extent extent = rows.extent(from, to);
            progress.update(0, extent.sales());
            ExportProgress tracker = new ExportProgress(extent.sales(), step, progress, cancelled);
            long[] counts = write(extent, salesTemp, eventsTemp, tracker);
            tracker.finished(counts[0]);
            sync(salesTemp);
            sync(eventsTemp);
            move(salesTemp, salesTarget);
            move(eventsTemp, eventsTarget);
            done = true;
            LOG.info("Exported {} sales and {} events created in [{}, {}) to {} and {}", counts[0], counts[1], from, to,
                    salesTarget, eventsTarget);
            return new Result(salesTarget, eventsTarget, counts[0], counts[1]);
        } catch (IOException e) {
            throw failed(folder, e);
        } catch (UncheckedIOException e) {
            throw failed(folder, e.getCause());
        } finally {
            if (!done) {
                deleteQuietly(salesTemp);
                deleteQuietly(eventsTemp);
            }
        }
    }

    /** Both files at once; the first failure (or the cancel) of either half stops the other. */
    private long[] write(ExportRows.Extent extent, Path salesTemp, Path eventsTemp, ExportProgress tracker)
            throws IOException {
        FutureTask<Long> events = new FutureTask<>(() -> stopping(tracker,
                () -> half(extent, eventsTemp, SaleColumns.EVENTS, EVENTS, tracker)));
        Thread helper = new Thread(events, Thread.currentThread().getName() + "-events");
        helper.setDaemon(true);
        helper.setPriority(Thread.currentThread().getPriority());
        helper.start();
        Exception failure = null;
        long sales = 0;
        try {
            sales = stopping(tracker, () -> half(extent, salesTemp, SaleColumns.SALES, SALES, tracker));
        } catch (Exception e) {
            failure = e;
        }
        long eventRows = 0;
        try {
            eventRows = events.get();
        } catch (ExecutionException e) {
            failure = failure == null || failure instanceof CancellationException ? (Exception) e.getCause() : failure;
        } catch (InterruptedException e) {
            tracker.stop();
            Thread.currentThread().interrupt();
            failure = failure == null ? new CancellationException("export interrupted") : failure;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
        return new long[] {sales, eventRows};
    }

    /** Runs one half; when it fails, the other half stops at its next step. */
    private static long stopping(ExportProgress tracker, Callable<Long> half) throws Exception {
        BackgroundThread.yieldToTheTill();
        try {
            return half.call();
        } catch (Exception e) {
            tracker.stop();
            throw e;
        }
    }

    /**
     * One file: the rows of {@code columns} as the log streams them, through the cell rules, into the CSV generator.
     *
     * @return how many rows it holds
     */
    private long half(ExportRows.Extent extent, Path file, List<SaleColumns.Column> columns, int half,
                      ExportProgress tracker) throws IOException {
        SaleColumns.Writer cells = new SaleColumns.Writer(columns, zone);
        List<String> names = SaleColumns.names(columns);
        int orderId = names.indexOf("order_id");
        long[] count = {0, 0};
        String[] sale = {null};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING),
                1 << 16); CsvGenerator csv = generator(out, columns)) {
            Consumer<String[]> row = stored -> {
                if (half == EVENTS && !stored[orderId].equals(sale[0])) {
                    sale[0] = stored[orderId];
                    sale(tracker, half, ++count[1]);
                }
                write(csv, cells.cells(stored));
                count[0]++;
                if (half == SALES) {
                    sale(tracker, half, count[0]);
                }
            };
            if (half == SALES) {
                rows.sales(extent, names, row);
            } else {
                rows.events(extent, names, row);
            }
        }
        return count[0];
    }

    private static UncheckedIOException failed(Path folder, IOException e) {
        return new UncheckedIOException("Could not write the export to " + folder + ": " + e.getMessage(), e);
    }

    private static void sale(ExportProgress tracker, int half, long sales) {
        if (tracker.due(sales)) {
            tracker.advanced(half, sales);
        }
    }

    private static void write(CsvGenerator csv, String[] cells) {
        try {
            csv.writeStartArray();
            for (String cell : cells) {
                csv.writeString(cell);
            }
            csv.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvGenerator generator(OutputStream out, List<SaleColumns.Column> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        for (SaleColumns.Column c : columns) {
            schema.addColumn(c.name(), CsvSchema.ColumnType.STRING);
        }
        CsvGenerator csv = CSV.getFactory().createGenerator(out, JsonEncoding.UTF8);
        csv.setSchema(schema.build());
        return csv;
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
