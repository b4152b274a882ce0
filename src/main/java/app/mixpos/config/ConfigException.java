package app.mixpos.config;

/**
 * A setting that cannot be used. The message is one line that names the setting, says what is wrong
 * and what to do; it is meant to be shown to the person starting the app as it is.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The program name that prefixes every message on the console. */
    public static final String PROGRAM = "mixpay-pos";

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message as printed on stderr: {@code mixpay-pos: <message>}. */
    public String line() {
        return PROGRAM + ": " + getMessage();
    }
}
