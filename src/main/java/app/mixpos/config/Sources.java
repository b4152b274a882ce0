package app.mixpos.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The layers a setting can come from, highest first: command line, environment, settings file. */
final class Sources {

    private final CommandLine commandLine;
    private final Map<String, String> env;
    private final Map<String, String> file;
    private final Path filePath;

    Sources(CommandLine commandLine, Map<String, String> env, Map<String, String> file, Path filePath) {
        this.commandLine = commandLine;
        this.env = env;
        this.file = file;
        this.filePath = filePath;
    }

    /** The highest layer's text for this option; blank environment variables and file values count as unset. */
    Optional<RawValue> find(Option option) {
        String flag = commandLine.values().get(option);
        if (flag != null) {
            return Optional.of(RawValue.flag(option, flag));
        }
        String fromEnv = option.env() == null ? null : env.get(option.env());
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(RawValue.env(option, fromEnv));
        }
        String fromFile = option.fileKey() == null ? null : file.get(option.fileKey());
        if (fromFile != null && !fromFile.isBlank()) {
            return Optional.of(RawValue.file(option, fromFile, filePath));
        }
        return Optional.empty();
    }
}
