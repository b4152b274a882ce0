package app.mixpos.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the till uses a second monitor, read from the same flags, environment and settings file as {@link Settings}
 * (kept apart so that options of other parts of the till can grow without touching these).
 *
 * @param customerDisplay which monitor faces the customer
 * @param title           the customer display's title when idle (the shop's name); empty for none
 */
public record DisplayOptions(CustomerDisplayChoice customerDisplay, String title) {

    /** The longest title shown. */
    public static final int MAX_TITLE = 60;

    public static final DisplayOptions DEFAULT = new DisplayOptions(CustomerDisplayChoice.AUTO, "");

    public DisplayOptions {
        Objects.requireNonNull(customerDisplay, "customerDisplay");
        title = title == null ? "" : title.strip();
    }

    /**
     * Merges flags, environment, the settings file in {@code dataDir} and defaults, highest first.
     *
     * @throws ConfigException naming the setting that cannot be used, what is wrong and what to do
     */
    public static DisplayOptions parse(List<String> args, Map<String, String> env, Path dataDir) {
        Sources sources = new Sources(CommandLine.parse(args), env, SettingsFile.read(dataDir),
                SettingsFile.in(dataDir));
        return new DisplayOptions(
                sources.find(Option.CUSTOMER_DISPLAY).map(DisplayOptions::choice).orElse(CustomerDisplayChoice.AUTO),
                sources.find(Option.CUSTOMER_DISPLAY_TITLE).map(DisplayOptions::title).orElse(""));
    }

    /** The same options with another choice of monitor. */
    public DisplayOptions withCustomerDisplay(CustomerDisplayChoice choice) {
        return new DisplayOptions(choice, title);
    }

    private static CustomerDisplayChoice choice(RawValue raw) {
        CustomerDisplayChoice choice = CustomerDisplayChoice.parse(raw.text());
        if (choice == null) {
            throw raw.invalid("is not auto, none or a monitor's place and size like 1280,0,1024x768",
                    "choose the monitor in the settings screen, or leave it out to use any second monitor.");
        }
        return choice;
    }

    private static String title(RawValue raw) {
        String text = raw.text().strip();
        if (text.length() > MAX_TITLE || text.chars().anyMatch(Character::isISOControl)) {
            throw raw.invalid("is longer than " + MAX_TITLE + " characters or holds a line break",
                    "shorten it to one line of at most " + MAX_TITLE + " characters.");
        }
        return text;
    }
}
