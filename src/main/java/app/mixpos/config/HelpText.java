package app.mixpos.config;

import java.util.Map;

/** The {@code --help} text, built from {@link Option} so it lists every option. */
public final class HelpText {

    private HelpText() {
    }

    /**
     * Renders the usage text.
     *
     * @param host where the app runs, to show the actual default data folder
     * @param env  the environment, for the same reason
     */
    public static String render(Host host, Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        out.append("Usage: mixpay-pos [options]\n\n")
                .append("A counter-top point of sale for crypto payments through MixPay.\n\n")
                .append("Options:\n");
        for (Option option : Option.values()) {
            out.append("  ").append(option.flag());
            if (!option.isSwitch()) {
                out.append(' ').append(option.argName());
            }
            out.append("\n      ").append(option.description()).append('\n');
            StringBuilder where = new StringBuilder();
            if (option.env() != null) {
                where.append("env ").append(option.env());
            }
            if (option.fileKey() != null) {
                where.append(", file key ").append(option.fileKey());
            }
            if (option.defaultText() != null) {
                where.append(where.length() == 0 ? "" : ", ").append("default: ").append(option.defaultText());
            }
            if (where.length() > 0) {
                out.append("      ").append(where).append('\n');
            }
        }
        out.append("\nPrecedence, highest first: command-line flags, environment variables, the settings file, defaults.\n")
                .append("The settings file is ").append(SettingsFile.NAME).append(" in the data folder, here ")
                .append(DataFolder.defaultFor(host, env)).append(".\n")
                .append("Training mode (the built-in simulator, no real money) is on with --training or when no payee id is set.\n");
        return out.toString();
    }
}
