package app.mixpos.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/**
 * {@link HistoryLayoutTest} in the live layout: no training panel, so at 1280 px the selected sale's detail sits
 * beside the list, and the list's columns must still fit (a mismatch's words ran past its edge there).
 */
class HistoryLayoutLiveTest extends HistoryLayoutTest {

    @Override
    boolean training() {
        return false;
    }

    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }
}
