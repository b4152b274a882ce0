package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two tills writing into one log: each has its own hash chain, its own unfinished sales, and tampering shows. */
class ReceiptLogTillsTest {

    @TempDir
    Path dir;
    Path file;
    final List<SaleSnapshot> tillA = new ArrayList<>();
    final List<SaleSnapshot> tillB = new ArrayList<>();

    @BeforeEach
    void twoTillsInterleaved() {
        file = dir.resolve("receipts.sqlite");
        try (ReceiptLog log = ReceiptLog.open(file, "A")) {
            for (int i = 0; i < 3; i++) {
                SaleSnapshot a = log.insert(Sales.creating("1" + i, EUR, T0.plusSeconds(i), "A"));
                SaleSnapshot b = log.insert(Sales.creating("2" + i, EUR, T0.plusSeconds(i), "B"));
                a = log.update(Sales.opened(a, T0.plusSeconds(i + 1)), SaleEvent.LINK_CREATED, "");
                b = log.update(b.with(b.state().voided(Reason.linkFailed(Reason.LinkFailure.BUSY),
                        T0.plusSeconds(i + 1))), SaleEvent.VOIDED, "");
                tillA.add(a);
                tillB.add(b);
            }
            tillA.set(0, log.update(Sales.with(tillA.get(0), Outcome.PAID, "success", SurplusStatus.NO),
                    SaleEvent.STATUS, "{}"));
        }
    }

    @Test
    void eachTillChainsFromItsOwnLastEventStartingAtGenesis() throws SQLException {
        for (String till : List.of("A", "B")) {
            List<String[]> chain = rows("SELECT prev_hash, hash FROM sale_events WHERE till_id = '" + till
                    + "' ORDER BY id");
            assertThat(chain).hasSize(till.equals("A") ? 7 : 6);
            assertThat(chain.get(0)[0]).isEqualTo(HashChain.GENESIS);
            for (int i = 1; i < chain.size(); i++) {
                assertThat(chain.get(i)[0]).as("till %s event %d", till, i).isEqualTo(chain.get(i - 1)[1]);
            }
        }
        assertThat(ReceiptLog.verifyFile(file)).isEqualTo(new ChainCheck(13, 0, ""));
    }

    @Test
    void eachTillResumesOnlyItsOwnSalesAndReadsCarryTheTill() {
        try (ReceiptLog log = ReceiptLog.open(file, "A")) {
            assertThat(log.unfinished("A")).containsExactly(tillA.get(1), tillA.get(2));
            assertThat(log.unfinished("B")).isEmpty();
            assertThat(log.byOrderId(tillB.get(0).orderId())).contains(tillB.get(0));
            assertThat(log.events(tillB.get(0).orderId())).extracting(SaleEvent::tillId).containsOnly("B");
            assertThat(log.events(tillB.get(0).orderId()).get(1).reasons())
                    .containsExactly(Reason.linkFailed(Reason.LinkFailure.BUSY));
        }
    }

    @Test
    void changedReasonsOfANewEventAreCaughtAndTheTillNamed() throws SQLException {
        long target = id("SELECT max(id) FROM sale_events WHERE till_id = 'B' AND kind = 'voided'");
        behindTheTriggers("UPDATE sale_events SET reasons = '[]' WHERE id = " + target);

        ChainCheck check = ReceiptLog.verifyFile(file);

        assertThat(check.firstBadEvent()).isEqualTo(target);
        assertThat(check.tillId()).isEqualTo("B");
        assertThat(check.problem()).isEqualTo("till B: its contents were changed");
        assertThat(check.events()).isEqualTo(13);
    }

    @Test
    void anEventMovedToAnotherTillIsCaught() throws SQLException {
        long target = id("SELECT min(id) FROM sale_events WHERE till_id = 'A' AND kind = 'link_created'");
        behindTheTriggers("UPDATE sale_events SET till_id = 'B' WHERE id = " + target);

        ChainCheck check = ReceiptLog.verifyFile(file);

        assertThat(check.isIntact()).isFalse();
        assertThat(check.firstBadEvent()).isEqualTo(target);
    }

    @Test
    void aNewEventPassedOffAsTheOldFormatIsCaught() throws SQLException {
        long target = id("SELECT min(id) FROM sale_events WHERE till_id = 'B'");
        behindTheTriggers("UPDATE sale_events SET chain_format = 1 WHERE id = " + target);

        assertThat(ReceiptLog.verifyFile(file).firstBadEvent()).isEqualTo(target);
    }

    @Test
    void aTillsRemovedLastEventShowsEvenWhenAnotherTillWroteAfterIt() throws SQLException {
        long lastOfB = id("SELECT max(id) FROM sale_events WHERE till_id = 'B'");
        assertThat(id("SELECT max(id) FROM sale_events")).isGreaterThan(lastOfB);
        behindTheTriggers("DELETE FROM sale_events WHERE id = " + lastOfB);

        ChainCheck check = ReceiptLog.verifyFile(file);

        assertThat(check.firstBadEvent()).isEqualTo(lastOfB);
        assertThat(check.tillId()).isEqualTo("B");
        assertThat(check.problem()).contains("till B").contains("missing");
    }

    private long id(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0)[0]);
    }

    private void behindTheTriggers(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER sale_events_no_update");
            s.execute("DROP TRIGGER sale_events_no_delete");
            s.execute(sql);
        }
    }

    private List<String[]> rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String[]> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
