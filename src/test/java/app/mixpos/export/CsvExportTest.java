package app.mixpos.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.ExportRows;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.OutsideSqlite;
import app.mixpos.wiring.LogPages;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant FROM = ExportLog.T0.minusSeconds(1);
    private static final Instant TO = ExportLog.T0.plusSeconds(86_400);

    @TempDir
    Path dir;

    private ReceiptLog log() {
        return ReceiptLog.open(dir.resolve("receipts.sqlite"), "T1");
    }

    @Test
    void theSalesReadBackWithACsvParserEqualTheLog() throws Exception {
        try (ReceiptLog log = log()) {
            ExportLog.fill(log, 40, 61);
            List<String> progress = new ArrayList<>();
            CsvExport.Result result = new CsvExport(LogPages.of(log), KOLKATA, 7)
                    .run(FROM, TO, dir.resolve("out"), "day", (d, t) -> progress.add(d + "/" + t), () -> false);

            List<SaleSnapshot> stored = log.between(FROM, TO);
            List<Map<String, String>> rows = read(result.salesFile());
            assertThat(result.sales()).isEqualTo(40);
            assertThat(rows).hasSize(stored.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                SaleSnapshot s = stored.get(i);
                assertThat(row.get("order_id")).isEqualTo(s.orderId());
                assertThat(new BigDecimal(row.get("amount"))).isEqualTo(s.sale().amount().value());
                assertThat(row.get("amount")).isEqualTo(s.sale().amount().toWire());
                assertThat(OffsetDateTime.parse(row.get("created_at")).toInstant()).isEqualTo(s.sale().createdAt());
                assertThat(row.get("created_at")).endsWith("+05:30");
                assertThat(row.get("outcome")).isEqualTo(s.state().outcome().name());
                assertThat(row.get("payment_amount")).isEqualTo(plain(s.state().paymentAmount()));
                assertThat(row.get("surplus_amount")).isEqualTo(plain(s.state().surplusAmount()));
                assertThat(row.get("trace_id")).isEqualTo(s.sale().traceId().toString());
                assertThat(row.get("till_id")).isEqualTo(s.sale().tillId());
                assertThat(row.get("remark")).isEqualTo(neutralised(s.sale().remark()));
                assertThat(row.get("payable_symbol")).isEqualTo(neutralised(s.state().payableSymbol()));
            }
            assertThat(progress).first().isEqualTo("0/40");
            assertThat(progress).last().isEqualTo("40/40");
            assertThat(progress).hasSize(1 + 6);

            List<Map<String, String>> events = read(result.eventsFile());
            List<SaleEvent> storedEvents = stored.stream().flatMap(s -> log.events(s.orderId()).stream()).toList();
            assertThat(events).hasSize(storedEvents.size());
            assertThat(result.events()).isEqualTo(storedEvents.size());
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).get("event_id")).isEqualTo(Long.toString(storedEvents.get(i).id()));
                assertThat(events.get(i).get("kind")).isEqualTo(storedEvents.get(i).kind());
                assertThat(OffsetDateTime.parse(events.get(i).get("at")).toInstant()).isEqualTo(storedEvents.get(i).at());
            }
        }
    }

    /**
     * Every cell of both files, against the log's own reading of each sale and event through the domain, put into cells
     * by the documented rules (README, "Exports"), here in a zone whose offset changes within the period (New York's
     * change to summer time on 2027-03-14 falls among these sales, three days apart).
     */
    @Test
    void everyCellOfBothFilesIsTheLogsValueWrittenByTheDocumentedRules() throws Exception {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant to = ExportLog.T0.plus(java.time.Duration.ofDays(200));
        try (ReceiptLog log = log()) {
            ExportLog.fill(log, 45, 3 * 86_400 + 3_601);
            CsvExport.Result result = new CsvExport(LogPages.of(log), newYork, 4)
                    .run(FROM, to, dir, "all", (d, t) -> { }, () -> false);
            List<SaleSnapshot> stored = log.between(FROM, to);
            List<List<String>> sales = new ArrayList<>();
            List<List<String>> events = new ArrayList<>();
            for (SaleSnapshot s : stored) {
                sales.add(Documented.sale(s, newYork));
                for (SaleEvent e : log.events(s.orderId())) {
                    events.add(Documented.event(e, newYork));
                }
            }
            assertThat(stored).hasSize(45);
            assertThat(rows(result.salesFile())).containsExactlyElementsOf(sales);
            assertThat(rows(result.eventsFile())).containsExactlyElementsOf(events);
            assertThat(result.events()).isEqualTo(events.size());
            assertThat(sales).extracting(r -> r.get(2)).anyMatch(t -> t.endsWith("-05:00")).anyMatch(t -> t.endsWith("-04:00"));
        }
    }

    @Test
    void anEmptyPeriodGivesBothFilesWithTheirHeaderRowOnly() throws Exception {
        try (ReceiptLog log = log()) {
            List<String> progress = new ArrayList<>();
            CsvExport.Result result = new CsvExport(LogPages.of(log), KOLKATA)
                    .run(FROM, TO, dir, "none", (d, t) -> progress.add(d + "/" + t), () -> false);
            assertThat(result.sales()).isZero();
            assertThat(Files.readString(result.salesFile())).startsWith("order_id,till_id,created_at,").endsWith("settle_asset_id\r\n");
            assertThat(Files.readString(result.eventsFile()))
                    .isEqualTo("order_id,event_id,at,till_id,kind,outcome,status,reasons\r\n");
            assertThat(progress).containsExactly("0/0", "0/0");
        }
    }

    @Test
    void theFileIsUtf8WithCrlfLineEndsAndAHeaderRow() throws Exception {
        try (ReceiptLog log = log()) {
            ExportLog.fill(log, 8, 10);
            CsvExport.Result result = new CsvExport(LogPages.of(log), ZoneId.of("UTC"))
                    .run(FROM, TO, dir, "day", (d, t) -> { }, () -> false);
            String text = Files.readString(result.salesFile(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("order_id,till_id,created_at,outcome,amount,quote_symbol,quote_asset_id,"
                    + "payment_amount,payable_amount,payable_symbol,surplus_amount,surplus_status,status,failure_code,"
                    + "reasons,trace_id,remark,link_mode,payment_link,settlement_asset_id,payee_id,expires_at,"
                    + "updated_at,version,settle_status,settle_amount,settle_symbol,settle_asset_id\r\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
            assertThat(text).contains("café 中文 ✓").contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                    .contains(",'+1 bag,").contains(",'-5 off,").contains(",'@SUM(A1),").contains(",[],")
                    .contains("\"table 4, window\"").contains("2026-11-21T10:15:30.123Z");
        }
    }

    @Test
    void cellsASpreadsheetWouldRunAreNeutralisedButNumbersAreNot() {
        for (String formula : List.of("=1+2", "+1", "-1", "@A1", "\tx", "\rx")) {
            assertThat(Cells.text(formula)).isEqualTo("'" + formula);
        }
        assertThat(Cells.text("table 4")).isEqualTo("table 4");
        assertThat(Cells.text(null)).isEmpty();
        assertThat(Cells.number("-1.50")).isEqualTo("-1.50");
        assertThat(Cells.number("1E-8")).isEqualTo("0.00000001");
        assertThat(Cells.number("12.50")).isEqualTo("12.50");
        assertThat(Cells.number("0.00012345")).isEqualTo("0.00012345");
        assertThat(Cells.number("012.5")).isEqualTo("12.5");
        assertThat(Cells.number(".5")).isEqualTo("0.5");
        assertThat(Cells.number(null)).isEmpty();
    }

    @Test
    void sqlite3sOwnCsvImportReadsTheSameSalesAndEventsAsTheLog() throws Exception {
        OutsideSqlite.requireCommand();
        Path file = dir.resolve("receipts.sqlite");
        CsvExport.Result result;
        try (ReceiptLog log = log()) {
            ExportLog.fill(log, 30, 45);
            result = new CsvExport(LogPages.of(log), KOLKATA, 4).run(FROM, TO, dir, "day", (d, t) -> { }, () -> false);
        }
        Path check = dir.resolve("check.sqlite");
        OutsideSqlite.run(check, ".import --csv " + result.salesFile() + " exported");
        OutsideSqlite.run(check, ".import --csv " + result.eventsFile() + " exported_events");
        String attach = "ATTACH '" + file + "' AS log; ";
        String guard = "(CASE WHEN substr(%s,1,1) IN ('=','+','-','@') THEN '''' || %s ELSE coalesce(%s,'') END)";
        String matches = attach + "SELECT count(*) FROM exported x JOIN log.sales s ON s.order_id = x.order_id "
                + "WHERE x.amount = s.amount AND x.outcome = s.outcome AND x.till_id = s.till_id "
                + "AND strftime('%Y-%m-%dT%H:%M:%fZ', x.created_at) = s.created_at "
                + "AND strftime('%Y-%m-%dT%H:%M:%fZ', x.updated_at) = s.updated_at "
                + "AND x.payment_amount = coalesce(s.payment_amount,'') AND x.surplus_amount = coalesce(s.surplus_amount,'') "
                + "AND x.status = s.status AND x.failure_code = s.failure_code AND x.reasons = s.reasons "
                + "AND x.trace_id = s.trace_id AND x.version = s.version AND x.quote_symbol = s.quote_symbol "
                + "AND x.remark = " + guard.formatted("s.remark", "s.remark", "s.remark")
                + " AND x.payable_symbol = " + guard.formatted("s.payable_symbol", "s.payable_symbol", "s.payable_symbol")
                + " AND x.settle_status = coalesce(s.settle_status,'') AND x.settle_amount = coalesce(s.settle_amount,'')"
                + " AND x.settle_symbol = coalesce(s.settle_symbol,'')"
                + " AND x.settle_asset_id = coalesce(s.settle_asset_id,'');";
        assertThat(OutsideSqlite.run(check, attach + "SELECT count(*) FROM exported WHERE settle_amount <> ''; "
                + "SELECT count(*) FROM exported WHERE settle_status = 'pending'")).doesNotContain("0");
        assertThat(OutsideSqlite.run(check, matches)).containsExactly("30");
        assertThat(OutsideSqlite.run(check, attach + "SELECT count(*) FROM log.sales; SELECT count(*) FROM exported;"))
                .containsExactly("30", "30");
        String events = attach + "SELECT count(*) FROM exported_events x JOIN log.sale_events e ON e.id = x.event_id "
                + "JOIN log.sales s ON s.id = e.sale_id WHERE s.order_id = x.order_id AND x.kind = e.kind "
                + "AND x.outcome = e.outcome AND x.status = e.status AND x.reasons = e.reasons AND x.till_id = e.till_id "
                + "AND strftime('%Y-%m-%dT%H:%M:%fZ', x.at) = e.at; SELECT count(*) FROM log.sale_events; "
                + "SELECT count(*) FROM exported_events;";
        List<String> counts = OutsideSqlite.run(check, events);
        assertThat(counts).hasSize(3).allMatch(c -> c.equals(counts.get(1)));
        assertThat(Integer.parseInt(counts.get(0))).isGreaterThan(60);
    }

    @Test
    void salesCreatedAtTheSameInstantAreEachExportedOnceAcrossPages() throws Exception {
        try (ReceiptLog log = log()) {
            ExportLog.fill(log, 25, 0);
            CsvExport.Result result = new CsvExport(LogPages.of(log), KOLKATA, 3)
                    .run(FROM, TO, dir, "same", (d, t) -> { }, () -> false);
            List<String> ids = read(result.salesFile()).stream().map(r -> r.get("order_id")).toList();
            assertThat(ids).hasSize(25).doesNotHaveDuplicates();
        }
    }

    @Test
    void onlyTheSalesOfThePeriodAreExported() throws Exception {
        try (ReceiptLog log = log()) {
            ExportLog.fill(log, 10, 3600);
            Instant from = ExportLog.T0.plusSeconds(2 * 3600);
            Instant to = ExportLog.T0.plusSeconds(5 * 3600);
            CsvExport.Result result = new CsvExport(LogPages.of(log), KOLKATA, 2)
                    .run(from, to, dir, "range", (d, t) -> { }, () -> false);
            assertThat(read(result.salesFile())).extracting(r -> r.get("order_id"))
                    .containsExactly("T1-000002-x", "T1-000003-x", "T1-000004-x");
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        try (ReceiptLog log = log()) {
            ExportLog.fill(log, 20, 10);
            Path out = dir.resolve("out");
            Files.createDirectories(out);
            long[] seen = new long[1];
            assertThatThrownBy(() -> new CsvExport(LogPages.of(log), KOLKATA, 5)
                    .run(FROM, TO, out, "day", (d, t) -> seen[0] = d, () -> seen[0] >= 10))
                    .isInstanceOf(CancellationException.class);
            assertThat(seen[0]).isEqualTo(10);
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void aFailingReadLeavesNoFileAndAnEarlierExportIsKept() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(CsvExport.salesFile(out, "day"), "earlier");
        ExportRows broken = new ExportRows() {
            @Override
            public Extent extent(Instant from, Instant to) {
                return new Extent(from, to, 3, 3);
            }

            @Override
            public void sales(Extent extent, List<String> columns, Consumer<String[]> row) {
                throw new IllegalStateException("the log went away");
            }

            @Override
            public void events(Extent extent, List<String> columns, Consumer<String[]> row) {
                // no events
            }
        };
        assertThatThrownBy(() -> new CsvExport(broken, KOLKATA).run(FROM, TO, out, "day", (d, t) -> { }, () -> false))
                .hasMessageContaining("the log went away");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(CsvExport.salesFile(out, "day"));
        }
        assertThat(Files.readString(CsvExport.salesFile(out, "day"))).isEqualTo("earlier");
    }

    /** Every row of the file after its header, cell by cell, as Jackson's CSV parser reads it. */
    static List<List<String>> rows(Path csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withSkipFirstDataRow(true)).readValues(csv.toFile())) {
            return it.readAll();
        }
    }

    static List<Map<String, String>> read(Path csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            return it.readAll();
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String neutralised(String text) {
        if (text == null) {
            return "";
        }
        return "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
