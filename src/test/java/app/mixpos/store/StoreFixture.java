package app.mixpos.store;

import app.mixpos.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A fresh store database on the test server, migrated by its owner (the superuser), with shops and tills. */
public final class StoreFixture {

    final TestPostgres server = TestPostgres.server();
    final String url;

    public StoreFixture(String name) {
        url = server.freshDatabase(name);
        try {
            // as README's set-up does (PostgreSQL 15 and later already do): only the owner creates tables
            sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        StoreSchema.migrate(owner());
    }

    /** The owner's data source (the test server's superuser). */
    public DataSource owner() {
        return dataSource(server.user(), server.password());
    }

    public DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setConnectTimeout(3);
        ds.setSocketTimeout(20);
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(url, server.user(), server.password());
    }

    public StoreFixture shop(String shopId) throws SQLException {
        return sql("INSERT INTO shops (shop_id, name) VALUES ('" + shopId + "', 'Shop " + shopId + "')");
    }

    public StoreFixture till(String tillId, String shopId, String role) throws SQLException {
        return sql("INSERT INTO tills (till_id, shop_id, name, db_role) VALUES ('" + tillId + "', '" + shopId
                + "', 'Till " + tillId + "', " + (role == null ? "NULL" : "'" + role + "'") + ")");
    }

    public StoreFixture sql(String sql) throws SQLException {
        try (Connection c = ownerConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return this;
    }

    public long count(String sql) throws SQLException {
        try (Connection c = ownerConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<String> rows(String sql, Object... params) throws SQLException {
        try (Connection c = ownerConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<String> rows = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(i > 1 ? " " : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
                return rows;
            }
        }
    }
}
