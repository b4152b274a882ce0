package app.mixpos.ui.export;

import app.mixpos.export.Words;
import app.mixpos.reports.Report;
import app.mixpos.ui.text.Texts;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export buttons of the Reports screen: a CSV of the report's period with its progress and a cancel, and the
 * report shown as a PDF. The work runs on the desk's threads; this only follows it on the FX thread.
 */
public final class ExportsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExportsViewModel.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ExportDesk desk;
    private final Texts texts;
    private final Executor fx;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicBoolean progressQueued = new AtomicBoolean();
    private volatile long done;
    private volatile long total;
    private ExportDesk.Running current;

    public ExportsViewModel(ExportDesk desk, Texts texts, Executor fx) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.texts = texts;
        this.fx = fx;
    }

    /** Writes the sales of {@code report}'s period and their events as CSV; one export at a time. */
    public void exportCsv(Report report) {
        if (report == null || running.get()) {
            return;
        }
        running.set(true);
        progress.set(0);
        message.set(texts.get("export.starting"));
        String name = "mixpay-" + (report.tillId().isEmpty() ? "all" : report.tillId()) + "-"
                + DAY.format(report.period().firstDay()) + "_" + DAY.format(report.period().lastDay());
        current = desk.exportCsv(report.period().from(), report.period().to(), name, this::moved);
        current.done().whenCompleteAsync((written, failure) -> {
            running.set(false);
            current = null;
            if (failure == null) {
                progress.set(1);
                message.set(texts.get("export.done", written.sales(), written.salesFile(), written.events(),
                        written.eventsFile().getFileName()));
            } else if (cause(failure) instanceof CancellationException) {
                message.set(texts.get("export.cancelled"));
            } else {
                LOG.error("The CSV export failed", failure);
                message.set(texts.get("export.failed", String.valueOf(cause(failure).getMessage())));
            }
        }, fx);
    }

    /** Stops the running export; it removes what it wrote. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            message.set(texts.get("export.cancelling"));
        }
    }

    /** Saves {@code report} as a PDF. */
    public void savePdf(Report report) {
        if (report == null) {
            return;
        }
        Words words = new Words() {
            @Override
            public String get(String key, Object... args) {
                return texts.get(key, args);
            }

            @Override
            public Locale locale() {
                return texts.locale();
            }
        };
        message.set(texts.get("export.pdfSaving"));
        desk.savePdf(report, words).whenCompleteAsync((file, failure) -> {
            if (failure == null) {
                message.set(texts.get("export.pdfSaved", file));
            } else {
                LOG.error("The report's PDF could not be saved", failure);
                message.set(texts.get("export.failed", String.valueOf(cause(failure).getMessage())));
            }
        }, fx);
    }

    /** From the exporting thread: at most one update waits for the FX thread at a time. */
    private void moved(long doneNow, long totalNow) {
        done = doneNow;
        total = totalNow;
        if (progressQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                progressQueued.set(false);
                long t = total;
                progress.set(t == 0 ? 0 : (double) done / t);
                if (running.get()) {
                    message.set(texts.get("export.progress", done, t));
                }
            });
        }
    }

    private static Throwable cause(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public Texts texts() {
        return texts;
    }
}
