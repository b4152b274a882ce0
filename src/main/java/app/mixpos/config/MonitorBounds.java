package app.mixpos.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a monitor sits on the desktop, in whole pixels: how a customer display's monitor is remembered, since the
 * order of the screens changes between starts but a monitor keeps its place and size.
 *
 * @param x      its left edge
 * @param y      its top edge
 * @param width  its width, more than 0
 * @param height its height, more than 0
 */
public record MonitorBounds(int x, int y, int width, int height) {

    private static final Pattern TEXT = Pattern.compile("\\s*(-?\\d{1,6})\\s*,\\s*(-?\\d{1,6})\\s*,\\s*(\\d{1,6})\\s*[x×]\\s*(\\d{1,6})\\s*",
            Pattern.CASE_INSENSITIVE);

    public MonitorBounds {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a monitor is at least 1x1 pixels, not " + width + "x" + height);
        }
    }

    /** As written in the settings file: {@code X,Y,WxH}, e.g. {@code 1280,0,1024x768}. */
    public String text() {
        return x + "," + y + "," + width + "x" + height;
    }

    /** The bounds written as {@link #text()}, or null when {@code text} is not that. */
    public static MonitorBounds parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int w = Integer.parseInt(m.group(3));
        int h = Integer.parseInt(m.group(4));
        if (w == 0 || h == 0) {
            return null;
        }
        return new MonitorBounds(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), w, h);
    }

    /** True when the two share the same top-left corner (a monitor whose resolution changed keeps it). */
    public boolean sameCorner(MonitorBounds other) {
        return other != null && x == other.x && y == other.y;
    }
}
