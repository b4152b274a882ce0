package app.mixpos.printing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt as lines for a narrow printer (32 to 48 columns) or a page: the same lines go to an ESC/POS printer,
 * a PDF and a system printer, so every receipt says the same thing. Amounts are written exactly as stored. Widths are
 * in columns of the printer's font: a Chinese or Japanese character takes two, as ESC/POS printers print them.
 */
public final class ReceiptLayout {

    /** Characters on a line of an 80 mm printer in its normal font. */
    public static final int WIDE = 48;
    /** Characters on a line of a 58 mm printer. */
    public static final int NARROW = 32;
    /** Dots across one column of the printer's normal font (12 × 24): 576 dots on 80 mm paper, 384 on 58 mm. */
    public static final int DOTS_PER_COLUMN = 12;

    /**
     * One line: how it is printed, and its text (the QR's is the link it encodes). A {@link Kind#PAIR}'s text is its
     * label and value padded to the width, for a fixed-width printer; a page sets {@code label} and {@code value}
     * apart instead.
     */
    public record Line(Kind kind, String text, String label, String value) {
        Line(Kind kind, String text) {
            this(kind, text, null, null);
        }
    }

    /** How a line is printed. */
    public enum Kind { TITLE, CENTRED, TEXT, PAIR, RULE, QR, BLANK }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private ReceiptLayout() {
    }

    public static List<Line> lines(Receipt r, ReceiptWords words, int width) {
        List<Line> out = new ArrayList<>();
        if (!r.shopName().isEmpty()) {
            out.add(new Line(Kind.TITLE, r.shopName()));
        }
        r.shopAddress().forEach(a -> words(out, Kind.CENTRED, a, width));
        if (r.copy()) {
            out.add(new Line(Kind.TITLE, words.get("receipt.copy")));
        }
        out.add(new Line(Kind.RULE, "-".repeat(width)));
        pair(out, words.get("receipt.date"), WHEN.withLocale(words.locale()).format(r.at()) + " "
                + r.at().getOffset().getId().replace("Z", "UTC"), width);
        pair(out, words.get("receipt.order"), r.orderId(), width);
        pair(out, words.get("receipt.amount"), r.amount().toWire() + " " + r.amount().asset().symbol(), width);
        if (r.paidAmount() != null && r.paidSymbol() != null) {
            pair(out, words.get("receipt.paid"), r.paidAmount().toPlainString() + " " + r.paidSymbol(), width);
        }
        pair(out, words.get("receipt.status"), words.get("receipt.outcome." + r.outcome().name()), width);
        if (r.hasSurplus()) {
            String unit = r.paidSymbol() == null ? "" : " " + r.paidSymbol();
            pair(out, words.get("receipt.surplus"), r.surplus().toPlainString() + unit + " ("
                    + words.get("common.surplus." + r.surplusStatus().name()) + ")", width);
        }
        out.add(new Line(Kind.RULE, "-".repeat(width)));
        wrapped(out, words.get("receipt.trace"), r.traceId().toString(), width);
        if (r.txid() != null) {
            wrapped(out, words.get("receipt.transaction"), r.txid(), width);
        }
        if (r.explorerUrl() != null) {
            words(out, Kind.TEXT, words.get("receipt.explorer"), width);
            out.add(new Line(Kind.QR, r.explorerUrl()));
        } else {
            words(out, Kind.TEXT, words.get("receipt.noTransaction"), width);
        }
        out.add(new Line(Kind.BLANK, ""));
        words(out, Kind.CENTRED, words.get("receipt.thanks"), width);
        return out;
    }

    /** "Label      value" on one line when both fit, else the label then the value (wrapped). */
    private static void pair(List<Line> out, String label, String value, int width) {
        int gap = width - columns(label) - columns(value);
        if (gap >= 1) {
            out.add(new Line(Kind.PAIR, label + " ".repeat(gap) + value, label, value));
        } else {
            wrapped(out, label, value, width);
        }
    }

    /** Text wrapped at spaces to {@code width} columns (a word longer than a line, or Chinese, is cut). */
    private static void words(List<Line> out, Kind kind, String text, int width) {
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.split(" ")) {
            int cols = columns(word);
            if (used > 0 && used + 1 + cols > width) {
                out.add(new Line(kind, line.toString()));
                line.setLength(0);
                used = 0;
            }
            if (cols > width) {
                List<String> pieces = cut(word, width);
                for (int i = 0; i < pieces.size() - 1; i++) {
                    out.add(new Line(kind, pieces.get(i)));
                }
                word = pieces.get(pieces.size() - 1);
                cols = columns(word);
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += cols;
        }
        if (line.length() > 0) {
            out.add(new Line(kind, line.toString()));
        }
    }

    private static void wrapped(List<Line> out, String label, String value, int width) {
        words(out, Kind.TEXT, label, width);
        cut(value, width).forEach(piece -> out.add(new Line(Kind.TEXT, piece)));
    }

    /** {@code text} in pieces of at most {@code width} columns, never splitting a character. */
    static List<String> cut(String text, int width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int cols = columns(cp);
            if (used + cols > width && used > 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
                used = 0;
            }
            piece.appendCodePoint(cp);
            used += cols;
        }
        if (piece.length() > 0 || pieces.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** How many columns {@code text} takes on a receipt printer. */
    public static int columns(String text) {
        return text.codePoints().map(ReceiptLayout::columns).sum();
    }

    /** Two columns for the East Asian wide and full-width characters (Han, kana, Hangul, CJK punctuation), else one. */
    static int columns(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return codePoint >= 0xFF61 && codePoint <= 0xFFDC ? 1 : 2;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS) {
            return 2;
        }
        if (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
            return codePoint <= 0xFF60 || codePoint >= 0xFFE0 && codePoint <= 0xFFE6 ? 2 : 1;
        }
        return 1;
    }
}
