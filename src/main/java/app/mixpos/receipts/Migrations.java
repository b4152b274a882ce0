package app.mixpos.receipts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings the log's schema up to date with the scripts in {@code migrations/}, tracked in
 * {@code PRAGMA user_version}. Script {@code n} in {@link #SCRIPTS} is version {@code n + 1}; each runs in
 * its own transaction together with the version bump.
 */
final class Migrations {

    static final List<String> SCRIPTS = List.of("V1__receipt_log.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
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

    static void apply(Database db) {
        int current = db.read(Migrations::version);
        for (int v = current + 1; v <= latest(); v++) {
            String sql = load(SCRIPTS.get(v - 1));
            int version = v;
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(sql);
                    s.executeUpdate("PRAGMA user_version = " + version);
                }
                return null;
            });
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
