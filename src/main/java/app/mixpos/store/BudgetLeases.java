package app.mixpos.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The store's side of the shared budget: one call of {@code budget_lease} (V100__request_budget.sql). */
final class BudgetLeases {

    /** Requests granted for a cashier, for the customers' screens, for the background; when to ask again. */
    record Grant(int interactive, int foreground, int background, long retryMs) {
    }

    /** The longest one lease may take before the till treats the store as away. */
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final DataSource store;
    private final StoreBudgetConfig config;

    BudgetLeases(DataSource store, StoreBudgetConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * @param foregroundDemand what the till waits for plus what it used lately for customers' screens and the
     *                     cashier: other tills' background waits while this is not zero
     * @param fallbackAges how long ago (server milliseconds) this till made each request on its fixed share since
     *                     its last lease; the store counts them in the window as if granted then
     * @param join         whether the till (re)joins the shared budget; a till on its fixed share that only reports
     *                     is granted nothing and its share stays kept free
     */
    Grant lease(int wantInteractive, int wantForeground, int wantBackground, int foregroundDemand, long[] fallbackAges, boolean join) throws SQLException {
        try (Connection c = store.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM budget_lease(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(true);
            s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            Array ages = c.createArrayOf("bigint", box(fallbackAges));
            s.setString(1, config.address());
            s.setString(2, config.tillId());
            s.setInt(3, config.perMinute());
            s.setInt(4, config.tills());
            s.setLong(5, config.serverMillis(config.window()));
            s.setLong(6, config.serverMillis(StoreBudgetConfig.LEASE));
            s.setInt(7, wantInteractive);
            s.setInt(8, wantForeground);
            s.setInt(9, wantBackground);
            s.setInt(10, foregroundDemand);
            s.setArray(11, ages);
            s.setBoolean(12, join);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("budget_lease returned no row");
                }
                return new Grant(r.getInt("granted_ia"), r.getInt("granted_fg"), r.getInt("granted_bg"), r.getLong("retry_ms"));
            }
        }
    }

    private static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
