package app.mixpos.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.ui.text.HardCodedText.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No cashier-facing words in the screens' Java code: they come from the bundle (JabRef's rule, our scanner). */
class HardCodedTextTest {

    static final Path UI = Path.of("src/main/java/app/mixpos/ui");

    /** The ui sources the rules cover (all of them), by their path below ui (e.g. {@code keypad/KeypadView.java}). */
    static Map<String, String> routedSources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = UI.relativize(f).toString().replace('\\', '/');
                sources.put(relative, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    @Test
    void theScreensHaveNoHardCodedWords() throws IOException {
        List<String> found = new ArrayList<>();
        routedSources().forEach((file, source) -> HardCodedText.in(source)
                .forEach(x -> found.add("ui/" + file + " " + x)));
        assertThat(found).as("words for the cashier belong in ui/text/messages.properties").isEmpty();
    }

    /** Case and number formats follow a locale: Locale.ROOT for identifiers, the Texts' locale for words. */
    @Test
    void noCaseChangeOrFormatWithoutALocale() throws IOException {
        Pattern noLocale = Pattern.compile("\\.to(Lower|Upper)Case\\(\\s*\\)|String\\.format\\(\\s*\"|\\.formatted\\(");
        List<String> found = new ArrayList<>();
        routedSources().forEach((file, source) -> {
            List<String> lines = source.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (noLocale.matcher(lines.get(i)).find()) {
                    found.add("ui/" + file + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        });
        assertThat(found).isEmpty();
    }

    @Test
    void theSourcesWereFound() throws IOException {
        assertThat(routedSources()).hasSizeGreaterThan(40).containsKey("keypad/KeypadView.java")
                .containsKey("window/PosWindow.java").containsKey("shell/Banners.java");
    }

    @Test
    void aWordGivenToAControlIsFound() {
        String planted = """
                class Planted {
                    void build() {
                        Label title = new Label("Refresh");
                        Button b = Bars.button("Go", "go-id", this::go);
                        title.setText(paid ? "paid" : "");
                        field.setPromptText("PIN");
                        Label l = Labels.wrapped("an-id", "a-style", "Hello");
                        TableColumn<S, String> c = new TableColumn<>("Time");
                        t.setTooltip(new Tooltip("Press me"));
                        p.setPlaceholder(new javafx.scene.control.Label("No sales yet."));
                    }
                }
                """;

        assertThat(HardCodedText.in(planted)).extracting(Finding::literal)
                .containsExactly("Refresh", "Go", "paid", "PIN", "Hello", "Time", "Press me", "No sales yet.");
    }

    @Test
    void aSentenceOrACapitalisedWordAnywhereIsFound() {
        String planted = """
                class Planted {
                    static final String NOTE = "Nothing was charged. Try again.";
                    String order(String id) {
                        return "Order " + id;
                    }
                    String section() {
                        return section("Fiat");
                    }
                }
                """;

        assertThat(HardCodedText.in(planted)).extracting(Finding::literal)
                .containsExactly("Nothing was charged. Try again.", "Order ", "Fiat");
    }

    @Test
    void idsStyleClassesKeysLogsExceptionsPathsAndShapesAreNotWords() {
        String fine = """
                class Fine {
                    // new Label("In a comment") is not code
                    /* setText("Nor is this") */
                    private static final Logger LOG = LoggerFactory.getLogger(Fine.class);
                    private static final String TICK = "M4 26 L16 38 L44 8 L49 13 L16 48 L-1 31 Z";
                    private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("dd MMM HH:mm");
                    void build(Texts texts) {
                        Button b = Bars.button(texts.get("history.refresh"), "history-back", back);
                        b.getStyleClass().add("primary-button");
                        Label l = new Label(texts.get("keypad.title", "a"));
                        l.setId("detail-title");
                        LOG.warn("Sale {} could not be checked now", id, e);
                        log().error("No text for key {}; the key is shown instead", key);
                        char q = '"';
                        String s = "a \\" quote";
                        currency.setText(symbol + "  \\u25BE");
                        root.getStylesheets().add(Fine.class.getResource("keypad.css").toExternalForm());
                        throw new IllegalArgumentException("cannot encode a QR code for this link", e);
                    }
                    @SuppressWarnings("unchecked")
                    void cast() {
                    }
                }
                """;

        assertThat(HardCodedText.in(fine)).extracting(Finding::literal).containsExactly("a \" quote");
    }
}
