package app.mixpos.config;

import app.mixpos.sale.LinkMode;
import app.mixpos.sale.PaymentExpiry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the app is configured with, after flags, environment, the settings file and defaults
 * have been merged and checked.
 *
 * @param payeeId           the merchant's MixPay/Mixin UUID; null means training mode
 * @param settlementAssetId the asset the merchant is paid out in
 * @param currency          the default quote asset id ({@code usd}, or a crypto asset UUID)
 * @param apiUrl            MixPay's API base, e.g. {@code https://api.mixpay.me/v1}
 * @param payUrl            MixPay's checkout pages base, e.g. {@code https://mixpay.me}
 * @param training          true when the embedded simulator stands in for MixPay
 * @param requestsPerMinute the app's MixPay request budget (at most 60; default 40)
 * @param paymentExpiry     how long after it is charged a sale can be paid before MixPay ends it (10 s to 48 h)
 * @param tillId            this till's id among the shop's tills: 1 to 8 of A-Z and 0-9; see {@link #tillId()}
 * @param language          the language of the cashier's window
 * @param customerLanguage  the language of the customer display
 * @param store             store mode's settings, or {@link StoreSettings#STANDALONE}
 */
public record Settings(Path dataDir, String payeeId, String settlementAssetId, String currency,
                       URI apiUrl, URI payUrl, LinkMode linkMode, boolean training, int requestsPerMinute,
                       Duration paymentExpiry, String tillId,
                       Language language, Language customerLanguage, StoreSettings store) {

    /** The payee id used in training mode, which never reaches the real MixPay. */
    public static final String TRAINING_PAYEE = "00000000-0000-4000-8000-00000000beef";

    /** USDT (ERC-20): what the merchant is paid out in unless configured otherwise. */
    public static final String DEFAULT_SETTLEMENT_ASSET = "4d8c508b-91c5-375b-92b0-ee702ed2dac5";

    /** Prices are keyed in US dollars unless configured otherwise. */
    public static final String DEFAULT_CURRENCY = "usd";

    /** MixPay's production API base. */
    public static final URI DEFAULT_API_URL = URI.create("https://api.mixpay.me/v1");

    /** MixPay's production checkout pages base. */
    public static final URI DEFAULT_PAY_URL = URI.create("https://mixpay.me");

    /** The default request budget, well under MixPay's limit. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 40;

    /** MixPay's limit for all APIs together. */
    public static final int MAX_REQUESTS_PER_MINUTE = 60;

    /** The default payment expiry, as {@code --help} and the settings file spell it. */
    public static final String DEFAULT_PAYMENT_EXPIRY_TEXT = PaymentExpiry.DEFAULT.toMinutes() + "m";

    /**
     * The till id of settings built in code without one (tests, tools). Never made up for a real till: a derived
     * id has no 0 (see {@link TillIds}).
     */
    public static final String UNNAMED_TILL = "T0";

    public Settings {
        Objects.requireNonNull(paymentExpiry, "paymentExpiry");
        language = language == null ? Language.ENGLISH : language;
        customerLanguage = customerLanguage == null ? language : customerLanguage;
        store = store == null ? StoreSettings.STANDALONE : store;
        if (tillId != null && !Checks.isTillId(tillId)) {
            throw new IllegalArgumentException("a till id is 1 to 8 of A-Z and 0-9, not \"" + tillId + "\"");
        }
    }

    /** In English for the cashier and the customer, standalone (no store database). */
    public Settings(Path dataDir, String payeeId, String settlementAssetId, String currency, URI apiUrl, URI payUrl,
                    LinkMode linkMode, boolean training, int requestsPerMinute, Duration paymentExpiry,
                    String tillId) {
        this(dataDir, payeeId, settlementAssetId, currency, apiUrl, payUrl, linkMode, training, requestsPerMinute,
                paymentExpiry, tillId, Language.ENGLISH, Language.ENGLISH, StoreSettings.STANDALONE);
    }

    /** Standalone (no store database), in these languages. */
    public Settings(Path dataDir, String payeeId, String settlementAssetId, String currency, URI apiUrl, URI payUrl,
                    LinkMode linkMode, boolean training, int requestsPerMinute, Duration paymentExpiry,
                    String tillId, Language language, Language customerLanguage) {
        this(dataDir, payeeId, settlementAssetId, currency, apiUrl, payUrl, linkMode, training, requestsPerMinute,
                paymentExpiry, tillId, language, customerLanguage, StoreSettings.STANDALONE);
    }

    /** In English, with these store settings. */
    public Settings(Path dataDir, String payeeId, String settlementAssetId, String currency, URI apiUrl, URI payUrl,
                    LinkMode linkMode, boolean training, int requestsPerMinute, Duration paymentExpiry,
                    String tillId, StoreSettings store) {
        this(dataDir, payeeId, settlementAssetId, currency, apiUrl, payUrl, linkMode, training, requestsPerMinute,
                paymentExpiry, tillId, Language.ENGLISH, Language.ENGLISH, store);
    }

    /** Without a till id of their own: {@link #UNNAMED_TILL}. */
    public Settings(Path dataDir, String payeeId, String settlementAssetId, String currency, URI apiUrl, URI payUrl,
                    LinkMode linkMode, boolean training, int requestsPerMinute, Duration paymentExpiry) {
        this(dataDir, payeeId, settlementAssetId, currency, apiUrl, payUrl, linkMode, training, requestsPerMinute,
                paymentExpiry, UNNAMED_TILL);
    }

    /** With the default payment expiry, without a till id of their own ({@link #UNNAMED_TILL}). */
    public Settings(Path dataDir, String payeeId, String settlementAssetId, String currency, URI apiUrl, URI payUrl,
                    LinkMode linkMode, boolean training, int requestsPerMinute) {
        this(dataDir, payeeId, settlementAssetId, currency, apiUrl, payUrl, linkMode, training, requestsPerMinute,
                PaymentExpiry.DEFAULT);
    }

    /**
     * This till's id among the shop's tills, the same in training mode: {@code --till-id} and the like, or the one
     * derived once at the first start and kept in the settings file ({@link TillIds#keep}). Null only in the
     * settings {@link LaunchOptions#parse} gives before that step has run: for {@code --verify-log}, which writes
     * nothing, on a till that has never started and has no id configured.
     */
    @Override
    public String tillId() {
        return tillId;
    }

    /** The same settings with this till id. */
    public Settings withTillId(String id) {
        return new Settings(dataDir, payeeId, settlementAssetId, currency, apiUrl, payUrl, linkMode, training,
                requestsPerMinute, paymentExpiry, id, language, customerLanguage, store);
    }

    /** The same settings with these languages for the cashier and the customer display. */
    public Settings withLanguages(Language cashier, Language customer) {
        return new Settings(dataDir, payeeId, settlementAssetId, currency, apiUrl, payUrl, linkMode, training,
                requestsPerMinute, paymentExpiry, tillId, cashier, customer, store);
    }

    /** The same settings with these store settings. */
    public Settings withStore(StoreSettings storeSettings) {
        return new Settings(dataDir, payeeId, settlementAssetId, currency, apiUrl, payUrl, linkMode, training,
                requestsPerMinute, paymentExpiry, tillId, language, customerLanguage, storeSettings);
    }

    /** The payee sales are made out to: the configured one, or the training payee. */
    public String effectivePayee() {
        return training ? TRAINING_PAYEE : payeeId;
    }
}
