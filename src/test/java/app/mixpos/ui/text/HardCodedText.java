package app.mixpos.ui.text;

import app.mixpos.ui.text.JavaLiterals.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds cashier-facing words written into Java code instead of the bundle: any literal with a letter given to a
 * control's text (the {@link #SINKS}), and anywhere a sentence (a space and a letter) or a capitalised word, unless
 * it is in one of the few places words belong in code ({@link #ALLOWED_CALLS}, {@link #SVG_PATH}).
 */
final class HardCodedText {

    /** Calls that put text on screen, with the index of the argument that is the text. */
    static final Map<String, Integer> SINKS = Map.ofEntries(
            Map.entry("setText", 0), Map.entry("setPromptText", 0), Map.entry("setTitle", 0),
            Map.entry("setHeaderText", 0), Map.entry("setContentText", 0), Map.entry("setAccessibleText", 0),
            Map.entry("setAccessibleHelp", 0), Map.entry("new Label", 0), Map.entry("new Button", 0),
            Map.entry("new Text", 0), Map.entry("new Tooltip", 0), Map.entry("new TableColumn", 0),
            Map.entry("new CheckBox", 0), Map.entry("new RadioButton", 0), Map.entry("new ToggleButton", 0),
            Map.entry("new Hyperlink", 0), Map.entry("new MenuItem", 0), Map.entry("new Alert", 1),
            Map.entry("Bars.titled", 0), Map.entry("Bars.button", 0), Map.entry("Labels.wrapped", 2),
            Map.entry("new PadKey", 0));

    /**
     * Where words in code are not the cashier's, so they are allowed (the allow-list, kept short):
     * log messages (read by whoever reads the log, in English), exception messages for developers (an exception
     * whose message a cashier reads must take it from the bundle), date patterns, annotations, resource paths.
     */
    static final List<Pattern> ALLOWED_CALLS = List.of(
            Pattern.compile("(LOG|log\\(\\))\\.(trace|debug|info|warn|error)"),
            Pattern.compile("new \\w*(Exception|Error)"),
            Pattern.compile("(DateTimeFormatter\\.)?ofPattern"),
            Pattern.compile("@\\w+"),
            Pattern.compile("(\\w+\\.)*getResource(AsStream)?"));

    /** An SVG path (ResultIcon's shapes): letters and numbers, but no words. */
    static final Pattern SVG_PATH = Pattern.compile("[MLHVCSQTAZmlhvcsqtaz0-9 .,-]+");

    private static final Pattern SENTENCE = Pattern.compile(".*\\p{L}.*\\s.*|.*\\s.*\\p{L}.*");
    private static final Pattern CAPITALISED_WORD = Pattern.compile(".*\\b\\p{Lu}\\p{Ll}+.*");
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");

    /** A literal that should come from the bundle. */
    record Finding(int line, String literal, String why) {
        @Override
        public String toString() {
            return "line " + line + ": \"" + literal + "\" (" + why + ")";
        }
    }

    private HardCodedText() {
    }

    static List<Finding> in(String source) {
        List<Finding> found = new ArrayList<>();
        for (Literal l : JavaLiterals.of(source)) {
            if (!LETTER.matcher(l.value()).matches() || allowed(l)) {
                continue;
            }
            // the call the literal is directly an argument of: in new Label(texts.get("keypad.title")) that is get
            String sink = l.calls().isEmpty() || !isSink(l.calls().get(0)) ? null : l.calls().get(0);
            if (sink != null) {
                found.add(new Finding(l.line(), l.value(), "shown by " + sink.substring(0, sink.indexOf('#'))));
            } else if (SENTENCE.matcher(l.value()).matches() && !SVG_PATH.matcher(l.value()).matches()) {
                found.add(new Finding(l.line(), l.value(), "a sentence"));
            } else if (CAPITALISED_WORD.matcher(l.value()).matches()) {
                found.add(new Finding(l.line(), l.value(), "a word"));
            }
        }
        return found;
    }

    private static boolean isSink(String call) {
        int hash = call.indexOf('#');
        Integer textArgument = SINKS.get(call.substring(0, hash));
        if (textArgument == null) {
            String name = call.substring(0, hash);
            int dot = name.lastIndexOf('.');
            // obj.setText(...) and new javafx.scene.control.Label(...) by their last name; Bars.button(...) as listed
            textArgument = dot < 0 ? null
                    : SINKS.get((name.startsWith("new ") ? "new " : "") + name.substring(dot + 1));
        }
        return textArgument != null && textArgument == Integer.parseInt(call.substring(hash + 1));
    }

    private static boolean allowed(Literal l) {
        for (String call : l.calls()) {
            String name = call.substring(0, call.indexOf('#'));
            if (ALLOWED_CALLS.stream().anyMatch(p -> p.matcher(name).matches())) {
                return true;
            }
        }
        return false;
    }
}
