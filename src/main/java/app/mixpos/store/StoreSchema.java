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

    static Flyway flyway(DataSource store, String tillGroup) {
        return Flyway.configure()
                .dataSource(store)
                .locations(LOCATION)
                .placeholders(java.util.Map.of("tillGroup", tillGroup))
                .failOnMissingLocations(true)
                .load();
    }
}
