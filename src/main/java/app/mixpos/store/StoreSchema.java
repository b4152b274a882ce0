package app.mixpos.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The store database's schema: Flyway migrations in {@code classpath:db/store}. Run as the database's owner it
 * creates or updates the tables; run as a till's role with nothing to apply it only checks the version.
 */
public final class StoreSchema {

    /** Where the migrations are. */
    public static final String LOCATION = "classpath:db/store";
    /** The group role every till's role is a member of (README: "Store mode"). */
    public static final String TILL_GROUP = "mixpay_till";

    private StoreSchema() {
    }

    /** Applies every pending migration; returns how many were applied. Never call it on the FX thread. */
    public static int migrate(DataSource store) {
        return migrate(store, TILL_GROUP);
    }

    /** As {@link #migrate(DataSource)}, granting the tills' privileges to {@code tillGroup}. */
    public static int migrate(DataSource store, String tillGroup) {
        MigrateResult result = flyway(store, tillGroup).migrate();
        return result.migrationsExecuted;
    }

    /**
     * The owner's one-off set-up from a shell: {@code StoreSchema <jdbc-url> <owner-role>}, the password from
     * {@code MIXPAY_STORE_PASSWORD} or typed at the prompt (README: "Store mode"). Exits 0 when the schema is up to
     * date, 1 with one line saying what failed otherwise.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: StoreSchema <jdbc-url> <owner-role>   (password in MIXPAY_STORE_PASSWORD or "
                    + "typed when asked)");
            System.exit(2);
        }
        String password = System.getenv("MIXPAY_STORE_PASSWORD");
        if (password == null && System.console() != null) {
            password = new String(System.console().readPassword("Password of %s: ", args[1]));
        }
        try {
            System.out.println(setUp(args[0], args[1], password));
        } catch (RuntimeException e) {
            System.err.println("The store schema was not brought up to date: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Migrates the store at {@code jdbcUrl} as {@code owner}; returns a line saying what it did. */
    static String setUp(String jdbcUrl, String owner, String password) {
        try (com.zaxxer.hikari.HikariDataSource store = StoreDataSource.open(jdbcUrl, owner, password, "SETUP")) {
            int applied = migrate(store);
            String version = flyway(store, TILL_GROUP).info().current().getVersion().getVersion();
            return "The store schema is at version " + version + " (" + applied + " migration"
                    + (applied == 1 ? "" : "s") + " applied now).";
        }
    }

    static Flyway flyway(DataSource store, String tillGroup) {
        return Flyway.configure()
                .dataSource(store)
                .locations(LOCATION)
                .placeholders(java.util.Map.of("tillGroup", tillGroup))
                .failOnMissingLocations(true)
                .load();
    }
}
