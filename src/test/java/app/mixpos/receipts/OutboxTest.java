package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyChangePutsOneRowInItsTillsOutboxNumberedWithoutAGap() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            SaleSnapshot s = log.insert(Sales.creating("12.50", EUR, T0, "A1"));
            SaleSnapshot open = log.update(Sales.opened(s, T0.plusSeconds(1)), SaleEvent.LINK_CREATED, "");
            log.update(Sales.with(open, Outcome.PAID, "success", SurplusStatus.NO), SaleEvent.STATUS, "{\"x\":1}");

            List<Outbox.Entry> rows = log.outboxAfter("A1", 0, 10);
            assertThat(rows).extracting(Outbox.Entry::seq).containsExactly(1L, 2L, 3L);
            assertThat(rows).extracting(Outbox.Entry::kind).containsOnly(Outbox.SALE_EVENT);
            assertThat(log.outboxPosition("A1")).isEqualTo(new Outbox.Position("A1", 3, 0));
            assertThat(log.outboxPosition("B2")).isEqualTo(new Outbox.Position("B2", 0, 0));

            List<SaleEvent> events = log.events(s.orderId());
            JsonNode last = JSON.readTree(rows.get(2).payload());
            assertThat(last.path("event").path("id").asLong()).isEqualTo(events.get(2).id());
            assertThat(last.path("event").path("kind").asText()).isEqualTo(SaleEvent.STATUS);
            assertThat(last.path("event").path("raw_body").asText()).isEqualTo("{\"x\":1}");
            assertThat(last.path("event").path("hash").asText()).isEqualTo(hashOf(log, events.get(2).id()));
            assertThat(last.path("event").path("prev_hash").asText()).isEqualTo(hashOf(log, events.get(1).id()));
            assertThat(last.path("sale").path("outcome").asText()).isEqualTo("PAID");
            assertThat(last.path("sale").path("version").asLong()).isEqualTo(3);
            assertThat(last.path("sale").path("amount").asText()).isEqualTo("12.50");
            String payload = rows.get(2).payload();
            assertThat(JSON.writeValueAsString(JSON.readTree(payload))).as("canonical: compact").isEqualTo(payload);
            assertThat(payload).startsWith("{\"event\":{\"at\":").contains("\"remark\":\"table 4\"");
        }
    }

    @Test
    void aClosedZReportIsTheNextChangeInItsTillsOutboxWithItsHash() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            SaleSnapshot s = log.insert(Sales.creating("12.50", EUR, T0, "A1"));
            log.update(Sales.opened(s, T0.plusSeconds(1)), SaleEvent.LINK_CREATED, "");
            app.mixpos.sale.ClosedPeriod z = log.closePeriod("A1", 1, java.time.ZoneOffset.UTC, T0.plusSeconds(60));
            // a second press returns the stored Z and writes nothing, in the outbox too
            log.closePeriod("A1", 1, java.time.ZoneOffset.UTC, T0.plusSeconds(61));

            List<Outbox.Entry> rows = log.outboxAfter("A1", 0, 10);
            assertThat(rows).extracting(Outbox.Entry::kind)
                    .containsExactly(Outbox.SALE_EVENT, Outbox.SALE_EVENT, Outbox.Z_REPORT);
            JsonNode zRow = JSON.readTree(rows.get(2).payload()).path("z_report");
            assertThat(zRow.path("till_id").asText()).isEqualTo("A1");
            assertThat(zRow.path("number").asLong()).isEqualTo(1);
            assertThat(zRow.path("hash").asText()).isEqualTo(z.hash()).hasSize(64);
            assertThat(zRow.path("totals").asText()).contains("12.50");
            assertThat(rows.get(2).createdAt()).isEqualTo(zRow.path("closed_at").asText());
            String payload = rows.get(2).payload();
            assertThat(JSON.writeValueAsString(JSON.readTree(payload))).as("canonical: compact").isEqualTo(payload);
        }
    }

    @Test
    void theOutboxRowCommitsAndRollsBackWithItsSaleChange() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            SaleSnapshot first = log.insert(Sales.creating("1.00", EUR, T0, "A1"));
            // a failure after the outbox row was written, inside the same transaction
            exec(log, "CREATE TRIGGER test_fail BEFORE UPDATE ON outbox_tills BEGIN SELECT RAISE(ABORT, 'test'); END");

            SaleSnapshot second = Sales.creating("2.00", EUR, T0.plusSeconds(5), "A1");
            assertThatThrownBy(() -> log.insert(second)).isInstanceOf(ReceiptLogException.class);
            assertThatThrownBy(() -> log.update(Sales.opened(first, T0.plusSeconds(6)), SaleEvent.LINK_CREATED, ""))
                    .isInstanceOf(ReceiptLogException.class);

            assertThat(log.byOrderId(second.orderId())).isEmpty();
            assertThat(log.byOrderId(first.orderId()).orElseThrow().version()).isEqualTo(1);
            assertThat(log.events(first.orderId())).hasSize(1);
            assertThat(log.outboxAfter("A1", 0, 10)).extracting(Outbox.Entry::seq).containsExactly(1L);
            assertThat(log.verifyChain().isIntact()).isTrue();

            exec(log, "DROP TRIGGER test_fail");
            log.insert(second);
            assertThat(log.outboxAfter("A1", 0, 10)).extracting(Outbox.Entry::seq).containsExactly(1L, 2L);
            assertThat(JSON.readTree(log.outboxAfter("A1", 1, 1).get(0).payload()).path("sale").path("order_id")
                    .asText()).isEqualTo(second.orderId());
        }
    }

    @Test
    void theHighWaterMarkOnlyRisesAndOnlyAcknowledgedRowsCanBePruned() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            for (int i = 0; i < 4; i++) {
                log.insert(Sales.creating("1.0" + i, EUR, T0.plusSeconds(i), "A1"));
            }
            log.acknowledgeOutbox("A1", 3, T0);
            log.acknowledgeOutbox("A1", 2, T0);
            assertThat(log.outboxPosition("A1")).isEqualTo(new Outbox.Position("A1", 4, 3));
            assertThat(log.outboxPosition("A1").waiting()).isEqualTo(1);
            assertThatThrownBy(() -> log.acknowledgeOutbox("A1", 5, T0)).isInstanceOf(ReceiptLogException.class);
            assertThatThrownBy(() -> exec(log, "DELETE FROM outbox WHERE seq = 4")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("not acknowledged");
            assertThatThrownBy(() -> exec(log, "UPDATE outbox SET payload = '{}' WHERE seq = 1"))
                    .isInstanceOf(SQLException.class);

            assertThat(log.pruneOutbox("A1")).isEqualTo(3);
            assertThat(log.outboxAfter("A1", 0, 10)).extracting(Outbox.Entry::seq).containsExactly(4L);
            log.insert(Sales.creating("9.00", EUR, T0.plusSeconds(9), "A1"));
            assertThat(log.outboxAfter("A1", 0, 10)).extracting(Outbox.Entry::seq).containsExactly(4L, 5L);
        }
    }

    @Test
    void aLogFromBeforeTheOutboxPutsEveryEventInItInIdOrderWithItsHash() throws Exception {
        Path file = dir.resolve("receipts.sqlite");
        List<String> hashes = new ArrayList<>();
        try (LegacyLog legacy = LegacyLog.create(file)) {
            for (int i = 0; i < 3; i++) {
                SaleSnapshot s = Sales.creating("3.0" + i, EUR, T0.plusSeconds(10L * i));
                legacy.insert(s, null);
                legacy.update(s.with(s.state().voided(Reason.stoppedBeforeLink(), T0.plusSeconds(10L * i + 1))),
                        "The app stopped before the payment link was shown, so nothing can have been paid.",
                        "voided", "");
            }
        }
        try (ReceiptLog log = ReceiptLog.open(file, "OLD1")) {
            assertThat(log.schemaVersion()).isEqualTo(Migrations.latest());
            for (long id = 1; id <= 6; id++) {
                hashes.add(hashOf(log, id));
            }
            List<Outbox.Entry> rows = log.outboxAfter("OLD1", 0, 100);
            assertThat(rows).extracting(Outbox.Entry::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            List<String> sent = new ArrayList<>();
            for (Outbox.Entry row : rows) {
                JsonNode event = JSON.readTree(row.payload()).path("event");
                assertThat(event.path("chain_format").asInt()).isEqualTo(HashChain.TEXT_FORMAT);
                sent.add(event.path("hash").asText());
            }
            assertThat(sent).isEqualTo(hashes);
            log.insert(Sales.creating("4.00", EUR, Instant.parse("2026-12-01T00:00:00Z"), "OLD1"));
            assertThat(log.outboxPosition("OLD1").lastSeq()).isEqualTo(7);
        }
    }

    static String hashOf(ReceiptLog log, long eventId) {
        return log.database().read(c -> {
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT hash FROM sale_events WHERE id = " + eventId)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    static void exec(ReceiptLog log, String sql) throws SQLException {
        try {
            log.database().read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
                return null;
            });
        } catch (ReceiptLogException e) {
            throw (SQLException) e.getCause();
        }
    }
}
