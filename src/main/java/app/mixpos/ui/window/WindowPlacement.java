package app.mixpos.ui.window;

import app.mixpos.config.WindowMode;
import javafx.geometry.Rectangle2D;

/**
 * Where the till's window goes on the screen it opens on: fitted to the screen's visible area, never partly off it.
 *
 * @param bounds    the window's position and size
 * @param maximised true when the window fills the screen's visible area
 * @param fullScreen true for a kiosk
 */
record WindowPlacement(Rectangle2D bounds, boolean maximised, boolean fullScreen) {

    /** The size the screens are laid out for; a window opens at this size when the screen has room. */
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    /** The smallest window the till keeps every screen whole in. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    /** @param screen the visible area of the screen (without task bars), as {@code Screen.getVisualBounds()} gives */
    static WindowPlacement on(Rectangle2D screen, WindowMode mode) {
        boolean small = screen.getWidth() < PREFERRED_WIDTH || screen.getHeight() < PREFERRED_HEIGHT;
        if (mode == WindowMode.FULL_SCREEN) {
            return new WindowPlacement(screen, true, true);
        }
        if (mode == WindowMode.MAXIMISED || small) {
            return new WindowPlacement(screen, true, false);
        }
        double x = screen.getMinX() + (screen.getWidth() - PREFERRED_WIDTH) / 2;
        double y = screen.getMinY() + (screen.getHeight() - PREFERRED_HEIGHT) / 2;
        return new WindowPlacement(new Rectangle2D(x, y, PREFERRED_WIDTH, PREFERRED_HEIGHT), false, false);
    }

    /** The smallest the window may be made on this screen: the till's minimum, or the whole screen when smaller. */
    static Rectangle2D minimum(Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight()));
    }
}
