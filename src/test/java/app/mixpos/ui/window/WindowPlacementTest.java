package app.mixpos.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.WindowMode;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Screens of other sizes than the test machine's: Monocle and Xvfb give one screen, so the lists are made here. */
class WindowPlacementTest {

    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 768);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D SECOND = new Rectangle2D(1920, 0, 1366, 728);

    @Test
    void aScreenSmallerThanTheTillGetsItMaximisedOnItNeverOffIt() {
        WindowPlacement p = WindowPlacement.on(SMALL, WindowMode.WINDOW);

        assertThat(p.maximised()).isTrue();
        assertThat(p.bounds()).isEqualTo(SMALL);
        assertThat(WindowPlacement.on(SECOND, WindowMode.WINDOW).bounds()).isEqualTo(SECOND);
    }

    @Test
    void aLargeScreenGetsTheTillCentredAtItsPreferredSize() {
        WindowPlacement p = WindowPlacement.on(FULL_HD, WindowMode.WINDOW);

        assertThat(p.maximised()).isFalse();
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(320, 120, 1280, 800));
        assertThat(FULL_HD.contains(p.bounds())).isTrue();
    }

    @Test
    void maximisedAndFullScreenAreKeptOnAnyScreen() {
        assertThat(WindowPlacement.on(FULL_HD, WindowMode.MAXIMISED).maximised()).isTrue();
        assertThat(WindowPlacement.on(FULL_HD, WindowMode.MAXIMISED).bounds()).isEqualTo(FULL_HD);
        WindowPlacement kiosk = WindowPlacement.on(SECOND, WindowMode.FULL_SCREEN);
        assertThat(kiosk.fullScreen()).isTrue();
        assertThat(kiosk.bounds()).isEqualTo(SECOND);
    }

    @Test
    void theMinimumSizeNeverExceedsTheScreen() {
        assertThat(WindowPlacement.minimum(new Rectangle2D(0, 0, 800, 600)).getWidth()).isEqualTo(800);
        assertThat(WindowPlacement.minimum(FULL_HD).getWidth()).isEqualTo(1024);
    }
}
