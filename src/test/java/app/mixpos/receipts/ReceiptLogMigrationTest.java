package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.EUR;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.FailureCode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.Reason;
import app.mixpos.sale.Reason.LinkFailure;
import app.mixpos.sale.Reason.MismatchField;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receipt log written by the release before schema 4 (English sentences in {@code detail}, one hash chain) opens,
 * migrates, verifies, reads its old sentences back as codes, keeps every old hash, and chains new events on.
 */
class ReceiptLogMigrationTest {

    /** The sentences that release stored, word for word. */
    static final String UNREACHABLE =
            "Could not create the payment link: MixPay could not be reached. Nothing was charged. Try again.";
    static final String BUSY =
            "Could not create the payment link: MixPay is busy (too many requests). Nothing was charged. Try again.";
    static final String MAINTENANCE =
            "Could not create the payment link: MixPay is under maintenance. Nothing was charged. Try again.";
    static final String REFUSED = "Could not create the payment link: MixPay refused it: the quote amount is invalid "
            + "(too many decimals) (code 10002). Nothing was charged. Try again.";
    static final String STOPPED = "The app stopped before the payment link was shown, so nothing can have been paid.";
    static final String MISMATCH = "paid to another payee (someone-else); for another amount (4.0 instead of 40.00)";
    static final String EDITED = "surplus being refunded";

    @TempDir
    Path dir;
    Path file;
    final Map<String, SaleSnapshot> sales = new LinkedHashMap<>();
    SaleSnapshot open;

    @BeforeEach
    void aLogOfTheCurrentRelease() throws SQLException {
        file = dir.resolve("receipts.sqlite");
        try (LegacyLog legacy = LegacyLog.create(file)) {
            int i = 0;
            for (String sentence : List.of(UNREACHABLE, BUSY, MAINTENANCE, REFUSED, STOPPED)) {
                SaleSnapshot s = Sales.creating("1" + i, EUR, at(i++));
                legacy.insert(s, null);
                legacy.update(s.with(s.state().voided(Reason.stoppedBeforeLink(), at(i))), sentence, "voided", "");
                sales.put(sentence, s);
            }
            SaleSnapshot mismatch = linked(legacy, Sales.creating("40.00", EUR, at(10)));
            legacy.update(Sales.with(mismatch, Outcome.MISMATCH, "success", SurplusStatus.NO), MISMATCH, "status",
                    "{\"status\":\"success\",\"quoteAmount\":\"4.0\"}");
            sales.put(MISMATCH, mismatch);
            SaleSnapshot edited = linked(legacy, Sales.creating("7", EUR, at(11)));
            legacy.update(Sales.with(edited, Outcome.PAID_SURPLUS, "success", SurplusStatus.PENDING), EDITED, "status",
                    "{}");
            sales.put(EDITED, edited);
            SaleSnapshot paid = linked(legacy, Sales.creating("12.50", EUR, at(12)));
            legacy.update(Sales.with(paid, Outcome.PAID, "success", SurplusStatus.NO), null, "status", "{}");
            SaleSnapshot failed = linked(legacy, Sales.creating("13", EUR, at(13)));
            legacy.update(failed.with(new SaleState(Outcome.FAILED, PaymentStatus.of("failed"), null, null, null, null,
                    null, SurplusStatus.NO, FailureCode.of("40024"), List.of(), at(14))), null, "status", "{}");
            open = linked(legacy, Sales.creating("14", EUR, at(15)));
        }
    }

    @Test
    void theOldLogVerifiesBeforeAndAfterMigratingAndKeepsEveryHash() throws SQLException {
        assertThat(ReceiptLog.verifyFile(file)).isEqualTo(new ChainCheck(24, 0, ""));
        List<String> before = rows("SELECT id || ' ' || prev_hash || ' ' || hash FROM sale_events ORDER BY id");

        try (ReceiptLog log = ReceiptLog.open(file, "A1")) {
            assertThat(log.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(log.verifyChain()).isEqualTo(new ChainCheck(24, 0, ""));
        }

        assertThat(rows("SELECT id || ' ' || prev_hash || ' ' || hash FROM sale_events ORDER BY id"))
                .isEqualTo(before);
        assertThat(rows("SELECT DISTINCT chain_format || ' ' || till_id FROM sale_events")).containsExactly("1 A1");
        assertThat(ReceiptLog.verifyFile(file)).isEqualTo(new ChainCheck(24, 0, ""));
    }

    @Test
    void oldSentencesAreReadAsCodesAndAnythingElseAsLegacyText() {
        try (ReceiptLog log = ReceiptLog.open(file, "A1")) {
            assertThat(reasons(log, UNREACHABLE)).containsExactly(Reason.linkFailed(LinkFailure.UNREACHABLE));
            assertThat(reasons(log, BUSY)).containsExactly(Reason.linkFailed(LinkFailure.BUSY));
            assertThat(reasons(log, MAINTENANCE)).containsExactly(Reason.linkFailed(LinkFailure.MAINTENANCE));
            assertThat(reasons(log, REFUSED))
                    .containsExactly(Reason.linkRefused(10002, "the quote amount is invalid (too many decimals)"));
            assertThat(reasons(log, STOPPED)).containsExactly(Reason.stoppedBeforeLink());
            assertThat(reasons(log, MISMATCH)).containsExactly(
                    Reason.mismatch(MismatchField.PAYEE, Sales.PAYEE, "someone-else"),
                    Reason.mismatch(MismatchField.AMOUNT, "40.00", "4.0"));
            assertThat(reasons(log, EDITED)).containsExactly(Reason.legacyText(EDITED));
            for (String sentence : sales.keySet()) {
                List<SaleEvent> events = log.events(sales.get(sentence).orderId());
                assertThat(events.get(0).reasons()).isEmpty();
                assertThat(events.get(events.size() - 1).reasons()).as(sentence).isEqualTo(reasons(log, sentence));
                assertThat(events).extracting(SaleEvent::tillId).containsOnly("A1");
            }
        }
    }

    @Test
    void theStoredReasonsAreCanonicalJsonAndOldRowsKeepTheirSentence() throws SQLException {
        ReceiptLog.open(file, "A1").close();

        assertThat(rows("SELECT reasons FROM sales WHERE order_id = '" + sales.get(MISMATCH).orderId() + "'"))
                .containsExactly("[{\"code\":\"MISMATCH\",\"args\":{\"expected\":\"" + Sales.PAYEE
                        + "\",\"field\":\"payee\",\"got\":\"someone-else\"}},"
                        + "{\"code\":\"MISMATCH\",\"args\":{\"expected\":\"40.00\",\"field\":\"amount\",\"got\":\"4.0\"}}]");
        assertThat(rows("SELECT detail FROM sales WHERE order_id = '" + sales.get(MISMATCH).orderId() + "'"))
                .containsExactly(MISMATCH);
        assertThat(rows("SELECT DISTINCT version || ' ' || till_id FROM sales")).containsExactly("1 A1");
        assertThat(rows("SELECT reasons FROM sales WHERE order_id = '" + open.orderId() + "'")).containsExactly("[]");
    }

    @Test
    void theOpeningTillsNewEventsChainOnFromTheOldChainAndStoreNoSentence() throws SQLException {
        String lastOld = rows("SELECT hash FROM sale_events ORDER BY id DESC LIMIT 1").get(0);
        try (ReceiptLog log = ReceiptLog.open(file, "A1")) {
            SaleSnapshot stored = log.byOrderId(open.orderId()).orElseThrow();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.sale().tillId()).isEqualTo("A1");
            assertThat(log.unfinished("A1")).extracting(SaleSnapshot::orderId)
                    .containsExactly(sales.get(EDITED).orderId(), open.orderId());
            assertThat(log.unfinished(Sale.UNNAMED_TILL)).isEmpty();

            SaleSnapshot paid = log.update(Sales.with(stored, Outcome.PAID, "success", SurplusStatus.NO),
                    SaleEvent.STATUS, "{}");

            assertThat(paid.version()).isEqualTo(2);
            assertThat(log.verifyChain()).isEqualTo(new ChainCheck(25, 0, ""));
        }
        assertThat(rows("SELECT prev_hash || ' ' || chain_format || ' ' || till_id || ' ' || reasons || ' '"
                + " || coalesce(detail, 'NULL') FROM sale_events ORDER BY id DESC LIMIT 1"))
                .containsExactly(lastOld + " 2 A1 [] NULL");
        assertThat(ReceiptLog.verifyFile(file)).isEqualTo(new ChainCheck(25, 0, ""));
    }

    @Test
    void anOldEventChangedAfterTheMigrationIsStillCaught() throws SQLException {
        ReceiptLog.open(file, "A1").close();
        long target = Long.parseLong(rows("SELECT id FROM sale_events WHERE detail = '" + STOPPED + "'").get(0));
        execute("DROP TRIGGER sale_events_no_update",
                "UPDATE sale_events SET detail = 'The app stopped; nothing paid.' WHERE id = " + target);

        ChainCheck check = ReceiptLog.verifyFile(file);

        assertThat(check.firstBadEvent()).isEqualTo(target);
        assertThat(check.tillId()).isEqualTo("A1");
        assertThat(check.problem()).contains("till A1").contains("contents were changed");
    }

    private static SaleSnapshot linked(LegacyLog legacy, SaleSnapshot created) throws SQLException {
        legacy.insert(created, null);
        SaleSnapshot open = Sales.opened(created, created.sale().createdAt().plusSeconds(1));
        legacy.update(open, null, "link_created", "");
        return open;
    }

    @Test
    void paymentsAlreadyInTheLogGetTheirExactIntegersAndScaleAndReportsSumThem() throws SQLException {
        String paid = "SELECT order_id FROM sales WHERE outcome = 'PAID'";
        String surplus = "SELECT order_id FROM sales WHERE outcome = 'PAID_SURPLUS'";
        execute("UPDATE sales SET payment_amount = '12.600', payable_symbol = 'USDT' WHERE order_id = (" + paid + ")",
                "UPDATE sales SET payment_amount = '1234567890123456789012.5', surplus_amount = '0.0000001', "
                        + "payable_symbol = 'USDT' WHERE order_id = (" + surplus + ")",
                "UPDATE sales SET payment_amount = '7' WHERE outcome = 'FAILED'");

        try (ReceiptLog log = ReceiptLog.open(file, "A1")) {
            assertThat(log.payments(T0, T0.plusSeconds(86_400))).containsExactly(
                    new app.mixpos.sale.PaymentTally("USDT", SurplusStatus.NO, 1, new java.math.BigDecimal("12.6"),
                            java.math.BigDecimal.ZERO),
                    new app.mixpos.sale.PaymentTally("USDT", SurplusStatus.PENDING, 1,
                            new java.math.BigDecimal("1234567890123456789012.5"), new java.math.BigDecimal("1E-7")));
        }

        assertThat(rows("SELECT payment_amount || ' ' || coalesce(payment_units, '-') || ' ' || payment_scale || ' / '"
                + " || coalesce(surplus_amount, '-') || ' ' || coalesce(surplus_units, '-') || ' '"
                + " || coalesce(surplus_scale, '-') FROM sales WHERE payment_amount IS NOT NULL ORDER BY payment_amount"))
                .containsExactly("12.600 12600 3 / - - -", "1234567890123456789012.5 - 1 / 0.0000001 1 7",
                        "7 7 0 / - - -");
        assertThat(rows("SELECT count(*) FROM sales WHERE payment_amount IS NULL AND (payment_units IS NOT NULL "
                + "OR payment_scale IS NOT NULL OR settle_status IS NOT NULL)")).containsExactly("0");
    }

    private List<Reason> reasons(ReceiptLog log, String sentence) {
        return log.byOrderId(sales.get(sentence).orderId()).orElseThrow().state().reasons();
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private void execute(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
