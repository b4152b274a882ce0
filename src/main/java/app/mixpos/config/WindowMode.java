package app.mixpos.config;

import java.util.Arrays;
import java.util.Locale;

/** How the till's window opens on its screen. */
public enum WindowMode {
    /** A window of the preferred size, centred on the screen; maximised when the screen is smaller than that. */
    WINDOW("window"),
    /** Maximised on the screen it opens on. */
    MAXIMISED("maximised"),
    /** Full screen with no way out by key: a kiosk. Esc stays the till's own key (clear, cancel). */
    FULL_SCREEN("full-screen");

    private final String label;

    WindowMode(String label) {
        this.label = label;
    }

    /** As written in flags, the environment and the settings file. */
    public String label() {
        return label;
    }

    /** The mode with this label (case ignored; "maximized" too), or null. */
    public static WindowMode fromLabel(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("maximized", "maximised");
        return Arrays.stream(values()).filter(m -> m.label.equals(t)).findFirst().orElse(null);
    }
}
