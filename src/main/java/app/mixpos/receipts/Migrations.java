package app.mixpos.receipts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the log's schema up to date with the scripts in {@code migrations/}, tracked in
 * {@code PRAGMA user_version}. Script {@code V<n>__…} is version {@code n}; they run in order, each in its own
 * transaction together with the version bump. A line {@code -- @step name} in a script runs the Java
 * step of that name from {@link #STEPS} at that point, for work SQL cannot do (SQLite has no SHA-256, and the
 * opening till's id is not known to a script).
 */
final class Migrations {

    static final List<String> SCRIPTS = List.of(
            "V1__receipt_log.sql",
            "V2__hash_chain.sql",
            "V3__payment_expiry.sql",
            "V4__tills_versions_reasons.sql",
            "V5__outbox.sql",
            "V6__z_reports.sql",
            "V7__exact_units_and_settlement.sql");

    /** The first schema version with the hash chain over {@code sale_events}. */
    static final int CHAINED_SINCE = 2;
    /** The first schema version with till ids, row versions, coded reasons and a hash chain per till. */
    static final int TILLS_SINCE = 4;
    /** The first schema version with Z reports. */
    static final int Z_REPORTS_SINCE = 6;

    static final Map<String, Step> STEPS = Map.of(
            "hash-chain-backfill", (c, tillId) -> HashChain.backfill(c),
            "tills-and-reasons-backfill", TillBackfill::run,
            "outbox-backfill", Outbox::backfill);

    /** Java work inside a migration; {@code tillId} is the till opening the log, which owns what is already in it. */
    @FunctionalInterface
    interface Step {
        void run(Connection c, String tillId) throws SQLException;
    }

    private static final Pattern STEP = Pattern.compile("(?m)^-- @step ([a-z0-9-]+)\\s*$");

    private Migrations() {
    }

    static int latest() {
        return versionOf(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** {@code V6__z_reports.sql} is version 6. */
    static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /** Refuses, before anything is written, a file from a newer app or one that is not a receipt log. */
    static void requireCompatible(Database db) {
        int current = db.read(Migrations::version);
        if (current > latest()) {
            throw new ReceiptLogException("The receipt log at " + db.file() + " has schema version " + current
                    + ", newer than this app understands (" + latest() + "). Update MixPay POS to open it.");
        }
        if (current == 0 && db.read(Migrations::hasTables)) {
            throw new ReceiptLogException("The file at " + db.file()
                    + " is a SQLite database but not a receipt log. It has been left untouched; choose another file.");
        }
    }

    static void apply(Database db, String tillId) {
        int current = db.read(Migrations::version);
        for (String script : SCRIPTS) {
            int version = versionOf(script);
            if (version <= current) {
                continue;
            }
            String sql = load(script);
            db.write(c -> {
                run(c, sql, tillId);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("PRAGMA user_version = " + version);
                }
                return null;
            });
        }
    }

    private static void run(Connection c, String script, String tillId) throws SQLException {
        Matcher step = STEP.matcher(script);
        int from = 0;
        while (step.find()) {
            sql(c, script.substring(from, step.start()));
            Step work = STEPS.get(step.group(1));
            if (work == null) {
                throw new ReceiptLogException("Migration step " + step.group(1) + " is missing from the application");
            }
            work.run(c, tillId);
            from = step.end();
        }
        sql(c, script.substring(from));
    }

    private static void sql(Connection c, String sql) throws SQLException {
        if (sql.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static String load(String name) {
        String resource = "migrations/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReceiptLogException("Migration " + resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReceiptLogException("Cannot read migration " + resource + ": " + e.getMessage(), e);
        }
    }
}
