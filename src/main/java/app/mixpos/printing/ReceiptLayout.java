package app.mixpos.printing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt as lines for a narrow printer (32 to 48 characters) or a page: the same lines go to an ESC/POS printer,
 * a PDF and a system printer, so every receipt says the same thing. Amounts are written exactly as stored.
 */
public final class ReceiptLayout {

    /** Characters on a line of an 80 mm printer in its normal font. */
    public static final int WIDE = 48;
    /** Characters on a line of a 58 mm printer. */
    public static final int NARROW = 32;

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
        if (label.length() + 1 + value.length() <= width) {
            out.add(new Line(Kind.PAIR, label + " ".repeat(width - label.length() - value.length()) + value, label,
                    value));
        } else {
            wrapped(out, label, value, width);
        }
    }

    /** Text wrapped at spaces to {@code width} (a word longer than a line is cut). */
    private static void words(List<Line> out, Kind kind, String text, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    out.add(new Line(kind, line.toString()));
                    line.setLength(0);
                }
                out.add(new Line(kind, word.substring(0, width)));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(new Line(kind, line.toString()));
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            out.add(new Line(kind, line.toString()));
        }
    }

    private static void wrapped(List<Line> out, String label, String value, int width) {
        out.add(new Line(Kind.TEXT, label));
        for (int i = 0; i < value.length(); i += width) {
            out.add(new Line(Kind.TEXT, value.substring(i, Math.min(value.length(), i + width))));
        }
    }
}
