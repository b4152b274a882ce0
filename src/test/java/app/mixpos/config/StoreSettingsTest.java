package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreSettingsTest {

    private static final String URL = "jdbc:postgresql://store.local:5432/mixpos";
    private static final String SECRET = "s3cr3t-Pa55";

    @TempDir
    Path dataDir;

    @Test
    void standaloneIsTheDefault() {
        Settings settings = launch(Map.of());
        assertThat(settings.store()).isEqualTo(StoreSettings.STANDALONE);
        assertThat(settings.store().enabled()).isFalse();
    }

    @Test
    void offTurnsOffAUrlKeptInTheSettingsFile() throws IOException {
        Files.writeString(dataDir.resolve(SettingsFile.NAME), "storeUrl=" + URL + "\nshop=MAIN\n");
        assertThat(launch(Map.of()).store().enabled()).isTrue();
        assertThat(launch(Map.of(), "--store-url", "off").store().enabled()).isFalse();
    }

    @Test
    void storeModeTakesItsSettingsFromEveryLayer() throws IOException {
        Path cert = Files.writeString(dataDir.resolve("root.crt"), "-----BEGIN CERTIFICATE-----\n");
        Files.writeString(dataDir.resolve(SettingsFile.NAME), "storeUrl=" + URL + "\ntillName=Counter 2\n");
        Settings settings = launch(Map.of("MIXPAY_POS_SHOP", "MAIN-ST", "MIXPAY_POS_BUDGET_TILLS", "3"),
                "--store-root-cert", cert.toString(), "--budget-address", "router-1", "--store-user", "till_a");
        StoreSettings store = settings.store();
        assertThat(store.enabled()).isTrue();
        assertThat(store.shopId()).isEqualTo("MAIN-ST");
        assertThat(store.tillName("T1")).isEqualTo("Counter 2");
        assertThat(store.user("T1")).isEqualTo("till_a");
        assertThat(store.budgetAddress()).isEqualTo("router-1");
        assertThat(store.budgetTills()).isEqualTo(3);
        assertThat(store.jdbcUrl("T1")).isEqualTo(URL + "?sslmode=verify-full&sslrootcert=" + cert.toAbsolutePath()
                + "&ApplicationName=mixpay-pos-T1");
    }

    @Test
    void defaultsFollowTheTillAndTheShop() {
        StoreSettings store = launch(Map.of(), "--store-url", URL, "--shop", "MAIN").store();
        assertThat(store.user("T7K2M")).isEqualTo("till_t7k2m");
        assertThat(store.tillName("T7K2M")).isEqualTo("T7K2M");
        assertThat(store.budgetAddress()).isEqualTo("MAIN");
        assertThat(store.budgetTills()).isEqualTo(StoreSettings.DEFAULT_BUDGET_TILLS);
        assertThat(store.password()).isNull();
    }

    @Test
    void theUrlsOwnTlsAndTimeoutsAreKept() {
        String url = URL + "?sslmode=verify-full&sslrootcert=/etc/ca.crt&socketTimeout=3&connectTimeout=2";
        StoreSettings store = launch(Map.of(), "--store-url", url, "--shop", "MAIN").store();
        assertThat(store.jdbcUrl("T1")).isEqualTo(url + "&ApplicationName=mixpay-pos-T1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "postgresql://store/mixpos, is not a PostgreSQL JDBC URL (it must start with jdbc:postgresql://)",
            "jdbc:mysql://store/mixpos, is not a PostgreSQL JDBC URL (it must start with jdbc:postgresql://)",
            "jdbc:postgresql://store:5432/, names no database",
            "jdbc:postgresql://store:5432, names no database",
            "jdbc:postgresql:///mixpos, names no server",
            "jdbc:postgresql://store/mixpos?sslmode=strict, has sslmode=strict, which PostgreSQL does not know",
            "jdbc:postgresql://till@store/mixpos, has a user name before the host",
            "jdbc:postgresql://store/mixpos?user=till_a, names the role in the URL (user=)",
            "jdbc:postgresql://st ore/mixpos, is not a URL",
    })
    void aBadUrlSaysWhatIsWrongAndWhatToDo(String url, String problem) {
        assertThatThrownBy(() -> launch(Map.of(), "--store-url", url, "--shop", "MAIN"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--store-url \"" + url + "\" " + problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("; "));
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> launch(Map.of(), "--store-url", URL + "?user=x&password=" + SECRET, "--shop", "M"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(StoreSettings.PASSWORD_FILE)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void storeModeNeedsAShop() {
        assertThatThrownBy(() -> launch(Map.of(), "--store-url", URL))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("needs the shop this till belongs to: set --shop");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--shop, main st, is not a shop id",
            "--budget-address, -x, is not a budget address name",
            "--budget-tills, 0, is not a whole number from 1 to 60",
            "--budget-tills, many, is not a whole number from 1 to 60",
            "--store-user, Till-1, is not a PostgreSQL role name",
            "--store-root-cert, /no/such/root.crt, is not a readable file",
    })
    void badStoreValuesNameTheSetting(String flag, String value, String problem) {
        List<String> args = new ArrayList<>(List.of("--store-url", URL));
        if (!flag.equals("--shop")) {
            args.addAll(List.of("--shop", "MAIN"));
        }
        args.addAll(List.of(flag, value));
        assertThatThrownBy(() -> launch(Map.of(), args.toArray(String[]::new)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(flag + " \"" + value + "\" " + problem);
    }

    @Test
    void thePasswordComesFromAFileReadableByItsUserOnly() throws IOException {
        Path file = dataDir.resolve(StoreSettings.PASSWORD_FILE);
        Files.writeString(file, SECRET + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(launch(Map.of(), "--store-url", URL, "--shop", "MAIN").store().password()).isEqualTo(SECRET);
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedWithWhatToDo() throws IOException {
        Path file = dataDir.resolve(StoreSettings.PASSWORD_FILE);
        Files.writeString(file, SECRET + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> launch(Map.of(), "--store-url", URL, "--shop", "MAIN"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("can be read by other users")
                .hasMessageContaining("chmod 600 " + file)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void theEnvironmentsPasswordWinsOverTheFile() throws IOException {
        Path file = dataDir.resolve(StoreSettings.PASSWORD_FILE);
        Files.writeString(file, "from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        StoreSettings store = launch(Map.of(StoreSettings.PASSWORD_VARIABLE, SECRET), "--store-url", URL,
                "--shop", "MAIN").store();
        assertThat(store.password()).isEqualTo(SECRET);
    }

    @Test
    void thePasswordIsNeverPrinted() {
        Settings settings = launch(Map.of(StoreSettings.PASSWORD_VARIABLE, SECRET), "--store-url", URL,
                "--shop", "MAIN");
        assertThat(settings.store().toString()).doesNotContain(SECRET).contains("password=(set)");
        assertThat(settings.toString()).doesNotContain(SECRET);
    }

    private Settings launch(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        return LaunchOptions.parse(all, env, new Host(Host.Os.LINUX, dataDir.resolve("home"))).settings();
    }
}
