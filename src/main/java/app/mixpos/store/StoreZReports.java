package app.mixpos.store;

import app.mixpos.store.ChangeSource.Change;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A till's closed Z reports as rows of the store's {@code store_z_reports} (V101): each {@code z_report} change that
 * arrives adds its Z once, in the same transaction as the change itself. The receiver calls this with the changes it
 * has just taken (never a duplicate), and a Z already held is left as it is.
 */
final class StoreZReports {

    /** The receipt log's kind for a closed Z (receipts' Outbox.Z_REPORT). */
    static final String Z_REPORT = "z_report";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSERT = "INSERT INTO store_z_reports (till_id, number, seq, opened_at, closed_at, "
            + "zone, first_event_id, last_event_id, last_event_hash, totals, prev_hash, hash) "
            + "VALUES (?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (till_id, number) DO NOTHING";

    private StoreZReports() {
    }

    /** Adds the Zs among {@code fresh} (changes new to the store); other kinds are not this class's business. */
    static int add(Connection c, String tillId, List<Change> fresh) throws SQLException {
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Change change : fresh) {
                if (!Z_REPORT.equals(change.kind())) {
                    continue;
                }
                JsonNode z = parse(change).path("z_report");
                int i = 1;
                ps.setString(i++, tillId);
                ps.setLong(i++, number(z, "number", change));
                ps.setLong(i++, change.seq());
                ps.setString(i++, text(z, "opened_at", change));
                ps.setString(i++, text(z, "closed_at", change));
                ps.setString(i++, text(z, "zone", change));
                ps.setLong(i++, number(z, "first_event_id", change));
                ps.setLong(i++, number(z, "last_event_id", change));
                ps.setString(i++, text(z, "last_event_hash", change));
                ps.setString(i++, text(z, "totals", change));
                ps.setString(i++, text(z, "prev_hash", change));
                ps.setString(i, text(z, "hash", change));
                ps.addBatch();
                added++;
            }
            if (added > 0) {
                ps.executeBatch();
            }
        }
        return added;
    }

    private static JsonNode parse(Change change) throws SQLException {
        try {
            return JSON.readTree(change.payload());
        } catch (IOException e) {
            throw new SQLException("change " + change.seq() + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode z, String field, Change change) throws SQLException {
        JsonNode value = z.get(field);
        if (value == null || value.isNull()) {
            throw new SQLException("Z report change " + change.seq() + " has no " + field);
        }
        return value.asText();
    }

    private static long number(JsonNode z, String field, Change change) throws SQLException {
        return Long.parseLong(text(z, field, change));
    }
}
