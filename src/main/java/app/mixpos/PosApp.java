package app.mixpos;

import app.mixpos.config.Settings;

/** The JavaFX application and composition root (being built). */
public final class PosApp {

    private PosApp() {
    }

    /**
     * Starts the app with checked settings; blocks until the window closes.
     *
     * @param smoke start everything, show the keypad, print launch-to-first-frame and exit 0
     */
    public static void start(Settings settings, boolean smoke) {
        throw new UnsupportedOperationException("PosApp is not wired yet");
    }
}
