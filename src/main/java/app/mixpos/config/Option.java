package app.mixpos.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every launch option: its flag, environment variable, settings-file key and default, as shown by
 * {@code --help}. A null environment variable or file key means the option cannot be set that way.
 */
public enum Option {
    PAYEE_ID("--payee-id", "MIXPAY_POS_PAYEE_ID", "payeeId", "UUID", "none (training mode)",
            "The merchant's MixPay/Mixin id that sales are paid to; without one the app runs in training mode."),
    SETTLEMENT_ASSET("--settlement-asset", "MIXPAY_POS_SETTLEMENT_ASSET", "settlementAsset", "UUID",
            Settings.DEFAULT_SETTLEMENT_ASSET + " (USDT ERC-20)", "The MixPay asset id the merchant is paid out in."),
    CURRENCY("--currency", "MIXPAY_POS_CURRENCY", "currency", "CODE|UUID", Settings.DEFAULT_CURRENCY,
            "The currency prices are keyed in: a 3-letter fiat code (usd, eur, ...) or a crypto asset id."),
    API_URL("--api-url", "MIXPAY_POS_API_URL", "apiUrl", "URL", Settings.DEFAULT_API_URL.toString(),
            "MixPay's API base. Must be https; plain http only to this computer (localhost)."),
    PAY_URL("--pay-url", "MIXPAY_POS_PAY_URL", "payUrl", "URL", Settings.DEFAULT_PAY_URL.toString(),
            "MixPay's checkout pages base, used in the QR links. Same https rule as --api-url."),
    DATA_DIR("--data-dir", "MIXPAY_POS_DATA_DIR", null, "DIR", "the usual per-user data folder (below)",
            "Where the settings file, the receipt log and the logs are kept."),
    LINK_MODE("--link-mode", "MIXPAY_POS_LINK_MODE", "linkMode", "one-time|paylink", "one-time",
            "one-time: MixPay one-time payment codes (the customer cannot change the amount); "
                    + "paylink: universal links made without an API call (MixPay says: for testing)."),
    REQUESTS_PER_MINUTE("--requests-per-minute", "MIXPAY_POS_REQUESTS_PER_MINUTE", "requestsPerMinute", "N",
            String.valueOf(Settings.DEFAULT_REQUESTS_PER_MINUTE),
            "The most MixPay requests the app makes in a minute, 1 to 60 (MixPay's limit)."),
    PAYMENT_EXPIRY("--payment-expiry", "MIXPAY_POS_PAYMENT_EXPIRY", "paymentExpiry", "DURATION",
            Settings.DEFAULT_PAYMENT_EXPIRY_TEXT,
            "How long a customer has to pay a sale before MixPay ends it as failed (40000), 10s to 48h: "
                    + "like 15m, 90s, 2h or 1h30m; a bare number is minutes."),
    TRAINING("--training", "MIXPAY_POS_TRAINING", "training", null, "false",
            "Use the built-in MixPay simulator even when a payee id is set (environment and file: true|false)."),
    WINDOW("--window", "MIXPAY_POS_WINDOW", "window", "window|maximised|full-screen", "window",
            "How the till opens: window (1280x800, maximised when the screen is smaller), maximised, or "
                    + "full-screen (a kiosk: no title bar, Esc stays the till's key)."),
    TILL_ID("--till-id", "MIXPAY_POS_TILL_ID", "tillId", "ID", "made up once at the first start and kept in the settings file",
            "This till's name among the shop's tills, in its order ids and records: 1 to 8 letters A-Z or digits "
                    + "(lower case is taken as upper case), like T7K2M or TILL2."),
    SMOKE("--smoke", null, null, null, null,
            "Start, show the keypad, print the launch-to-first-frame time and exit."),
    VERIFY_LOG("--verify-log", null, null, null, null,
            "Check the receipt log's hash chain (the training log in training mode) without changing it, print the "
                    + "result and exit: 0 when intact, 1 when broken or unreadable."),
    HELP("--help", null, null, null, null, "Print this help and exit."),
    VERSION("--version", null, null, null, null, "Print the version and exit."),
    // --- customer display (issue 14)
    CUSTOMER_DISPLAY("--customer-display", "MIXPAY_POS_CUSTOMER_DISPLAY", "customerDisplay", "auto|none|X,Y,WxH",
            "auto", "Which monitor faces the customer: auto (any monitor besides the cashier's), none, or one "
                    + "monitor by its place and size, like 1280,0,1024x768 (the settings screen writes it)."),
    CUSTOMER_DISPLAY_TITLE("--customer-display-title", "MIXPAY_POS_CUSTOMER_DISPLAY_TITLE", "customerDisplayTitle",
            "TEXT", "none", "The shop's name, shown large on the customer display between sales (one line, at "
                    + "most 60 characters).");

    private final String flag;
    private final String env;
    private final String fileKey;
    private final String argName;
    private final String defaultText;
    private final String description;

    Option(String flag, String env, String fileKey, String argName, String defaultText, String description) {
        this.flag = flag;
        this.env = env;
        this.fileKey = fileKey;
        this.argName = argName;
        this.defaultText = defaultText;
        this.description = description;
    }

    /** The command-line flag, e.g. {@code --payee-id}. */
    public String flag() {
        return flag;
    }

    /** The environment variable, or null. */
    public String env() {
        return env;
    }

    /** The key in {@code settings.properties}, or null. */
    public String fileKey() {
        return fileKey;
    }

    /** What the flag's value looks like; null for a switch that takes no value. */
    public String argName() {
        return argName;
    }

    /** The default in words, or null when there is none worth showing. */
    public String defaultText() {
        return defaultText;
    }

    /** One or two sentences for {@code --help} and the README. */
    public String description() {
        return description;
    }

    /** True for options given without a value, like {@code --training}. */
    public boolean isSwitch() {
        return argName == null;
    }

    /** The option with this flag, if any. */
    public static Optional<Option> byFlag(String flag) {
        return Arrays.stream(values()).filter(o -> o.flag.equals(flag)).findFirst();
    }

    /** The option stored under this settings-file key, if any. */
    public static Optional<Option> byFileKey(String key) {
        return Arrays.stream(values()).filter(o -> key.equals(o.fileKey)).findFirst();
    }
}
