package app.mixpos.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.testing.SkippingClock;
import app.mixpos.training.Fault;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.training.Scenario;
import app.mixpos.training.SimulatedCustomer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, crashes: the till runs in a child JVM on the real clock and threads and is killed with SIGKILL at
 * many points of a sale's life, then started again on the same data folder, while the customers' payments
 * carry on at the simulator this test runs. Every sale charged must still be there, each must end as the
 * customer's payment really ended (VOID when its link was never shown), and SQLite must find the file sound.
 */
class CrashRecoveryTest {

    /** Where in a sale's life the till dies. */
    enum Stage {
        /** inside {@code createLink}: MixPay holds the one-time payment request back */
        BEFORE_LINK,
        /** the QR is on screen, the customer is paying */
        AFTER_LINK,
        /** MixPay reports confirmations */
        CONFIRMING,
        /** while "check now" is asking MixPay, the payment already final there */
        DURING_CHECK,
        /** just after the final answer is in the log */
        AFTER_FINAL_ANSWER
    }

    private static final Map<Stage, long[]> DELAYS_MS = new EnumMap<>(Map.of(
            Stage.BEFORE_LINK, new long[] {0, 40, 120, 250, 450, 700},
            Stage.AFTER_LINK, new long[] {0, 30, 150, 400, 800, 1300},
            Stage.CONFIRMING, new long[] {0, 5, 25, 80, 200, 450},
            Stage.DURING_CHECK, new long[] {0, 2, 4, 7, 11, 16},
            Stage.AFTER_FINAL_ANSWER, new long[] {0, 1, 3, 10, 30, 100}));
    private static final Scenario[] PAYING = {Scenario.PAY_EXACTLY, Scenario.FAIL_40000, Scenario.OVERPAY,
        Scenario.FAIL_40025, Scenario.PAY_LESS_THEN_TOP_UP, Scenario.PAY_EXACTLY};

    @TempDir
    Path dataDir;
    private final SkippingClock clock = new SkippingClock();
    /** Every sale the child showed, with what its customer did (null: nobody scanned it). */
    private final Map<String, Scenario> shown = new LinkedHashMap<>();
    private int resolvedAfterRestart;

    @Test
    void killedAtAnyPointOfASaleTheTillLosesNothingAndEverySaleEndsInItsTrueState() throws Exception {
        Path stderr = dataDir.resolve("child-stderr.txt");
        int kills = 0;
        try (MixPaySimulator mixpay = MixPaySimulator.start(clock)) {
            int n = 0;
            for (Stage stage : Stage.values()) {
                for (long delay : DELAYS_MS.get(stage)) {
                    try (ChildTill till = ChildTill.start(dataDir, mixpay, stderr)) {
                        till.await("READY");
                        liveUntilKilled(till, mixpay, stage, Duration.ofMillis(delay), PAYING[n % PAYING.length],
                                String.format("%d.%02d", 1 + n / 100, n % 100));
                        till.kill();
                        kills++;
                    }
                    n++;
                    mixpay.faults().clear();
                    clock.skip(Duration.ofSeconds(35));
                    assertThat(integrityCheck()).isEqualTo("ok");
                }
            }
            settleInALastLife(mixpay, stderr);

            assertEverySaleIsKeptInItsTrueState(mixpay);
        }
        assertThat(integrityCheck()).isEqualTo("ok");
        assertThat(kills).isGreaterThanOrEqualTo(20);
        System.out.printf("crash test: %d kill points, %d sales in the log (%d shown, %d VOID), %d settled only "
                + "in the last life%n", kills, sales().size(), shown.size(),
                sales().values().stream().filter(r -> r.outcome.equals("VOID")).count(), resolvedAfterRestart);
    }

    private void liveUntilKilled(ChildTill till, MixPaySimulator mixpay, Stage stage, Duration delay,
                                 Scenario scenario, String amount) throws Exception {
        if (stage == Stage.BEFORE_LINK) {
            mixpay.faults().slowDelay(Duration.ofMillis(1200));
            mixpay.faults().next(Fault.SLOW, 3);
            till.send("charge " + amount);
            till.await("CHARGING");
            till.runFor(delay);
            return;
        }
        till.send("charge " + amount);
        String[] line = till.await("SHOWN ").split(" ");
        assertThat(line[2]).as("link made for " + line[1]).isEqualTo("OPEN");
        String orderId = line[1];
        SimulatedCustomer customer = mixpay.scan(line[3]);
        switch (stage) {
            case AFTER_LINK -> {
                customer.play(scenario);
                shown.put(orderId, scenario);
                till.runFor(delay);
            }
            case CONFIRMING -> {
                customer.play(Scenario.CONFIRMING_SLOWLY);
                shown.put(orderId, Scenario.CONFIRMING_SLOWLY);
                till.send("check " + orderId);
                till.await("SALE " + orderId + " OPEN confirming");
                till.runFor(delay);
            }
            case DURING_CHECK, AFTER_FINAL_ANSWER -> {
                Scenario quick = scenario == Scenario.PAY_LESS_THEN_TOP_UP ? Scenario.PAY_EXACTLY : scenario;
                customer.play(quick);
                shown.put(orderId, quick);
                clock.skip(Duration.ofSeconds(4));
                till.send("check " + orderId);
                if (stage == Stage.AFTER_FINAL_ANSWER) {
                    till.await(l -> l.startsWith("SALE " + orderId + " ") && !l.contains(" OPEN "));
                }
                till.runFor(delay);
            }
            default -> throw new IllegalStateException(stage.name());
        }
    }

    /** One more life, not killed: it resumes what is unfinished until every paid-for sale has its answer. */
    private void settleInALastLife(MixPaySimulator mixpay, Path stderr) throws Exception {
        List<String> waiting = new ArrayList<>();
        sales().forEach((orderId, row) -> {
            if (shown.get(orderId) != null && row.needsWatching) {
                waiting.add(orderId);
            }
        });
        try (ChildTill till = ChildTill.start(dataDir, mixpay, stderr)) {
            till.await("READY");
            for (String orderId : waiting) {
                till.send("check " + orderId);
            }
            for (String orderId : waiting) {
                till.await(l -> l.startsWith("SALE " + orderId + " ") && l.endsWith(" done"));
            }
            assertThat(till.finish()).isZero();
        }
        resolvedAfterRestart = waiting.size();
    }

    private void assertEverySaleIsKeptInItsTrueState(MixPaySimulator mixpay) throws SQLException {
        Map<String, Row> sales = sales();
        assertThat(sales.keySet()).as("every sale shown is in the log").containsAll(shown.keySet());
        for (SimulatedCustomer c : mixpay.customers()) {
            assertThat(sales).as("the sale MixPay was asked to make a link for is in the log").containsKey(c.orderId());
        }
        int voided = 0;
        for (Map.Entry<String, Row> e : sales.entrySet()) {
            Row row = e.getValue();
            Scenario played = shown.get(e.getKey());
            assertThat(row.outcome).as(e.getKey()).isNotEqualTo("CREATING");
            if (played == null) {
                if (row.outcome.equals("VOID")) {
                    voided++;
                } else {
                    assertThat(row.outcome).as(e.getKey() + ": link recorded, never scanned").isEqualTo("OPEN");
                    assertThat(row.status).isEqualTo("unpaid");
                    assertThat(row.needsWatching).isTrue();
                    assertThat(row.link).isNotBlank();
                }
            } else {
                assertThat(row.outcome).as(e.getKey() + " after " + played).isEqualTo(expected(played));
                assertThat(row.needsWatching).as(e.getKey()).isFalse();
            }
        }
        assertThat(voided).as("sales killed inside createLink end VOID").isPositive();
    }

    private static String expected(Scenario s) {
        return switch (s) {
            case PAY_EXACTLY, PAY_LESS_THEN_TOP_UP, CONFIRMING_SLOWLY -> "PAID";
            case OVERPAY -> "PAID_SURPLUS";
            case FAIL_40000, FAIL_40025 -> "FAILED";
            default -> throw new IllegalArgumentException(s.name());
        };
    }

    private record Row(String outcome, String status, boolean needsWatching, String link) {
    }

    private Path logFile() {
        return dataDir.resolve("receipts.sqlite");
    }

    private Map<String, Row> sales() {
        Map<String, Row> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + logFile());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT order_id, outcome, status, needs_watching, payment_link FROM sales")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    private String integrityCheck() throws SQLException {
        assertThat(Files.exists(logFile())).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + logFile());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }
}
