package app.mixpos.config;

import java.util.Locale;
import java.util.Objects;

/**
 * Which monitor faces the customer: {@link Kind#AUTO} (any monitor besides the cashier's, the default),
 * {@link Kind#NONE} (no customer display: the till as on one monitor), or one monitor remembered by its bounds.
 *
 * @param kind    the kind of choice
 * @param monitor the chosen monitor for {@link Kind#MONITOR}, null otherwise
 */
public record CustomerDisplayChoice(Kind kind, MonitorBounds monitor) {

    /** The kinds of choice. */
    public enum Kind { AUTO, NONE, MONITOR }

    public static final CustomerDisplayChoice AUTO = new CustomerDisplayChoice(Kind.AUTO, null);
    public static final CustomerDisplayChoice NONE = new CustomerDisplayChoice(Kind.NONE, null);

    public CustomerDisplayChoice {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.MONITOR) != (monitor != null)) {
            throw new IllegalArgumentException("a monitor is named exactly when the choice is one monitor");
        }
    }

    /** The monitor at {@code bounds}. */
    public static CustomerDisplayChoice monitor(MonitorBounds bounds) {
        return new CustomerDisplayChoice(Kind.MONITOR, Objects.requireNonNull(bounds, "bounds"));
    }

    /** As written in flags, the environment and the settings file: {@code auto}, {@code none} or {@code X,Y,WxH}. */
    public String text() {
        return switch (kind) {
            case AUTO -> "auto";
            case NONE -> "none";
            case MONITOR -> monitor.text();
        };
    }

    /** The choice written as {@link #text()}, or null when {@code text} is none of them. */
    public static CustomerDisplayChoice parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return AUTO;
        }
        if (t.equals("none") || t.equals("off")) {
            return NONE;
        }
        MonitorBounds bounds = MonitorBounds.parse(t);
        return bounds == null ? null : monitor(bounds);
    }
}
