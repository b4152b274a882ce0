package app.mixpos.receipts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration V4's Java step: everything already in the log was made by the till opening it (the log had one chain,
 * that till's), and each old sale's reasons are recognised from the sentence it stored. Old events keep their
 * {@code detail} and their hashes; they are read through {@link LegacyReasons}.
 */
final class TillBackfill {

    private static final String OLD_DETAILS = "SELECT id, detail, trace_id, payee_id FROM sales WHERE detail IS NOT NULL";
    private static final String SET_REASONS = "UPDATE sales SET reasons = ? WHERE id = ?";
    private static final String HEAD = "INSERT INTO chain_heads (till_id, last_id, last_hash) "
            + "SELECT till_id, id, hash FROM sale_events WHERE id = (SELECT max(id) FROM sale_events)";

    private TillBackfill() {
    }

    static void run(Connection c, String tillId) throws SQLException {
        for (String table : new String[] {"sales", "sale_events"}) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET till_id = ?")) {
                ps.setString(1, tillId);
                ps.executeUpdate();
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(OLD_DETAILS);
             PreparedStatement set = c.prepareStatement(SET_REASONS)) {
            while (rs.next()) {
                set.setString(1, ReasonJson.write(LegacyReasons.recognise(rs.getString(2), rs.getString(3),
                        rs.getString(4))));
                set.setLong(2, rs.getLong(1));
                set.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate(HEAD);
        }
    }
}
