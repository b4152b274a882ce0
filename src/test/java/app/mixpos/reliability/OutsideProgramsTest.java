package app.mixpos.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.OutsideSqlite;
import app.mixpos.testing.SkippingClock;
import app.mixpos.training.MixPaySimulator;
import app.mixpos.training.Scenario;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 1: the real till in a child JVM sells while other programs read and write its receipt log (the
 * {@code sqlite3} command line, as an accountant would, and a second JVM, as a sync or backup tool would), then it
 * is killed with SIGKILL. Before the fix, the first outside reader deleted the -wal the till kept writing into, and
 * every sale paid after it was gone after the kill. Every sale the till reported must be in the log, as reported.
 */
class OutsideProgramsTest {

    private static final int SALES = 8;

    @TempDir
    Path dataDir;
    private final SkippingClock clock = new SkippingClock();

    @BeforeEach
    void needsSqlite3() {
        OutsideSqlite.requireCommand();
    }

    @Test
    void otherProgramsReadingAndWritingTheLogWhileTheTillSellsThenAKillLoseNoSale() throws Exception {
        Path log = dataDir.resolve("receipts.sqlite");
        Map<String, String> reported = new LinkedHashMap<>();
        int outsideReads = 0;
        int outsideWrites = 0;
        try (MixPaySimulator mixpay = MixPaySimulator.start(clock);
             ChildTill till = ChildTill.start(dataDir, mixpay, dataDir.resolve("child-stderr.txt"))) {
            till.await("READY");
            for (int i = 0; i < SALES; i++) {
                String orderId = sellAndPay(till, mixpay, String.format("2.%02d", 50 + i));
                reported.put(orderId, "PAID");

                assertThat(OutsideSqlite.run(log, "select count(*) from sales")).containsExactly(String.valueOf(i + 1));
                outsideReads++;
                if (i % 3 == 1) {
                    OutsideSqlite.run(log, "create table if not exists accountant_notes(note text);"
                            + " insert into accountant_notes values ('looked at sale " + orderId + "');");
                    outsideWrites++;
                }
                if (i % 4 == 2) {
                    assertThat(secondJvm(log, "synced " + orderId)).isEqualTo("SALES " + (i + 1));
                    outsideReads++;
                    outsideWrites++;
                }
                assertThat(OutsideSqlite.descriptorsOf(till.pid(), log))
                        .as("the till's descriptors of the log after outside program %d", i)
                        .isNotEmpty()
                        .noneMatch(fd -> fd.endsWith("(deleted)"));
                assertThat(OutsideSqlite.locksOf(till.pid(), log)).as("the till's SQLite locks").isNotEmpty();
            }
            String unpaid = sell(till, "3.33")[1];
            reported.put(unpaid, "OPEN");
            OutsideSqlite.run(log, "select count(*) from sales");
            outsideReads++;
            till.kill();
        }

        assertThat(OutsideSqlite.run(log, "pragma integrity_check")).containsExactly("ok");
        try (ReceiptLog reopened = ReceiptLog.open(log)) {
            assertThat(reopened.verifyChain().isIntact()).isTrue();
            for (Map.Entry<String, String> e : reported.entrySet()) {
                SaleSnapshot row = reopened.byOrderId(e.getKey()).orElse(null);
                assertThat(row).as("sale %s, reported %s by the till, after the kill", e.getKey(), e.getValue())
                        .isNotNull();
                assertThat(row.state().outcome().name()).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(reopened.recent(100)).hasSize(SALES + 1);
        }
        System.out.printf("outside programs: %d sales, %d outside reads, %d outside writes, till killed, %d of %d "
                + "sales in the log as reported%n", SALES + 1, outsideReads, outsideWrites, reported.size(), SALES + 1);
    }

    /** Charges {@code amount} and returns the "SHOWN orderId OPEN link" line of this new sale, split. */
    private String[] sell(ChildTill till, String amount) {
        till.send("charge " + amount);
        String[] shown = till.await(l -> l.startsWith("SHOWN ") && !seenShown.containsKey(l.split(" ")[1]))
                .split(" ");
        seenShown.put(shown[1], amount);
        assertThat(shown[2]).as("the link of the sale for " + amount).isEqualTo("OPEN");
        return shown;
    }

    private String sellAndPay(ChildTill till, MixPaySimulator mixpay, String amount) {
        String[] shown = sell(till, amount);
        mixpay.scan(shown[3]).play(Scenario.PAY_EXACTLY);
        clock.skip(Duration.ofSeconds(4));
        till.send("check " + shown[1]);
        till.await("SALE " + shown[1] + " PAID success done");
        return shown[1];
    }

    private final Map<String, String> seenShown = new LinkedHashMap<>();

    private static String secondJvm(Path log, String note) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), OutsideJvm.class.getName(),
                log.toString(), note).redirectErrorStream(true).start();
        String last = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                last = line;
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(last).isZero();
        return last;
    }
}
