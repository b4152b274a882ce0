import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (process-classes, see pom.xml): writes a binary {@code .bss} beside every {@code .css} under the
 * folder given, as OpenJFX does for its own modena.css. JavaFX loads {@code x.bss} in place of {@code x.css}
 * when both are on the class path, so the till does not parse CSS text while it starts (CssParser alone is a few
 * dozen classes and tens of milliseconds on a cold JVM). Any CSS error fails the build: a rule JavaFX cannot read
 * would otherwise be dropped without a word. Run as a source file: {@code java -cp <javafx> BinaryStylesheets.java DIR}.
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {
    }

    /** CssParser reports a bad rule only as a warning on this logger, then drops it. */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");

    public static void main(String[] args) throws IOException {
        List<String> errors = new ArrayList<>();
        CSS_LOG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        Path root = Path.of(args[0]);
        List<Path> sheets;
        try (Stream<Path> all = Files.walk(root)) {
            sheets = all.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            if (!errors.isEmpty()) {
                errors.forEach(e -> System.err.println("BinaryStylesheets: " + e));
                System.exit(1);
            }
        }
        System.out.println("BinaryStylesheets: " + sheets.size() + " stylesheets compiled under " + root);
    }
}
