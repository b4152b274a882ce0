package app.mixpos.shop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/** One statement on the store's pool, its rows read into a list; a failure is a {@link StoreReadException}. */
final class StoreReads {

    interface Binder {
        void bind(Connection c, PreparedStatement ps) throws SQLException;
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final DataSource store;

    StoreReads(DataSource store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Runs {@code sql}; {@code what} names what was read in the failure's sentence. */
    <T> List<T> query(String what, String sql, Binder binder, RowReader<T> reader) {
        try (Connection c = store.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(c, ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreReadException("Reading " + what + " from the store database failed ("
                    + e.getSQLState() + ")", e);
        }
    }
}
