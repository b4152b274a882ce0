package app.mixpos;

import app.mixpos.config.ConfigException;
import app.mixpos.config.DataFolder;
import app.mixpos.config.DisplayOptions;
import app.mixpos.config.HelpText;
import app.mixpos.config.Host;
import app.mixpos.config.LaunchOptions;
import app.mixpos.config.ReceiptSettings;
import app.mixpos.config.Settings;
import app.mixpos.config.TillIds;
import app.mixpos.config.Version;
import app.mixpos.wiring.LogVerification;
import java.util.List;
import java.util.Map;

/**
 * The launcher: turns flags and environment into settings, then starts {@link PosApp}. Not a JavaFX
 * {@code Application}, so {@code java -cp … app.mixpos.Main} works. It does not log: logging must not start
 * before the log folder is known, and setting it up (a third of a second) happens beside the toolkit's start.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        Host host = Host.current();
        LaunchOptions options;
        Settings started = null;
        ReceiptSettings receipts = ReceiptSettings.NONE;
        DisplayOptions display = DisplayOptions.DEFAULT;
        try {
            options = LaunchOptions.parse(List.of(args), env, host);
            if (options.action() == LaunchOptions.Action.START) {
                DataFolder.prepare(options.settings().dataDir());
                started = TillIds.keep(options.settings());
                receipts = ReceiptSettings.parse(List.of(args), env, options.settings().dataDir());
                display = DisplayOptions.parse(List.of(args), env, options.settings().dataDir());
            }
        } catch (ConfigException e) {
            System.err.println(e.line());
            System.exit(2);
            return;
        }
        switch (options.action()) {
            case HELP -> System.out.print(HelpText.render(host, env));
            case VERSION -> System.out.println(Version.line());
            case VERIFY_LOG -> System.exit(LogVerification.run(options.settings(), System.out));
            case START -> start(started, receipts, options, display);
        }
    }

    private static void start(Settings settings, ReceiptSettings receipts, LaunchOptions options,
                              DisplayOptions display) {
        if (System.getProperty(DataFolder.LOG_DIR_PROPERTY) == null) {
            System.setProperty(DataFolder.LOG_DIR_PROPERTY, DataFolder.logFolder(settings.dataDir()).toString());
        }
        PosApp.useReceipts(receipts);
        System.exit(PosApp.start(settings, options.smoke(), options.window(), display));
    }
}
