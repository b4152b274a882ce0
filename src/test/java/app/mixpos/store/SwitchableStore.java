package app.mixpos.store;

import app.mixpos.testing.TestPostgres;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A store database on the test server that a test can make unreachable (for all tills or for one) without stopping
 * the server the other tests share: a connection asked for while it is {@link #down} fails as a refused one would.
 */
final class SwitchableStore implements DataSource {

    private final DataSource target;
    private volatile boolean down;

    SwitchableStore(DataSource target) {
        this.target = target;
    }

    /** A fresh store database with the store's migrations applied, behind a small pool. */
    static HikariDataSource freshStore(String name) {
        TestPostgres pg = TestPostgres.server();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(pg.freshDatabase(name));
        ds.setUser(pg.user());
        ds.setPassword(pg.password());
        ds.setConnectTimeout(2);
        ds.setSocketTimeout(5);
        StoreSchema.migrate(ds);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(ds);
        pool.setMaximumPoolSize(8);
        pool.setConnectionTimeout(2_000);
        return new HikariDataSource(pool);
    }

    void down(boolean down) {
        this.down = down;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down) {
            throw new SQLException("Connection refused (the test took the store away)", "08001");
        }
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
