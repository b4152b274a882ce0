package app.mixpos.printing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt line as a black-on-white bitmap, for the lines a printer's own code page cannot hold (Chinese, Japanese,
 * most scripts other than Latin): every ESC/POS printer prints an image, but few print Chinese text, and each of
 * those in its own mode and encoding. Drawn in DejaVu Sans with the bundled WenQuanYi Micro Hei for what DejaVu lacks
 * (the PDFs' fonts), a character neither has as "?", one line of the printer's font high (24 dots; a title twice).
 */
final class TextBitmap {

    /** Dots of one line of the printer's normal font (its 12 × 24 font). */
    static final int LINE_DOTS = 24;

    private static final String[] FILES = {"/app/mixpos/export/fonts/DejaVuSans.ttf",
        "/app/mixpos/export/fonts/DejaVuSans-Bold.ttf", "/app/mixpos/ui/fonts/wqy-microhei.ttc"};
    private static volatile Font[] fonts;

    private TextBitmap() {
    }

    /** The line, {@code dots} wide: a title centred and bold at twice the height, a pair's value at the right edge. */
    static BufferedImage of(ReceiptLayout.Line line, int dots) {
        boolean title = line.kind() == ReceiptLayout.Kind.TITLE;
        int height = title ? 2 * LINE_DOTS : LINE_DOTS;
        BufferedImage img = new BufferedImage(dots, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, dots, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            float size = height * 0.8f;
            Font[] f = fonts();
            Font main = (title ? f[1] : f[0]).deriveFont(size);
            Font script = f[2].deriveFont(title ? Font.BOLD : Font.PLAIN, size);
            int baseline = Math.round(height * 0.8f);
            switch (line.kind()) {
                case PAIR -> {
                    draw(g, runs(line.label(), main, script), 0, baseline);
                    List<Run> value = runs(line.value(), main, script);
                    draw(g, value, dots - width(g, value), baseline);
                }
                case TITLE, CENTRED -> {
                    List<Run> runs = fitted(g, line.text(), main, script, dots);
                    draw(g, runs, Math.max(0, (dots - width(g, runs)) / 2), baseline);
                }
                default -> draw(g, fitted(g, line.text(), main, script, dots), 0, baseline);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private record Run(Font font, String text) {
    }

    private static List<Run> runs(String text, Font main, Font script) {
        List<Run> runs = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        Font current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Font font = main;
            if (!main.canDisplay(cp)) {
                if (script.canDisplay(cp)) {
                    font = script;
                } else {
                    cp = '?';
                }
            }
            if (font != current && chunk.length() > 0) {
                runs.add(new Run(current, chunk.toString()));
                chunk.setLength(0);
            }
            current = font;
            chunk.appendCodePoint(cp);
        }
        if (chunk.length() > 0) {
            runs.add(new Run(current, chunk.toString()));
        }
        return runs;
    }

    /** The text's runs, in a smaller size when it would be wider than the paper (a long title at double height). */
    private static List<Run> fitted(Graphics2D g, String text, Font main, Font script, int dots) {
        List<Run> runs = runs(text, main, script);
        int w = width(g, runs);
        int room = dots - LINE_DOTS / 4;
        if (w <= room) {
            return runs;
        }
        float scale = (float) room / w;
        return runs.stream().map(r -> new Run(r.font().deriveFont(r.font().getSize2D() * scale), r.text())).toList();
    }

    private static int width(Graphics2D g, List<Run> runs) {
        int w = 0;
        for (Run r : runs) {
            w += g.getFontMetrics(r.font()).stringWidth(r.text());
        }
        return w;
    }

    private static void draw(Graphics2D g, List<Run> runs, int x, int baseline) {
        for (Run r : runs) {
            g.setFont(r.font());
            g.drawString(r.text(), x, baseline);
            FontMetrics m = g.getFontMetrics();
            x += m.stringWidth(r.text());
        }
    }

    /** DejaVu Sans, its bold, and the CJK font: read once, then shared (fonts are immutable). */
    private static Font[] fonts() {
        Font[] loaded = fonts;
        if (loaded == null) {
            synchronized (TextBitmap.class) {
                if (fonts == null) {
                    Font[] read = new Font[FILES.length];
                    for (int i = 0; i < FILES.length; i++) {
                        read[i] = read(FILES[i]);
                    }
                    fonts = read;
                }
                loaded = fonts;
            }
        }
        return loaded;
    }

    private static Font read(String file) {
        try (InputStream in = TextBitmap.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the app's jar");
            }
            return Font.createFonts(in)[0];
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The font " + file + " could not be read", e);
        }
    }
}
