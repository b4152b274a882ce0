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
    // --- languages (issue 14)
    LANGUAGE("--language", "MIXPAY_POS_LANGUAGE", "language", "en|zh-CN|ja",
            "the computer's language when the till has it (Chinese as zh-CN), else en",
            "The language of the cashier's window: en (English), zh-CN (Simplified Chinese) or ja (Japanese); "
                    + "numbers and dates follow it."),
    CUSTOMER_LANGUAGE("--customer-language", "MIXPAY_POS_CUSTOMER_LANGUAGE", "customerLanguage", "en|zh-CN|ja",
            "the cashier's language", "The language of the customer display: en, zh-CN or ja."),
    SMOKE("--smoke", null, null, null, null,
            "Start, show the keypad, print the launch-to-first-frame time and exit."),
    VERIFY_LOG("--verify-log", null, null, null, null,
            "Check the receipt log's hash chain (the training log in training mode) without changing it, print the "
                    + "result and exit: 0 when intact, 1 when broken or unreadable."),
    HELP("--help", null, null, null, null, "Print this help and exit."),
    VERSION("--version", null, null, null, null, "Print the version and exit."),
    // ---- receipts (issue 13) ----
    SHOP_NAME("--shop-name", "MIXPAY_POS_SHOP_NAME", "shopName", "TEXT", "none",
            "The shop's name, at the head of every customer receipt."),
    SHOP_ADDRESS("--shop-address", "MIXPAY_POS_SHOP_ADDRESS", "shopAddress", "TEXT", "none",
            "The shop's address under its name on receipts; separate lines with |, like \"12 Market St|Springfield\"."),
    RECEIPT_PRINTER("--receipt-printer", "MIXPAY_POS_RECEIPT_PRINTER", "receiptPrinter", "PRINTER", "none",
            "Where customer receipts go: none; escpos-tcp:HOST[:PORT] (a network ESC/POS printer, port 9100 unless "
                    + "given); escpos-device:PATH (like /dev/usb/lp0); system:NAME (a printer the system knows); "
                    + "pdf:FOLDER (saved as PDF files)."),
    RECEIPT_AUTO_PRINT("--receipt-auto-print", "MIXPAY_POS_RECEIPT_AUTO_PRINT", "receiptAutoPrint", "true|false",
            "false", "Print the customer's receipt by itself when a sale is paid (P prints it on the paid screen "
                    + "either way)."),
    RECEIPT_PAPER("--receipt-paper", "MIXPAY_POS_RECEIPT_PAPER", "receiptPaper", "80mm|58mm", "80mm",
            "The width of the ESC/POS printer's paper: 80mm (48 characters a line) or 58mm (32)."),
    // --- store mode (issue 12)
    STORE_URL("--store-url", "MIXPAY_POS_STORE_URL", "storeUrl", "URL|off", "off (standalone)",
            "The shop's PostgreSQL store database, like jdbc:postgresql://store.local:5432/mixpos?sslmode=verify-full: "
                    + "the till sends its sales there and shows the whole shop's. The password is never in the URL: "
                    + StoreSettings.PASSWORD_VARIABLE + " or " + StoreSettings.PASSWORD_FILE
                    + " in the data folder (chmod 600)."),
    SHOP_ID("--shop", "MIXPAY_POS_SHOP", "shop", "ID", "none (needed in store mode)",
            "The shop this till belongs to in the store database: 1 to 32 letters, digits, - or _ (like MAIN-ST)."),
    TILL_NAME("--till-name", "MIXPAY_POS_TILL_NAME", "tillName", "NAME", "the till id",
            "How the store shows this till (like Counter 2), 1 to 40 characters."),
    STORE_USER("--store-user", "MIXPAY_POS_STORE_USER", "storeUser", "ROLE", "till_ and the till id in lower case",
            "The PostgreSQL role this till connects to the store as."),
    STORE_ROOT_CERT("--store-root-cert", "MIXPAY_POS_STORE_ROOT_CERT", "storeRootCert", "FILE", "none",
            "The CA certificate that signed the store server's certificate: connects with sslmode=verify-full."),
    BUDGET_ADDRESS("--budget-address", "MIXPAY_POS_BUDGET_ADDRESS", "budgetAddress", "NAME", "the shop id",
            "Store mode: the name of the internet address the till reaches MixPay from; tills with the same name "
                    + "share MixPay's 60 requests a minute."),
    BUDGET_TILLS("--budget-tills", "MIXPAY_POS_BUDGET_TILLS", "budgetTills", "N",
            String.valueOf(StoreSettings.DEFAULT_BUDGET_TILLS),
            "Store mode: how many tills share that address; while the store cannot be reached each till makes at "
                    + "most its share of the limit (the limit divided by N)."),
    // --- customer display (issue 14)
    CUSTOMER_DISPLAY("--customer-display", "MIXPAY_POS_CUSTOMER_DISPLAY", "customerDisplay", "auto|none|X,Y,WxH",
            "auto", "Which monitor faces the customer: auto (any monitor besides the cashier's), none, or one "
                    + "monitor by its place and size, like 1280,0,1024x768 (the settings screen writes it)."),
    CUSTOMER_DISPLAY_TITLE("--customer-display-title", "MIXPAY_POS_CUSTOMER_DISPLAY_TITLE", "customerDisplayTitle",
            "TEXT", "the shop name", "The shop's name, shown large on the customer display between sales (one line, at "
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
