package app.mixpos.ui.reports;

import app.mixpos.reports.Chart;
import java.util.List;
import javafx.scene.layout.Region;
import org.testfx.api.FxRobot;

/** What the Reports screen's chart draws, for tests outside its package. */
public final class ReportChartProbe {

    public static final Class<Region> TYPE = Region.class;

    private ReportChartProbe() {
    }

    public static List<Chart.Bar> bars(FxRobot r) {
        return r.lookup("#report-chart").queryAs(ReportChart.class).chart().bars();
    }

    /** The sales of bar {@code index}. */
    public static long sales(FxRobot r, int index) {
        return bars(r).get(index).sales();
    }
}
