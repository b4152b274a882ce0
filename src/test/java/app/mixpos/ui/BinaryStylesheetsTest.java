package app.mixpos.ui;

import app.mixpos.ui.window.PosWindow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build writes a binary .bss beside each .css (src/build/java/BinaryStylesheets.java) and JavaFX loads that
 * one: it must hold exactly the rules of the CSS text as it is now.
 */
class BinaryStylesheetsTest {

    @Test
    void everyStylesheetHasAnUpToDateBinaryTwin() throws IOException, URISyntaxException {
        Path root = Path.of(PosWindow.class.getResource("/app/mixpos/ui/theme/theme.css").toURI()).getParent()
                .getParent();
        List<Path> sheets;
        try (Stream<Path> all = Files.walk(root)) {
            sheets = all.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(10);
        for (Path css : sheets) {
            URL bss = css.resolveSibling(css.getFileName().toString().replace(".css", ".bss")).toUri().toURL();
            Stylesheet text = new CssParser().parse(css.toUri().toURL());
            Stylesheet binary = Stylesheet.loadBinary(bss);

            assertThat(binary).as("binary twin of %s", css).isNotNull();
            assertThat(binary.getRules()).as(css.toString()).hasSameSizeAs(text.getRules());
            for (int i = 0; i < text.getRules().size(); i++) {
                Rule want = text.getRules().get(i);
                Rule got = binary.getRules().get(i);
                assertThat(got.getSelectors().toString()).as("%s rule %d", css, i)
                        .isEqualTo(want.getSelectors().toString());
                assertThat(got.getDeclarations().toString()).as("%s rule %d", css, i)
                        .isEqualTo(want.getDeclarations().toString());
            }
        }
    }
}
