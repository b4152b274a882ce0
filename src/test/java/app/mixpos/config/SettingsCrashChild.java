package app.mixpos.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * A JVM that dies like a power cut in the middle of rewriting the settings file: after the new text is written and
 * flushed, before the rename, with {@link Runtime#halt} (no finally blocks, no clean-up). Run by
 * {@link SettingsFileWritersTest}.
 */
final class SettingsCrashChild {

    static final int HALTED = 77;

    private SettingsCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        SettingsFile.merge(Path.of(args[0]), Map.of("currency", "gbp"), () -> Runtime.getRuntime().halt(HALTED));
        System.exit(0);
    }
}
