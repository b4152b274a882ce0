package app.mixpos.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line split into option values and switches, accepting both {@code --opt value} and
 * {@code --opt=value}. A repeated option keeps its last value.
 *
 * @param values   option → the text given for it
 * @param switches the value-less options given
 */
public record CommandLine(Map<Option, String> values, Set<Option> switches) {

    private static final String SEE_HELP = "run mixpay-pos --help to see the options.";

    public CommandLine {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
        switches = Collections.unmodifiableSet(switches.isEmpty() ? EnumSet.noneOf(Option.class) : EnumSet.copyOf(switches));
    }

    /**
     * Splits the arguments.
     *
     * @throws ConfigException for an unknown option, a missing value, or a value given to a switch
     */
    public static CommandLine parse(List<String> args) {
        Map<Option, String> values = new EnumMap<>(Option.class);
        Set<Option> switches = EnumSet.noneOf(Option.class);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) {
                throw new ConfigException("unexpected argument \"" + arg + "\"; " + SEE_HELP);
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Option option = Option.byFlag(name)
                    .orElseThrow(() -> new ConfigException("unknown option " + name + "; " + SEE_HELP));
            if (option.isSwitch()) {
                if (eq >= 0) {
                    throw new ConfigException(name + " takes no value (got \"" + arg.substring(eq + 1) + "\"); "
                            + "give it alone, like " + name + ".");
                }
                switches.add(option);
            } else if (eq >= 0) {
                values.put(option, arg.substring(eq + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                values.put(option, args.get(++i));
            } else {
                throw new ConfigException(name + " needs a value (" + option.argName() + "); " + SEE_HELP);
            }
        }
        return new CommandLine(values, switches);
    }

    /** True when the switch was given. */
    public boolean has(Option option) {
        return switches.contains(option);
    }
}
