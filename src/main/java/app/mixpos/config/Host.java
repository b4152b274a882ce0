package app.mixpos.config;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The computer the app runs on, as far as choosing folders and the default language go; injected so tests never touch the
 * real user's folders.
 *
 * @param os     the operating system family
 * @param home   the user's home folder
 * @param locale the user's language and region, which the till's language defaults to
 */
public record Host(Os os, Path home, Locale locale) {

    /** Operating system families that keep application data in different places. */
    public enum Os {
        /** Linux and other Unix-like systems: the XDG base directories. */
        LINUX,
        MAC,
        WINDOWS;

        /** Reads {@code os.name}; anything not macOS or Windows is treated as Linux. */
        public static Os fromName(String osName) {
            String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) {
                return WINDOWS;
            }
            if (name.startsWith("mac") || name.startsWith("darwin")) {
                return MAC;
            }
            return LINUX;
        }
    }

    /** The host this JVM runs on. */
    public static Host current() {
        return new Host(Os.fromName(System.getProperty("os.name")), Path.of(System.getProperty("user.home")),
                Locale.getDefault(Locale.Category.DISPLAY));
    }

    /** A host whose language is English (tests, tools). */
    public Host(Os os, Path home) {
        this(os, home, Locale.ENGLISH);
    }
}
