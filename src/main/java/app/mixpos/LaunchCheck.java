package app.mixpos;

import app.mixpos.config.ConfigException;
import app.mixpos.config.Host;
import app.mixpos.config.LaunchOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code -Dapp.args} inside Maven's own JVM before {@code ./mvnw javafx:run} forks the app. The plugin reports
 * any non-zero exit of the app with two stack traces and BUILD FAILURE, which buries the one line that says what is
 * wrong with an option; exiting Maven's JVM here with that line and code 2 leaves nothing else on the screen. Run by
 * exec:java at {@code process-classes}; it does nothing unless the Maven command line asks for {@code javafx:run}.
 */
public final class LaunchCheck {

    private LaunchCheck() {
    }

    public static void main(String[] args) {
        int code = check(System.getProperty("sun.java.command", ""), List.of(args), System.getenv(), Host.current(),
                System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** 0 when {@code mavenCommand} does not run the app or its options are good; else 2, the line printed. */
    static int check(String mavenCommand, List<String> args, Map<String, String> env, Host host, PrintStream err) {
        if (!mavenCommand.contains("javafx:run")) {
            return 0;
        }
        try {
            LaunchOptions.parse(args, env, host);
            return 0;
        } catch (ConfigException e) {
            err.println(e.line());
            return 2;
        }
    }
}
