package app.mixpos.bench;

import app.mixpos.export.CsvExport;
import app.mixpos.export.PdfFonts;
import app.mixpos.export.ReportPdf;
import app.mixpos.export.Words;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.reports.Report;
import app.mixpos.reports.Reports;
import app.mixpos.testing.LogReports;
import app.mixpos.ui.text.Texts;
import app.mixpos.wiring.LogPages;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exports measured on the receipt-log bench's log of 1,000,000 sales (3,000,000 events): the CSV of every sale
 * and event with the progress it reports (elapsed time and sales done at every report) and the process's CPU time,
 * and the PDF of one day's X.
 */
final class ExportsBench {

    private static final Words WORDS = new Words() {
        @Override
        public String get(String key, Object... args) {
            return Texts.english().get(key, args);
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }
    };

    private ExportsBench() {
    }

    static Map<String, Object> csv(Path logFile, Path folder) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        List<long[]> samples = new ArrayList<>();
        try (ReceiptLog log = ReceiptLog.open(logFile)) {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            CsvExport.Result r = new CsvExport(LogPages.of(log), ZoneOffset.UTC).run(
                    java.time.Instant.EPOCH, java.time.Instant.parse("2100-01-01T00:00:00Z"), folder, "all",
                    (done, total) -> samples.add(new long[] {(System.nanoTime() - t0) / 1_000_000, done, total}),
                    () -> false);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            m.put("ms", ms);
            m.put("cpuMs", (os.getProcessCpuTime() - cpu0) / 1_000_000);
            m.put("loadAverage", os.getSystemLoadAverage());
            m.put("sales", r.sales());
            m.put("events", r.events());
            m.put("salesBytes", Files.size(r.salesFile()));
            m.put("eventsBytes", Files.size(r.eventsFile()));
            long widest = 0;
            for (int i = 1; i < samples.size(); i++) {
                widest = Math.max(widest, samples.get(i)[0] - samples.get(i - 1)[0]);
            }
            m.put("progressUpdates", samples.size());
            m.put("longestMsWithoutProgress", widest);
            List<Map<String, Long>> every = new ArrayList<>();
            int step = Math.max(1, samples.size() / 20);
            for (int i = 0; i < samples.size(); i += step) {
                every.add(Map.of("ms", samples.get(i)[0], "done", samples.get(i)[1], "total", samples.get(i)[2]));
            }
            m.put("progressSamples", every);
            Files.delete(r.salesFile());
            Files.delete(r.eventsFile());
        }
        return m;
    }

    /** The busiest-looking day of the log: 2026-05-21, about 2,700 sales at a sale every 31.5 s. */
    static Map<String, Object> dayPdf(Path logFile, int times) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Double> reportMs = new ArrayList<>();
        List<Double> pdfMs = new ArrayList<>();
        int bytes = 0;
        try (ReceiptLog log = ReceiptLog.open(logFile)) {
            LogReports ports = new LogReports(log);
            Reports reports = new Reports(ports, ports, Runnable::run,
                    Clock.fixed(java.time.Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC, "T0");
            for (int i = 0; i < times; i++) {
                long t0 = System.nanoTime();
                Report day = reports.day(LocalDate.of(2026, 5, 21)).join();
                long t1 = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ReportPdf.write(day, WORDS, PdfFonts.dejaVu(), out);
                long t2 = System.nanoTime();
                reportMs.add((t1 - t0) / 1e6);
                pdfMs.add((t2 - t1) / 1e6);
                bytes = out.size();
                m.put("sales", day.totals().sales());
            }
        }
        m.put("reportMs", reportMs);
        m.put("pdfMs", pdfMs);
        m.put("pdfBytes", bytes);
        return m;
    }
}
