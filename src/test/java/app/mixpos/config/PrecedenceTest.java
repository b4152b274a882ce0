package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.LinkMode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrecedenceTest {

    private static final String PAYEE_A = "aaaaaaaa-0000-4000-8000-000000000001";
    private static final String PAYEE_B = "bbbbbbbb-0000-4000-8000-000000000002";
    private static final String PAYEE_C = "cccccccc-0000-4000-8000-000000000003";

    @TempDir
    Path dataDir;

    /** One option given distinct values on each layer, and what each layer should produce. */
    record Case(Option option, String flag, String env, String file,
                Object fromFlag, Object fromEnv, Object fromFile, Object byDefault, Function<Settings, Object> read) {
        @Override
        public String toString() {
            return option.name();
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(Option.PAYEE_ID, PAYEE_A, PAYEE_B, PAYEE_C, PAYEE_A, PAYEE_B, PAYEE_C, null, Settings::payeeId),
                new Case(Option.SETTLEMENT_ASSET, PAYEE_A, PAYEE_B, PAYEE_C, PAYEE_A, PAYEE_B, PAYEE_C,
                        Settings.DEFAULT_SETTLEMENT_ASSET, Settings::settlementAssetId),
                new Case(Option.CURRENCY, "EUR", "gbp", PAYEE_C, "eur", "gbp", PAYEE_C, "usd", Settings::currency),
                new Case(Option.API_URL, "https://a.example/v1", "https://b.example/v1/", "http://127.0.0.1:9/v1",
                        URI.create("https://a.example/v1"), URI.create("https://b.example/v1"),
                        URI.create("http://127.0.0.1:9/v1"), Settings.DEFAULT_API_URL, Settings::apiUrl),
                new Case(Option.PAY_URL, "https://a.example", "https://b.example", "http://localhost:8080",
                        URI.create("https://a.example"), URI.create("https://b.example"),
                        URI.create("http://localhost:8080"), Settings.DEFAULT_PAY_URL, Settings::payUrl),
                new Case(Option.LINK_MODE, "paylink", "one-time", "paylink",
                        LinkMode.PAYLINK, LinkMode.ONE_TIME, LinkMode.PAYLINK, LinkMode.ONE_TIME, Settings::linkMode),
                new Case(Option.REQUESTS_PER_MINUTE, "10", "20", "30", 10, 20, 30, 40, Settings::requestsPerMinute),
                new Case(Option.PAYMENT_EXPIRY, "20m", "2h", "45", Duration.ofMinutes(20), Duration.ofHours(2),
                        Duration.ofMinutes(45), Duration.ofMinutes(15), Settings::paymentExpiry),
                new Case(Option.TILL_ID, "till2", "T9", "Front", "TILL2", "T9", "FRONT", null, Settings::tillId),
                new Case(Option.LANGUAGE, "ja", "zh_cn", "en", Language.JAPANESE, Language.SIMPLIFIED_CHINESE,
                        Language.ENGLISH, Language.ENGLISH, Settings::language),
                new Case(Option.CUSTOMER_LANGUAGE, "zh-CN", "JA", "en", Language.SIMPLIFIED_CHINESE, Language.JAPANESE,
                        Language.ENGLISH, Language.ENGLISH, Settings::customerLanguage));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flagBeatsEnvironmentBeatsFileBeatsDefault(Case c) throws IOException {
        SettingsFile.write(dataDir, Map.of(c.option.fileKey(), c.file));
        Map<String, String> env = Map.of(c.option.env(), c.env);

        assertThat(c.read.apply(launch(List.of(c.option.flag(), c.flag), env))).isEqualTo(c.fromFlag);
        assertThat(c.read.apply(launch(List.of(c.option.flag() + "=" + c.flag), env))).isEqualTo(c.fromFlag);
        assertThat(c.read.apply(launch(List.of(), env))).isEqualTo(c.fromEnv);
        assertThat(c.read.apply(launch(List.of(), Map.of()))).isEqualTo(c.fromFile);

        SettingsFile.write(dataDir, Map.of());
        assertThat(c.read.apply(launch(List.of(), Map.of()))).isEqualTo(c.byDefault);
    }

    @Test
    void blankEnvironmentVariableFallsThroughToTheFile() throws IOException {
        SettingsFile.write(dataDir, Map.of("currency", "eur"));

        Settings settings = launch(List.of(), Map.of("MIXPAY_POS_CURRENCY", "  "));

        assertThat(settings.currency()).isEqualTo("eur");
    }

    @Test
    void trainingSwitchBeatsEnvironmentWhichBeatsFile() throws IOException {
        SettingsFile.write(dataDir, Map.of("payeeId", PAYEE_A, "training", "true"));

        assertThat(launch(List.of("--training"), Map.of("MIXPAY_POS_TRAINING", "false")).training()).isTrue();
        assertThat(launch(List.of(), Map.of("MIXPAY_POS_TRAINING", "false")).training()).isFalse();
        assertThat(launch(List.of(), Map.of()).training()).isTrue();
        SettingsFile.write(dataDir, Map.of("payeeId", PAYEE_A));
        assertThat(launch(List.of(), Map.of()).training()).isFalse();
    }

    @Test
    void dataDirFlagBeatsEnvironmentBeatsPerOsDefault(@TempDir Path other) {
        Host host = new Host(Host.Os.LINUX, other.resolve("home"));
        Map<String, String> env = Map.of("MIXPAY_POS_DATA_DIR", other.resolve("from-env").toString());

        assertThat(LaunchOptions.parse(List.of("--data-dir", dataDir.toString()), env, host).settings().dataDir())
                .isEqualTo(dataDir.toAbsolutePath());
        assertThat(LaunchOptions.parse(List.of(), env, host).settings().dataDir())
                .isEqualTo(other.resolve("from-env"));
        assertThat(LaunchOptions.parse(List.of(), Map.of(), host).settings().dataDir())
                .isEqualTo(other.resolve("home/.local/share/mixpay-pos"));
    }

    @Test
    void settingsFileIsReadFromTheChosenDataDir(@TempDir Path other) throws IOException {
        SettingsFile.write(other, Map.of("currency", "jpy"));
        Map<String, String> env = Map.of("MIXPAY_POS_DATA_DIR", other.toString());

        Settings settings = LaunchOptions.parse(List.of(), env, new Host(Host.Os.LINUX, dataDir)).settings();

        assertThat(settings.currency()).isEqualTo("jpy");
    }

    private Settings launch(List<String> args, Map<String, String> env) {
        List<String> all = new ArrayList<>(args);
        all.add("--data-dir=" + dataDir);
        Map<String, String> fullEnv = new HashMap<>(env);
        return LaunchOptions.parse(all, fullEnv, new Host(Host.Os.LINUX, dataDir.resolve("home"))).settings();
    }
}
