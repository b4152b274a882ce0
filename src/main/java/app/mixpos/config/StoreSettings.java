package app.mixpos.config;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Store mode: where this till sends its changes and reads the shop's sales, or standalone ({@link #STANDALONE}, the
 * default) when no store database is set.
 *
 * @param url            the store's JDBC URL as configured ({@code jdbc:postgresql://host:port/db?...}); null standalone
 * @param shopId         the shop this till belongs to
 * @param tillName       how the store shows this till; null for its till id
 * @param user           the PostgreSQL role the till connects as; null for {@code till_<till id in lower case>}
 * @param password       the role's password, from the environment or the password file; null when neither has one.
 *                       Never shown: {@link #toString()} leaves it out
 * @param rootCert       the CA certificate that signs the server's certificate: connects with
 *                       {@code sslmode=verify-full}; null for the URL's own TLS parameters
 * @param budgetAddress  the name of the internet address the shop's tills reach MixPay from (MixPay counts requests
 *                       per address): tills with the same name share one budget; defaults to the shop id
 * @param budgetTills    how many tills share that address: each till's fixed share while the store is unreachable is
 *                       the limit divided by this
 */
public record StoreSettings(String url, String shopId, String tillName, String user, String password, Path rootCert,
                            String budgetAddress, int budgetTills) {

    /** No store database: the till keeps its receipt log to itself. */
    public static final StoreSettings STANDALONE = new StoreSettings(null, null, null, null, null, null, null, 1);

    /** The file in the data folder that may hold the store role's password (readable by its user only). */
    public static final String PASSWORD_FILE = "store-password.txt";

    /** The environment variable that may hold the store role's password instead; it wins over the file. */
    public static final String PASSWORD_VARIABLE = "MIXPAY_POS_STORE_PASSWORD";

    /** How many tills share a budget address unless configured. */
    public static final int DEFAULT_BUDGET_TILLS = 4;

    public StoreSettings {
        if (url != null && (shopId == null || shopId.isBlank())) {
            throw new IllegalArgumentException("a store needs a shop id");
        }
        if (budgetTills < 1) {
            throw new IllegalArgumentException("at least one till shares a budget address: " + budgetTills);
        }
    }

    /** True when a store database is configured. */
    public boolean enabled() {
        return url != null;
    }

    /** The role this till connects as. */
    public String user(String tillId) {
        return user != null ? user : "till_" + tillId.toLowerCase(Locale.ROOT);
    }

    /** How the store shows this till. */
    public String tillName(String tillId) {
        return tillName != null ? tillName : tillId;
    }

    /** The budget address's name: the configured one, else the shop id. */
    public String budgetAddress() {
        return budgetAddress != null ? budgetAddress : shopId;
    }

    /**
     * The URL the driver is given: the configured one with {@code sslmode=verify-full} and {@code sslrootcert} when a
     * root certificate is set, and the till in {@code ApplicationName} unless the URL names it (so the server's {@code pg_stat_activity} shows which till a connection is).
     */
    public String jdbcUrl(String tillId) {
        if (url == null) {
            throw new IllegalStateException("standalone: no store URL");
        }
        StringBuilder out = new StringBuilder(url);
        String lower = url.toLowerCase(Locale.ROOT);
        char sep = url.indexOf('?') < 0 ? '?' : '&';
        if (rootCert != null) {
            if (!lower.contains("sslmode=")) {
                out.append(sep).append("sslmode=verify-full");
                sep = '&';
            }
            out.append(sep).append("sslrootcert=").append(rootCert);
            sep = '&';
        }
        if (!lower.contains("applicationname=")) {
            out.append(sep).append("ApplicationName=mixpay-pos-").append(tillId);
        }
        return out.toString();
    }

    /** Everything but the password, which is never printed (the role's name is). */
    @Override
    public String toString() {
        if (!enabled()) {
            return "StoreSettings[standalone]";
        }
        return "StoreSettings[url=" + url + ", shopId=" + shopId + ", tillName=" + tillName + ", user=" + user
                + ", password=" + (password == null ? "none" : "(set)") + ", rootCert=" + rootCert
                + ", budgetAddress=" + budgetAddress() + ", budgetTills=" + budgetTills + "]";
    }
}
