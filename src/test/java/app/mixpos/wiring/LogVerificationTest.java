package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Settings;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.training.Scenario;
import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogVerificationTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void anIntactLogPrintsItsEventCountAndExitsZero() throws IOException {
        Settings settings;
        try (EngineHarness h = new EngineHarness(dataDir, LinkMode.PAYLINK)) {
            h.charge("10");
            h.charge("20");
            settings = h.settings();
        }

        assertThat(LogVerification.run(settings, out)).isZero();
        assertThat(printed()).isEqualTo("Receipt log " + dataDir.resolve("receipts.sqlite")
                + ": " + events(settings) + " events, chain intact.");
    }

    @Test
    void anEditedLogNamesTheEventAndExitsOne() throws Exception {
        Settings settings;
        try (EngineHarness h = new EngineHarness(dataDir, LinkMode.PAYLINK)) {
            h.charge("10");
            settings = h.settings();
        }
        tamper(LogVerification.fileFor(settings), 1);

        assertThat(LogVerification.run(settings, out)).isEqualTo(1);
        assertThat(printed()).isEqualTo("Receipt log " + dataDir.resolve("receipts.sqlite")
                + ": chain broken at event 1 (till " + settings.tillId() + ": its contents were changed).");
    }

    @Test
    void aZClosedOnTheRealEngineIsCoveredAndAnEditedZIsNamedAndExitsOne() throws Exception {
        Settings settings;
        try (EngineHarness h = new EngineHarness(dataDir, LinkMode.PAYLINK)) {
            SaleSnapshot sale = h.charge("10");
            h.customerScans(sale).play(Scenario.PAY_EXACTLY);
            h.advance(Duration.ofMinutes(2));
            app.mixpos.reports.Report z = h.engine.reports().closeZ(1).get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(z.number()).isEqualTo(1);
            assertThat(z.totals().count(Outcome.PAID)).isEqualTo(1);
            settings = h.settings();
        }
        assertThat(LogVerification.run(settings, out)).isZero();
        printed.reset();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + LogVerification.fileFor(settings));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER z_reports_no_update");
            s.execute("UPDATE z_reports SET totals = replace(totals, '\"count\":1', '\"count\":2')");
        }

        assertThat(LogVerification.run(settings, out)).isEqualTo(1);
        assertThat(printed()).isEqualTo("Receipt log " + dataDir.resolve("receipts.sqlite")
                + ": chain broken at Z report 1 of till " + settings.tillId() + " (till " + settings.tillId()
                + ": Z report 1 was changed after it was closed).");
    }

    @Test
    void trainingChecksTheTrainingLogAndAMissingOneIsNotCheckedButNotCreated() {
        Settings training = new Settings(dataDir, null, Settings.DEFAULT_SETTLEMENT_ASSET, "usd",
                Settings.DEFAULT_API_URL, Settings.DEFAULT_PAY_URL, LinkMode.ONE_TIME, true, 40);

        assertThat(LogVerification.run(training, out)).isEqualTo(1);
        assertThat(printed()).startsWith("Receipt log " + dataDir.resolve("training-receipts.sqlite") + ": not checked.")
                .contains("There is no receipt log");
        assertThat(dataDir.resolve("training-receipts.sqlite")).doesNotExist();
    }

    @Test
    void anEngineOpenedOnAnEditedLogWarnsTheCashierAndStillSells() throws Exception {
        try (EngineHarness h = new EngineHarness(dataDir, LinkMode.PAYLINK)) {
            assertThat(h.engine.checkChain().join()).isEmpty();
            SaleSnapshot sale = h.charge("10");
            h.crashEngine();
            tamper(dataDir.resolve("receipts.sqlite"), 1);

            h.startEngine();
            h.customerScans(sale).play(Scenario.PAY_EXACTLY);
            h.advance(Duration.ofMinutes(2));

            assertThat(h.engine.checkChain().join()).hasValueSatisfying(w -> assertThat(w)
                    .contains("changed outside MixPay POS").contains("event 1").contains("Sales still work"));
            assertThat(h.stored(sale).state().outcome()).isEqualTo(Outcome.PAID);
        }
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8).strip();
    }

    private static long events(Settings settings) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + LogVerification.fileFor(settings));
             Statement s = c.createStatement()) {
            return s.executeQuery("SELECT count(*) FROM sale_events").getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void tamper(Path file, long eventId) throws SQLException {
        assertThat(Files.exists(file)).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER sale_events_no_update");
            s.execute("UPDATE sale_events SET detail = 'edited' WHERE id = " + eventId);
            s.execute("CREATE TRIGGER sale_events_no_update BEFORE UPDATE ON sale_events "
                    + "BEGIN SELECT RAISE(ABORT, 'append-only'); END");
        }
    }
}
