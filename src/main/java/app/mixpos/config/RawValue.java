package app.mixpos.config;

import java.nio.file.Path;

/**
 * One setting's text before it is checked, and where it came from, so an error can point at it.
 *
 * @param option the option
 * @param text   the text as given
 * @param file   the settings file it was read from; null when it came from a flag or the environment
 * @param fromFlag true for the command line, false for the environment or the file
 */
record RawValue(Option option, String text, Path file, boolean fromFlag) {

    static RawValue flag(Option option, String text) {
        return new RawValue(option, text, null, true);
    }

    static RawValue env(Option option, String text) {
        return new RawValue(option, text, null, false);
    }

    static RawValue file(Option option, String text, Path file) {
        return new RawValue(option, text, file, false);
    }

    /** Names the setting and its value, e.g. {@code --payee-id "abc"} or {@code payeeId "abc" in /…/settings.properties}. */
    String describe() {
        String quoted = "\"" + text + "\"";
        if (fromFlag) {
            return option.flag() + " " + quoted;
        }
        if (file == null) {
            return option.env() + " " + quoted;
        }
        return option.fileKey() + " " + quoted + " in " + file;
    }

    /** Builds the one-line error: what is wrong, then what to do. */
    ConfigException invalid(String problem, String remedy) {
        return new ConfigException(describe() + " " + problem + "; " + remedy);
    }
}
