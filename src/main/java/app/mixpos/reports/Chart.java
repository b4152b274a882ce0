package app.mixpos.reports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** Sales per hour of a day, or per day of a longer period, in the shop's time zone: what a bar chart draws. */
public record Chart(Unit unit, List<Bar> bars) {

    public enum Unit {
        HOUR, DAY
    }

    /**
     * One bar.
     *
     * @param start the hour or day it stands for, on the shop's clock
     * @param sales every sale charged in it
     * @param paid  those of them paid
     */
    public record Bar(LocalDateTime start, long sales, long paid) {

        public Bar {
            Objects.requireNonNull(start, "start");
        }
    }

    public static final Chart NONE = new Chart(Unit.HOUR, List.of());

    public Chart {
        Objects.requireNonNull(unit, "unit");
        bars = List.copyOf(bars);
    }

    /** The tallest bar's sales, 0 for none: the chart's scale. */
    public long highest() {
        return bars.stream().mapToLong(Bar::sales).max().orElse(0);
    }
}
