package app.mixpos.config;

import app.mixpos.sale.LinkMode;
import app.mixpos.sale.PaymentExpiry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the launcher was asked to do, with checked settings when it is to start the app.
 *
 * @param action   start, print help, print the version, or check the receipt log
 * @param settings the merged settings; null for {@link Action#HELP} and {@link Action#VERSION}
 * @param smoke    {@code --smoke}: start, show the keypad, print the time to first frame and exit
 * @param window   how the window opens; {@link WindowMode#WINDOW} unless set
 */
public record LaunchOptions(Action action, Settings settings, boolean smoke, WindowMode window) {

    /** What the launcher does. */
    public enum Action { START, HELP, VERSION, VERIFY_LOG }

    /** Parses for the host this JVM runs on. */
    public static LaunchOptions parse(List<String> args, Map<String, String> env) {
        return parse(args, env, Host.current());
    }

    /**
     * Merges flags, environment, the settings file in the data folder and defaults, highest first.
     * {@code --help} and {@code --version} win over everything else and read no settings. Nothing is written: a
     * till id that is not configured anywhere is left null here, and {@link TillIds#keep} derives and keeps it.
     *
     * @throws ConfigException naming the first setting that cannot be used
     */
    public static LaunchOptions parse(List<String> args, Map<String, String> env, Host host) {
        CommandLine commandLine = CommandLine.parse(args);
        if (commandLine.has(Option.HELP)) {
            return new LaunchOptions(Action.HELP, null, false, WindowMode.WINDOW);
        }
        if (commandLine.has(Option.VERSION)) {
            return new LaunchOptions(Action.VERSION, null, false, WindowMode.WINDOW);
        }
        Sources early = new Sources(commandLine, env, Map.of(), null);
        Path dataDir = early.find(Option.DATA_DIR)
                .map(raw -> Checks.folder(raw, host))
                .orElseGet(() -> DataFolder.defaultFor(host, env));
        Sources sources = new Sources(commandLine, env, SettingsFile.read(dataDir), SettingsFile.in(dataDir));
        Action action = commandLine.has(Option.VERIFY_LOG) ? Action.VERIFY_LOG : Action.START;
        Settings settings = settings(sources, commandLine, dataDir, host.locale());
        if (action == Action.START) {
            settings = settings.withStore(StoreChecks.store(sources, env, dataDir));
        }
        return new LaunchOptions(action, settings, commandLine.has(Option.SMOKE),
                sources.find(Option.WINDOW).map(Checks::window).orElse(WindowMode.WINDOW));
    }

    private static Settings settings(Sources sources, CommandLine commandLine, Path dataDir, Locale machine) {
        String payee = sources.find(Option.PAYEE_ID).map(Checks::payeeId).orElse(null);
        Language cashier = sources.find(Option.LANGUAGE).map(Checks::language).orElse(Language.forLocale(machine));
        Language customer = sources.find(Option.CUSTOMER_LANGUAGE).map(Checks::language).orElse(cashier);
        boolean trainingAsked = commandLine.has(Option.TRAINING)
                || sources.find(Option.TRAINING).map(Checks::bool).orElse(false);
        return new Settings(
                dataDir,
                payee,
                sources.find(Option.SETTLEMENT_ASSET).map(Checks::settlementAsset)
                        .orElse(Settings.DEFAULT_SETTLEMENT_ASSET),
                sources.find(Option.CURRENCY).map(Checks::currency).orElse(Settings.DEFAULT_CURRENCY),
                sources.find(Option.API_URL).map(raw -> Checks.baseUrl(raw, Settings.DEFAULT_API_URL))
                        .orElse(Settings.DEFAULT_API_URL),
                sources.find(Option.PAY_URL).map(raw -> Checks.baseUrl(raw, Settings.DEFAULT_PAY_URL))
                        .orElse(Settings.DEFAULT_PAY_URL),
                sources.find(Option.LINK_MODE).map(Checks::linkMode).orElse(LinkMode.ONE_TIME),
                trainingAsked || payee == null,
                sources.find(Option.REQUESTS_PER_MINUTE).map(Checks::requestsPerMinute)
                        .orElse(Settings.DEFAULT_REQUESTS_PER_MINUTE),
                sources.find(Option.PAYMENT_EXPIRY).map(Checks::paymentExpiry).orElse(PaymentExpiry.DEFAULT),
                sources.find(Option.TILL_ID).map(Checks::tillId).orElse(null))
                .withLanguages(cashier, customer);
    }
}
