package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptLogHistoryTest {

    @TempDir
    Path dir;
    Path file;
    ReceiptLog log;

    @BeforeEach
    void open() {
        file = dir.resolve("receipts.db");
        log = ReceiptLog.open(file);
    }

    @AfterEach
    void close() {
        log.close();
    }

    @Test
    void insertRecordsACreatedEvent() {
        SaleSnapshot s = Sales.creating("12.50", Sales.EUR, T0);
        log.insert(s);

        assertThat(log.events(s.orderId())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(SaleEvent.CREATED);
            assertThat(e.orderId()).isEqualTo(s.orderId());
            assertThat(e.outcome()).isEqualTo(Outcome.CREATING);
            assertThat(e.status()).isEqualTo("unpaid");
            assertThat(e.at()).isEqualTo(T0);
            assertThat(e.rawBody()).isEmpty();
        });
    }

    @Test
    void eachUpdateChangesTheRowAndAppendsOneEventOldestFirst() {
        SaleSnapshot created = log.insert(Sales.creating("12.50", Sales.EUR, T0));
        SaleSnapshot open = log.update(Sales.opened(created, T0.plusSeconds(1)), SaleEvent.LINK_CREATED, "{\"link\":1}");
        SaleSnapshot paid = log.update(Sales.with(open, Outcome.PAID, "success", SurplusStatus.NO), SaleEvent.STATUS,
                "{\"status\":\"success\"}");

        assertThat(log.byOrderId(created.orderId())).contains(paid);
        assertThat(log.byOrderId(created.orderId()).orElseThrow().sale().paymentLink()).isNotNull();
        List<SaleEvent> events = log.events(created.orderId());
        assertThat(events).extracting(SaleEvent::kind)
                .containsExactly(SaleEvent.CREATED, SaleEvent.LINK_CREATED, SaleEvent.STATUS);
        assertThat(events).extracting(SaleEvent::outcome).containsExactly(Outcome.CREATING, Outcome.OPEN, Outcome.PAID);
        assertThat(events.get(2).status()).isEqualTo("success");
        assertThat(events.get(2).rawBody()).isEqualTo("{\"status\":\"success\"}");
        assertThat(events.get(1).id()).isGreaterThan(events.get(0).id());
    }

    @Test
    void updateOfAnUnknownSaleFailsAndRecordsNothing() throws SQLException {
        SaleSnapshot never = Sales.creating("1", Sales.EUR, T0);

        assertThatThrownBy(() -> log.update(never, SaleEvent.STATUS, ""))
                .isInstanceOf(ReceiptLogException.class).hasMessageContaining(never.orderId());
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "sale_events")).isZero();
        }
    }

    @Test
    void aFailedEventLeavesTheSaleRowAsItWas() throws SQLException {
        SaleSnapshot created = log.insert(Sales.creating("12.50", Sales.EUR, T0));
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON sale_events WHEN NEW.kind = 'boom' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
        }

        assertThatThrownBy(() -> log.update(Sales.opened(created, T0.plusSeconds(1)), "boom", ""))
                .isInstanceOf(ReceiptLogException.class).hasMessageContaining("refused by test");

        assertThat(log.byOrderId(created.orderId())).contains(created);
        assertThat(log.events(created.orderId())).hasSize(1);
    }

    @Test
    void aDuplicateOrderIdIsRefusedWithoutASecondEvent() {
        SaleSnapshot s = Sales.creating("1", Sales.EUR, T0);
        log.insert(s);

        assertThatThrownBy(() -> log.insert(s)).isInstanceOf(ReceiptLogException.class);
        assertThat(log.events(s.orderId())).hasSize(1);
    }

    @Test
    void recordedEventsCannotBeChanged() throws SQLException {
        SaleSnapshot s = Sales.creating("1", Sales.EUR, T0);
        log.insert(s);

        try (Connection c = connect(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE sale_events SET kind = 'forged'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(log.events(s.orderId())).extracting(SaleEvent::kind).containsExactly(SaleEvent.CREATED);
    }

    @Test
    void recordedEventsCannotBeDeleted() throws SQLException {
        SaleSnapshot s = Sales.creating("1", Sales.EUR, T0);
        log.insert(s);

        try (Connection c = connect(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM sale_events"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThat(count(st, "sale_events")).isEqualTo(1);
        }
    }

    @Test
    void concurrentWritersAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        SaleSnapshot s = log.insert(Sales.creating("1", Sales.EUR, T0.plusSeconds(i)));
                        log.update(Sales.opened(s, T0.plusSeconds(i)), SaleEvent.LINK_CREATED, "");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(log.recent(100)).hasSize(40).allSatisfy(s -> assertThat(log.events(s.orderId())).hasSize(2));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static int count(Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
