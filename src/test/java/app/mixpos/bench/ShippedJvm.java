package app.mixpos.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the app ships with, from their one source, {@code jpackage/java.options}: one option a line, read
 * by jpackage's build script (each line a {@code --java-options}), by {@code javafx:run} (pom.xml passes the file to
 * {@code java} as an {@code @argument} file) and here, for the bench's child JVMs.
 */
final class ShippedJvm {

    /** The source file, relative to the project folder (the working folder of Maven's test runs). */
    static final Path SOURCE = Path.of("jpackage", "java.options");

    private ShippedJvm() {
    }

    /** The options, in the file's order; blank lines are skipped, as jpackage/build-linux.sh does. */
    static List<String> options() {
        return options(SOURCE);
    }

    static List<String> options(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped JVM options from " + file.toAbsolutePath(), e);
        }
    }
}
