package app.mixpos.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A second Java program on the receipt log, as a store sync or a backup tool written in Java would be: it opens the
 * file with SQLite JDBC, counts the sales, adds a row to a table of its own and exits, printing {@code SALES <n>}.
 */
public final class OutsideJvm {

    private OutsideJvm() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("CREATE TABLE IF NOT EXISTS sync_marks(note TEXT)");
            s.execute("INSERT INTO sync_marks VALUES ('" + args[1].replace("'", "''") + "')");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sales")) {
                rs.next();
                System.out.println("SALES " + rs.getLong(1));
            }
        }
    }
}
