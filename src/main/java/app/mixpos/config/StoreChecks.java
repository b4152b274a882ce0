package app.mixpos.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The store-mode settings, checked one by one into a {@link StoreSettings}, or a one-line {@link ConfigException}. */
final class StoreChecks {

    static final String URL_PREFIX = "jdbc:postgresql://";
    private static final String EXAMPLE_URL = "jdbc:postgresql://store.local:5432/mixpos";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private StoreChecks() {
    }

    /** Standalone unless a store URL is set (and is not {@code off}); then every other store setting is checked. */
    static StoreSettings store(Sources sources, Map<String, String> env, Path dataDir) {
        String url = sources.find(Option.STORE_URL).map(StoreChecks::url).orElse(null);
        if (url == null) {
            return StoreSettings.STANDALONE;
        }
        String shop = sources.find(Option.SHOP_ID).map(raw -> name(raw, "shop id")).orElseThrow(() ->
                new ConfigException("store mode (" + Option.STORE_URL.flag() + ") needs the shop this till belongs "
                        + "to: set " + Option.SHOP_ID.flag() + " (or " + Option.SHOP_ID.env() + ", or "
                        + Option.SHOP_ID.fileKey() + " in the settings file), like " + Option.SHOP_ID.flag()
                        + " MAIN-ST, or set the store URL to off."));
        return new StoreSettings(url, shop,
                sources.find(Option.TILL_NAME).map(StoreChecks::tillName).orElse(null),
                sources.find(Option.STORE_USER).map(StoreChecks::role).orElse(null),
                password(env, dataDir),
                sources.find(Option.STORE_ROOT_CERT).map(StoreChecks::rootCert).orElse(null),
                sources.find(Option.BUDGET_ADDRESS).map(raw -> name(raw, "budget address name")).orElse(null),
                sources.find(Option.BUDGET_TILLS).map(StoreChecks::budgetTills)
                        .orElse(StoreSettings.DEFAULT_BUDGET_TILLS));
    }

    /**
     * A PostgreSQL JDBC URL with a host and a database, or {@code off}/{@code none} for standalone (so a flag can turn
     * off a URL kept in the settings file). A password in the URL is refused: it would be in the settings file, in
     * {@code ps} and in any error that quotes the URL.
     */
    static String url(RawValue raw) {
        String text = raw.text().strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("off") || lower.equals("none")) {
            return null;
        }
        String remedy = "fix it (like " + EXAMPLE_URL + ") or set it to off to run the till standalone.";
        if (lower.contains("password=")) {
            // the value itself is never repeated, not even in the message about it
            throw new ConfigException(raw.option().flag() + " has a password in it; take it out of the URL and put "
                    + "it in " + StoreSettings.PASSWORD_FILE + " in the data folder (chmod 600) or in "
                    + StoreSettings.PASSWORD_VARIABLE + ".");
        }
        if (!lower.startsWith(URL_PREFIX)) {
            throw raw.invalid("is not a PostgreSQL JDBC URL (it must start with " + URL_PREFIX + ")", remedy);
        }
        URI uri;
        try {
            uri = new URI(text.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw raw.invalid("is not a URL (" + e.getReason() + ")", remedy);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw raw.invalid("names no server", remedy);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.length() <= 1 || path.indexOf('/', 1) >= 0) {
            throw raw.invalid("names no database (the part after the last /)", remedy);
        }
        if (uri.getRawUserInfo() != null) {
            throw raw.invalid("has a user name before the host", "give the role with " + Option.STORE_USER.flag()
                    + " and the password in " + StoreSettings.PASSWORD_FILE + " instead.");
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String param : query.split("&")) {
                int eq = param.indexOf('=');
                String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : param.substring(eq + 1);
                if (key.equals("user")) {
                    throw raw.invalid("names the role in the URL (user=), where it would win over "
                            + Option.STORE_USER.flag(), "take it out and give the role with " + Option.STORE_USER.flag()
                            + " (or leave that out to use till_ and the till id).");
                }
                if (key.equals("sslmode") && !SSL_MODES.contains(value.toLowerCase(Locale.ROOT))) {
                    throw raw.invalid("has sslmode=" + value + ", which PostgreSQL does not know",
                            "use sslmode=verify-full (or one of " + String.join(", ", SSL_MODES.stream().sorted()
                                    .toList()) + ").");
                }
            }
        }
        return text;
    }

    static String name(RawValue raw, String what) {
        String text = raw.text().strip();
        if (!NAME.matcher(text).matches()) {
            throw raw.invalid("is not a " + what + ": use 1 to 32 letters, digits, - or _, starting with a letter "
                    + "or digit (like MAIN-ST)", "fix it.");
        }
        return text;
    }

    static String tillName(RawValue raw) {
        String text = raw.text().strip();
        if (text.isEmpty() || text.length() > 40 || text.chars().anyMatch(Character::isISOControl)) {
            throw raw.invalid("is not a till name: use 1 to 40 characters on one line (like Counter 2)",
                    "fix it or leave it out to show the till id.");
        }
        return text;
    }

    static String role(RawValue raw) {
        String text = raw.text().strip();
        if (!ROLE.matcher(text).matches()) {
            throw raw.invalid("is not a PostgreSQL role name as README's SQL creates them: lower-case letters, "
                    + "digits and _, starting with a letter or _ (like till_t7k2m)",
                    "fix it or leave it out to use till_ and the till id in lower case.");
        }
        return text;
    }

    static Path rootCert(RawValue raw) {
        String text = raw.text().strip();
        Path path;
        try {
            path = Path.of(text).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw raw.invalid("is not a file path (" + e.getReason() + ")", "fix it.");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw raw.invalid("is not a readable file", "copy the store server's CA certificate (root.crt) there, "
                    + "or fix the path.");
        }
        return path;
    }

    static int budgetTills(RawValue raw) {
        try {
            int n = Integer.parseInt(raw.text().strip());
            if (n >= 1 && n <= Settings.MAX_REQUESTS_PER_MINUTE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw raw.invalid("is not a whole number from 1 to " + Settings.MAX_REQUESTS_PER_MINUTE,
                "set it to the number of tills that reach MixPay through this shop's internet address.");
    }

    /**
     * The role's password: {@link StoreSettings#PASSWORD_VARIABLE} if set, else the first line of
     * {@link StoreSettings#PASSWORD_FILE} in the data folder, which must be readable by its user only; null when
     * neither exists (a server that trusts the till without one). The password never appears in a message.
     */
    static String password(Map<String, String> env, Path dataDir) {
        String fromEnv = env.get(StoreSettings.PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        Path file = dataDir.resolve(StoreSettings.PASSWORD_FILE);
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> perms = posix.readAttributes().permissions();
                if (perms.stream().anyMatch(OTHERS::contains)) {
                    throw new ConfigException(file + " can be read by other users of this computer; make it "
                            + "readable by its owner only (chmod 600 " + file + ") and start again.");
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
            if (line.isEmpty()) {
                throw new ConfigException(file + " is empty; write the store role's password on its first line, "
                        + "or delete the file if the server needs none.");
            }
            return line;
        } catch (NoSuchFileException none) {
            return null;
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + " (" + e.getClass().getSimpleName() + "); check its "
                    + "owner and permissions (chmod 600), or give the password in " + StoreSettings.PASSWORD_VARIABLE
                    + ".", e);
        }
    }
}
