package app.mixpos.ui.reports;

import app.mixpos.reports.Chart;
import java.time.format.DateTimeFormatter;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Sales per hour or per day as bars on a canvas: each bar's height is its sales, the paid part of it green, the
 * number above it; the hour (or day of the month) under every bar that has room for it. Drawn again when resized.
 */
final class ReportChart extends Region {

    static final double HEIGHT = 200;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d");
    private static final Color AXIS = Color.web("#cbd5e1");
    private static final Color ALL = Color.web("#475569");
    private static final Color PAID = Color.web("#22c55e");

    private final Canvas canvas = new Canvas();
    private Chart chart = Chart.NONE;

    ReportChart() {
        getStyleClass().add("report-chart");
        setId("report-chart");
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setMinWidth(0);
    }

    void show(Chart c) {
        chart = c == null ? Chart.NONE : c;
        draw();
    }

    Chart chart() {
        return chart;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(0, getWidth()));
        canvas.setHeight(Math.max(0, getHeight()));
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        int n = chart.bars().size();
        if (n == 0 || w < 10 || h < 40) {
            return;
        }
        double labelRow = 18;
        double top = 18;
        double base = h - labelRow;
        double slot = w / n;
        double bar = Math.max(1, slot * 0.7);
        long highest = Math.max(1, chart.highest());
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setStroke(AXIS);
        g.strokeLine(0, base + 0.5, w, base + 0.5);
        double labelEvery = Math.ceil(24 / slot);
        for (int i = 0; i < n; i++) {
            Chart.Bar b = chart.bars().get(i);
            double x = i * slot + (slot - bar) / 2;
            double all = (base - top) * b.sales() / highest;
            double paid = (base - top) * b.paid() / highest;
            g.setFill(ALL);
            g.fillRect(x, base - all, bar, all);
            g.setFill(PAID);
            g.fillRect(x, base - paid, bar, paid);
            g.setFill(AXIS);
            if (b.sales() > 0 && slot >= 16) {
                g.fillText(Long.toString(b.sales()), x + bar / 2, base - all - 4);
            }
            if (i % labelEvery == 0) {
                String label = (chart.unit() == Chart.Unit.HOUR ? HOUR : DAY).format(b.start());
                g.fillText(label, x + bar / 2, h - 4);
            }
        }
    }
}
