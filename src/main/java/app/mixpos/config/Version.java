package app.mixpos.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The app's version, from {@code app/mixpos/version.properties} (filled in by the Maven build). */
public final class Version {

    /** Shown when the build did not fill in the version, e.g. when run from an IDE without Maven. */
    public static final String UNKNOWN = "unknown";

    private static final String RESOURCE = "/app/mixpos/version.properties";

    private Version() {
    }

    /** The version, like {@code 0.1.0}, or {@link #UNKNOWN}. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            return in == null ? UNKNOWN : from(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the {@code version} key; unfiltered placeholders and blanks count as unknown. */
    static String from(InputStream in) throws IOException {
        Properties props = new Properties();
        props.load(in);
        String version = props.getProperty("version", "").strip();
        return version.isEmpty() || version.contains("${") ? UNKNOWN : version;
    }

    /** The {@code --version} line: {@code MixPay POS <version>}. */
    public static String line() {
        return "MixPay POS " + current();
    }
}
