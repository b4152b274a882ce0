package app.mixpos.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;

/**
 * The pool of connections to the store database. Every connection has short connect and socket timeouts, and the
 * pool gives up waiting for one quickly, so a store that is down costs the sender a few seconds, never a cashier.
 * Creating the pool does not connect: the first connection is made when the sender first needs one.
 */
public final class StoreDataSource {

    /** How long to wait for the server to accept a connection (the driver's connectTimeout and loginTimeout). */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** How long one statement may wait for the server's answer (the driver's socketTimeout). */
    public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(20);
    /** How long the pool waits for a connection before failing the try (Hikari's connectionTimeout). */
    public static final Duration POOL_TIMEOUT = Duration.ofSeconds(4);

    private StoreDataSource() {
    }

    /**
     * A pool for {@code jdbcUrl} (e.g. {@code jdbc:postgresql://store.example:5432/mixpay_store?sslmode=verify-full})
     * logging in as {@code user}; the password is handed to the driver only, never logged.
     */
    public static HikariDataSource open(String jdbcUrl, String user, String password, String tillId) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        HikariConfig config = new HikariConfig();
        config.setPoolName("store-" + tillId);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        // the sender, the shared MixPay budget's leases and the whole shop's reads: one connection each at most
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(POOL_TIMEOUT.toMillis());
        config.setValidationTimeout(Math.min(POOL_TIMEOUT.toMillis() - 500, 2_000));
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        config.addDataSourceProperty("connectTimeout", Long.toString(CONNECT_TIMEOUT.toSeconds()));
        config.addDataSourceProperty("loginTimeout", Long.toString(CONNECT_TIMEOUT.toSeconds()));
        config.addDataSourceProperty("socketTimeout", Long.toString(SOCKET_TIMEOUT.toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "MixPay POS till " + tillId);
        return new HikariDataSource(config);
    }
}
