package app.mixpos.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void givesEachTestAnEmptyDatabaseOfItsOwnOnARealServer() throws Exception {
        TestPostgres pg = TestPostgres.server();
        String first = pg.freshDatabase("probe");
        String second = pg.freshDatabase("probe");
        assertThat(first).isNotEqualTo(second);
        try (Connection c = DriverManager.getConnection(first, pg.user(), pg.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n int)");
            s.execute("INSERT INTO t VALUES (42)");
            try (ResultSet r = s.executeQuery("SELECT n, current_setting('server_version_num')::int FROM t")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(42);
                assertThat(r.getInt(2)).isGreaterThanOrEqualTo(140000);
            }
        }
        try (Connection c = DriverManager.getConnection(second, pg.user(), pg.password());
                ResultSet r = c.getMetaData().getTables(null, "public", "t", null)) {
            assertThat(r.next()).as("the second database does not see the first one's table").isFalse();
        }
    }
}
