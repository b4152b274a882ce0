package app.mixpos.config;

import app.mixpos.sale.LinkMode;
import app.mixpos.sale.PaymentExpiry;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns raw setting text into checked, normalised values, or a one-line {@link ConfigException}. */
final class Checks {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIAT = Pattern.compile("[a-z]{3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9}(h|min|m|s))+");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,9})(h|min|m|s)");
    private static final Pattern TILL_ID = Pattern.compile("[A-Z0-9]{1,8}");
    private static final Pattern TILL_ID_ANY_CASE = Pattern.compile("[A-Za-z0-9]{1,8}");
    private static final String EXAMPLE_UUID = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    private Checks() {
    }

    static boolean isUuid(String text) {
        return UUID.matcher(text).matches();
    }

    static String payeeId(RawValue raw) {
        return uuid(raw, "fix it or leave it out to start in training mode.");
    }

    static String settlementAsset(RawValue raw) {
        return uuid(raw, "fix it or leave it out to be paid in USDT (ERC-20).");
    }

    private static String uuid(RawValue raw, String remedy) {
        String text = raw.text().strip();
        if (!isUuid(text)) {
            throw raw.invalid("is not a UUID (expected like " + EXAMPLE_UUID + ")", remedy);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    static String currency(RawValue raw) {
        String text = raw.text().strip();
        if (!FIAT.matcher(text).matches() && !isUuid(text)) {
            throw raw.invalid("is neither a 3-letter fiat code (like usd) nor an asset UUID",
                    "fix it or leave it out to price in " + Settings.DEFAULT_CURRENCY + ".");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    static boolean isTillId(String text) {
        return text != null && TILL_ID.matcher(text).matches();
    }

    /**
     * 1 to 8 letters A-Z or digits; lower case a-z is upper-cased in the root locale. Checked before upper-casing,
     * so letters that upper-case into A-Z (ß, ı, the ﬁ ligature) are refused rather than turned into another id.
     */
    static String tillId(RawValue raw) {
        String text = raw.text().strip();
        if (!TILL_ID_ANY_CASE.matcher(text).matches()) {
            throw raw.invalid("is not a till id: use 1 to 8 letters A-Z or digits 0-9, no spaces or other signs "
                    + "(like T7K2M or TILL2)", "fix it or leave it out to keep the id this till made for itself.");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    static LinkMode linkMode(RawValue raw) {
        LinkMode mode = LinkMode.fromLabel(raw.text());
        if (mode == null) {
            throw raw.invalid("is not one-time or paylink", "choose one of them or leave it out to use one-time.");
        }
        return mode;
    }

    static WindowMode window(RawValue raw) {
        WindowMode mode = WindowMode.fromLabel(raw.text());
        if (mode == null) {
            throw raw.invalid("is not window, maximised or full-screen",
                    "choose one of them or leave it out to use window.");
        }
        return mode;
    }

    static Language language(RawValue raw) {
        Language language = Language.fromTag(raw.text());
        if (language == null) {
            throw raw.invalid("is not a language the till speaks (" + Language.tags() + ")",
                    "choose one of them or leave it out to use the computer's language.");
        }
        return language;
    }

    static int requestsPerMinute(RawValue raw) {
        int max = Settings.MAX_REQUESTS_PER_MINUTE;
        try {
            int n = Integer.parseInt(raw.text().strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw raw.invalid("is not a whole number from 1 to " + max + " (MixPay allows " + max + " a minute)",
                "fix it or leave it out to use " + Settings.DEFAULT_REQUESTS_PER_MINUTE + ".");
    }

    /**
     * A duration such as {@code 15m}, {@code 90s}, {@code 2h} or {@code 1h30m} (a bare number is minutes),
     * within MixPay's 10 s to 48 h.
     */
    static Duration paymentExpiry(RawValue raw) {
        String text = raw.text().strip().toLowerCase(Locale.ROOT).replace(" ", "");
        Duration d = null;
        if (BARE_NUMBER.matcher(text).matches() && text.length() <= 9) {
            d = Duration.ofMinutes(Long.parseLong(text));
        } else if (!text.isEmpty() && DURATION.matcher(text).matches() && text.length() <= 30) {
            Matcher part = DURATION_PART.matcher(text);
            d = Duration.ZERO;
            while (part.find()) {
                long n = Long.parseLong(part.group(1));
                d = d.plus(switch (part.group(2)) {
                    case "h" -> Duration.ofHours(n);
                    case "m", "min" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                });
            }
        }
        if (d == null) {
            throw raw.invalid("is not a duration (expected like 15m, 90s, 2h or 1h30m)",
                    "fix it or leave it out to use " + Settings.DEFAULT_PAYMENT_EXPIRY_TEXT + ".");
        }
        if (!PaymentExpiry.accepts(d)) {
            throw raw.invalid("is outside the 10s to 48h that MixPay accepts",
                    "fix it or leave it out to use " + Settings.DEFAULT_PAYMENT_EXPIRY_TEXT + ".");
        }
        return d;
    }

    static boolean bool(RawValue raw) {
        String text = raw.text().strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw raw.invalid("is not true or false", "fix it or leave it out.");
    }

    static Path folder(RawValue raw, Host host) {
        String text = raw.text().strip();
        if (text.isEmpty()) {
            throw raw.invalid("is empty", "give a folder or leave it out to use the usual data folder.");
        }
        try {
            Path path = text.equals("~") || text.startsWith("~/") || text.startsWith("~\\")
                    ? host.home().resolve(text.substring(Math.min(2, text.length())))
                    : Path.of(text);
            return path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw raw.invalid("is not a usable folder path (" + e.getReason() + ")",
                    "fix it or leave it out to use the usual data folder.");
        }
    }

    /** An absolute http(s) URL without a trailing slash; plain http only to this computer. */
    static URI baseUrl(RawValue raw, URI fallback) {
        String remedy = "fix it or leave it out to use " + fallback + ".";
        URI uri;
        try {
            uri = new URI(raw.text().strip());
        } catch (URISyntaxException e) {
            throw raw.invalid("is not a URL (" + e.getReason() + ")", remedy);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw raw.invalid("is not an absolute http(s) URL (expected like " + fallback + ")", remedy);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw raw.invalid("must not have a query or fragment", remedy);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw raw.invalid("uses plain http to another computer, and payments must not cross a network "
                    + "unencrypted", "use https (plain http is allowed only to localhost) or leave it out.");
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Literal loopback names only: no DNS lookup decides whether money travels unencrypted. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches()) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            try {
                return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
