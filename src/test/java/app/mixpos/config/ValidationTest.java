package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {

    private static final String PAYEE = "1B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D";

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--payee-id, abc, is not a UUID",
            "--settlement-asset, 4d8c508b-91c5-375b-92b0, is not a UUID",
            "--currency, usdt, is neither a 3-letter fiat code",
            "--api-url, ftp://api.mixpay.me, is not an absolute http(s) URL",
            "--pay-url, mixpay.me, is not an absolute http(s) URL",
            "--api-url, https://api.mixpay.me/v1?x=1, must not have a query or fragment",
            "--link-mode, qr, is not one-time or paylink",
            "--requests-per-minute, 61, is not a whole number from 1 to 60",
            "--requests-per-minute, 0, is not a whole number from 1 to 60",
            "--requests-per-minute, many, is not a whole number from 1 to 60",
            "--window, kiosk, is not window, maximised or full-screen",
            "--payment-expiry, 5s, is outside the 10s to 48h that MixPay accepts",
            "--payment-expiry, 0, is outside the 10s to 48h that MixPay accepts",
            "--payment-expiry, 49h, is outside the 10s to 48h that MixPay accepts",
            "--payment-expiry, 2d, is not a duration (expected like 15m",
            "--payment-expiry, soon, is not a duration (expected like 15m",
            "--payment-expiry, -15m, is not a duration (expected like 15m",
            "--till-id, bad!, is not a till id: use 1 to 8 letters A-Z or digits 0-9",
            "--till-id, TILL-2, is not a till id: use 1 to 8 letters A-Z or digits 0-9",
            "--till-id, TILLNINE9, is not a till id: use 1 to 8 letters A-Z or digits 0-9",
            "--till-id, tıll, is not a till id: use 1 to 8 letters A-Z or digits 0-9",
            "--till-id, straße, is not a till id: use 1 to 8 letters A-Z or digits 0-9",
    })
    void invalidFlagValueNamesTheFlagTheValueAndTheProblem(String flag, String value, String problem) {
        assertThatThrownBy(() -> launch(Map.of(), flag, value))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(flag + " \"" + value + "\" " + problem)
                .hasMessageContaining("; ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void payeeErrorMatchesTheDocumentedLine() {
        assertThatThrownBy(() -> launch(Map.of(), "--payee-id", "abc"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(
                        "mixpay-pos: --payee-id \"abc\" is not a UUID (expected like 1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d);"
                                + " fix it or leave it out to start in training mode."));
    }

    @Test
    void invalidEnvironmentValueNamesTheVariable() {
        assertThatThrownBy(() -> launch(Map.of("MIXPAY_POS_TRAINING", "yes")))
                .hasMessageStartingWith("MIXPAY_POS_TRAINING \"yes\" is not true or false");
        assertThatThrownBy(() -> launch(Map.of("MIXPAY_POS_CURRENCY", "dollars")))
                .hasMessageStartingWith("MIXPAY_POS_CURRENCY \"dollars\" is neither");
    }

    @Test
    void invalidFileValueNamesTheKeyAndTheFile() throws IOException {
        SettingsFile.write(dataDir, Map.of("linkMode", "qr-code"));

        assertThatThrownBy(() -> launch(Map.of()))
                .hasMessageStartingWith("linkMode \"qr-code\" in " + dataDir.resolve("settings.properties")
                        + " is not one-time or paylink");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.mixpay.me/v1", "http://10.0.0.5:8080", "http://localhost.evil.example",
            "http://localhost@evil.example", "http://[2001:db8::1]/"})
    void plainHttpToAnotherComputerIsRefused(String url) {
        assertThatThrownBy(() -> launch(Map.of(), "--api-url", url))
                .hasMessageStartingWith("--api-url \"" + url + "\" uses plain http to another computer")
                .hasMessageContaining("use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/v1", "http://127.1.2.3/v1", "http://localhost:9000/v1",
            "http://LOCALHOST/v1", "http://[::1]:9000/v1"})
    void plainHttpToThisComputerIsAllowed(String url) {
        assertThat(launch(Map.of(), "--api-url", url).apiUrl()).isEqualTo(URI.create(url));
    }

    @ParameterizedTest(name = "{0} is {1} s")
    @CsvSource({"15m, 900", "90s, 90", "2h, 7200", "1h30m, 5400", "30, 1800", "10s, 10", "48h, 172800",
            "'20 min', 1200", "2H, 7200"})
    void paymentExpiryTakesSecondsMinutesAndHoursAndABareNumberIsMinutes(String text, long seconds) {
        assertThat(launch(Map.of(), "--payment-expiry", text).paymentExpiry()).hasSeconds(seconds);
    }

    @Test
    void paymentExpiryDefaultsToFifteenMinutesAndTheErrorSaysSo() {
        assertThat(launch(Map.of()).paymentExpiry()).isEqualTo(java.time.Duration.ofMinutes(15));
        assertThatThrownBy(() -> launch(Map.of("MIXPAY_POS_PAYMENT_EXPIRY", "72h")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(
                        "mixpay-pos: MIXPAY_POS_PAYMENT_EXPIRY \"72h\" is outside the 10s to 48h that MixPay accepts;"
                                + " fix it or leave it out to use 15m."));
    }

    @Test
    void urlLosesItsTrailingSlash() {
        assertThat(launch(Map.of(), "--pay-url", "https://mixpay.me/").payUrl()).isEqualTo(URI.create("https://mixpay.me"));
    }

    @Test
    void noPayeeMeansTraining() {
        Settings settings = launch(Map.of());

        assertThat(settings.payeeId()).isNull();
        assertThat(settings.training()).isTrue();
        assertThat(settings.effectivePayee()).isEqualTo(Settings.TRAINING_PAYEE);
    }

    @Test
    void payeeWithoutTrainingIsLiveAndNormalisedToLowerCase() {
        Settings settings = launch(Map.of(), "--payee-id", PAYEE);

        assertThat(settings.training()).isFalse();
        assertThat(settings.payeeId()).isEqualTo(PAYEE.toLowerCase());
    }

    @Test
    void trainingSwitchForcesTrainingEvenWithPayee() {
        Settings settings = launch(Map.of(), "--payee-id", PAYEE, "--training");

        assertThat(settings.training()).isTrue();
        assertThat(settings.payeeId()).isEqualTo(PAYEE.toLowerCase());
        assertThat(settings.effectivePayee()).isEqualTo(Settings.TRAINING_PAYEE);
    }

    @Test
    void currencyCodeIsLowerCased() {
        assertThat(launch(Map.of(), "--currency", "EUR").currency()).isEqualTo("eur");
    }

    @Test
    void smokeSwitchIsPassedOn() {
        LaunchOptions options = LaunchOptions.parse(List.of("--smoke", "--data-dir", dataDir.toString()), Map.of(), host());

        assertThat(options.smoke()).isTrue();
        assertThat(options.action()).isEqualTo(LaunchOptions.Action.START);
    }

    @Test
    void verifyLogKeepsTheSettingsSoItKnowsWhichLogToCheck() {
        LaunchOptions options = LaunchOptions.parse(List.of("--verify-log", "--training", "--data-dir",
                dataDir.toString()), Map.of(), host());

        assertThat(options.action()).isEqualTo(LaunchOptions.Action.VERIFY_LOG);
        assertThat(options.settings().dataDir()).isEqualTo(dataDir);
        assertThat(options.settings().training()).isTrue();
    }

    @Test
    void helpAndVersionWinOverBadSettingsAndReadNothing() {
        Map<String, String> env = Map.of("MIXPAY_POS_CURRENCY", "not money");

        assertThat(LaunchOptions.parse(List.of("--payee-id", "x", "--help"), env, host()).action())
                .isEqualTo(LaunchOptions.Action.HELP);
        assertThat(LaunchOptions.parse(List.of("--version"), env, host()).action())
                .isEqualTo(LaunchOptions.Action.VERSION);
    }

    @Test
    void parsingWritesNothing() {
        Path missing = dataDir.resolve("not-yet");

        LaunchOptions.parse(List.of("--data-dir", missing.toString()), Map.of(), host());

        assertThat(missing).doesNotExist();
    }

    @Test
    void theWindowModeComesFromFlagEnvironmentOrFileAndIsAWindowUnlessSet() throws IOException {
        List<String> dir = List.of("--data-dir", dataDir.toString());
        assertThat(LaunchOptions.parse(dir, Map.of(), host()).window()).isEqualTo(WindowMode.WINDOW);
        assertThat(LaunchOptions.parse(dir, Map.of("MIXPAY_POS_WINDOW", "Full-Screen"), host()).window())
                .isEqualTo(WindowMode.FULL_SCREEN);
        SettingsFile.write(dataDir, Map.of("window", "maximized"));
        assertThat(LaunchOptions.parse(dir, Map.of(), host()).window()).isEqualTo(WindowMode.MAXIMISED);
        List<String> flag = new ArrayList<>(dir);
        flag.addAll(List.of("--window", "window"));
        assertThat(LaunchOptions.parse(flag, Map.of(), host()).window()).isEqualTo(WindowMode.WINDOW);
    }

    @Test
    void aBadWindowModeInTheFileIsOneLineNamingTheFile() throws IOException {
        SettingsFile.write(dataDir, Map.of("window", "big"));

        assertThatThrownBy(() -> launch(Map.of()))
                .hasMessageStartingWith("window \"big\" in " + dataDir.resolve("settings.properties"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private Host host() {
        return new Host(Host.Os.LINUX, dataDir.resolve("home"));
    }

    private Settings launch(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        return LaunchOptions.parse(all, env, host()).settings();
    }
}
