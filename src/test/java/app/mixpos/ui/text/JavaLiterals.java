package app.mixpos.ui.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, each with the calls it sits in: enough of a tokeniser to tell
 * {@code new Label("Pay")} from {@code LOG.info("Pay")} without a parser. Comments and char literals are skipped.
 */
final class JavaLiterals {

    /**
     * A string literal.
     *
     * @param value the literal's text, its escapes ({@code \\u25BE}, {@code \\n}, {@code \\"}) resolved
     * @param line  1-based line of its opening quote
     * @param calls the calls it is an argument of, innermost first, each as {@code name#argumentIndex} where name
     *              is {@code new Label}, {@code Bars.button}, {@code setText}, {@code LOG.info}, ...
     */
    record Literal(String value, int line, List<String> calls) {
    }

    private JavaLiterals() {
    }

    static List<Literal> of(String source) {
        StringBuilder code = new StringBuilder(source.length());
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                int end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(code, source, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(code, source, i, end);
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                blank(code, source, i, Math.min(end + 1, n));
                i = Math.min(end + 1, n);
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                spans.add(new int[] {i, end});
                blank(code, source, i, end);
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (end < n && source.charAt(end) != '"' && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
                spans.add(new int[] {i, end});
                blank(code, source, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        List<Literal> found = new ArrayList<>();
        for (int[] span : spans) {
            boolean block = source.startsWith("\"\"\"", span[0]);
            int quote = block ? 3 : 1;
            String value = source.substring(span[0] + quote, Math.max(span[0] + quote, span[1] - quote));
            found.add(new Literal(unescape(value), line(source, span[0]), calls(code, span[0])));
        }
        return found;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '\\' || k + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++k);
            if (e == 'u') {
                while (k + 1 < s.length() && s.charAt(k + 1) == 'u') {
                    k++;
                }
                if (k + 4 < s.length()) {
                    out.append((char) Integer.parseInt(s.substring(k + 1, k + 5), 16));
                    k += 4;
                }
            } else {
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 's' -> ' ';
                    default -> e;
                });
            }
        }
        return out.toString();
    }

    /** Keeps the length (and the line breaks) so offsets in the blanked code are offsets in the source. */
    private static void blank(StringBuilder code, String source, int from, int to) {
        for (int k = from; k < to; k++) {
            code.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    private static int line(String source, int at) {
        int line = 1;
        for (int k = 0; k < at; k++) {
            if (source.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The calls enclosing offset {@code at}, innermost first; stops at a statement or block boundary. */
    private static List<String> calls(CharSequence code, int at) {
        List<String> calls = new ArrayList<>();
        int depth = 0;
        int commas = 0;
        for (int k = at - 1; k >= 0; k--) {
            char c = code.charAt(k);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '[') {
                depth--;
            } else if (c == '(') {
                if (depth > 0) {
                    depth--;
                } else {
                    calls.add(callee(code, k) + "#" + commas);
                    commas = 0;
                }
            } else if (c == ',' && depth == 0) {
                commas++;
            } else if ((c == ';' || c == '{' || c == '}') && depth == 0) {
                break;
            }
        }
        return calls;
    }

    /** The name before an opening parenthesis: {@code new Label}, {@code Bars.button}, {@code @SuppressWarnings}. */
    private static String callee(CharSequence code, int paren) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        if (end >= 2 && code.charAt(end - 1) == '>' && code.charAt(end - 2) == '<') {
            end -= 2; // new TableColumn<>(...)
        }
        int start = end;
        while (start > 0 && (Character.isJavaIdentifierPart(code.charAt(start - 1)) || code.charAt(start - 1) == '.')) {
            start--;
        }
        if (start >= 2 && code.charAt(start) == '.' && code.charAt(start - 1) == ')' && code.charAt(start - 2) == '(') {
            // log().error(...): a call on what a method without arguments returns
            int k = start - 2;
            while (k > 0 && Character.isJavaIdentifierPart(code.charAt(k - 1))) {
                k--;
            }
            start = k;
        }
        String name = code.subSequence(start, end).toString();
        int before = start;
        while (before > 0 && Character.isWhitespace(code.charAt(before - 1))) {
            before--;
        }
        if (before >= 3 && code.subSequence(before - 3, before).toString().equals("new")) {
            return "new " + name;
        }
        if (before >= 1 && code.charAt(before - 1) == '@') {
            return "@" + name;
        }
        return name;
    }
}
