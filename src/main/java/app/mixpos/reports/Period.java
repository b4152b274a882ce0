package app.mixpos.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time a report covers, {@code [from, to)}, and the shop's time zone its days and hours are read in.
 *
 * @param firstDay the shop's day {@code from} falls on
 * @param lastDay  the shop's last day in the period (the day of {@code to} minus a moment)
 */
public record Period(Instant from, Instant to, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " .. " + to);
        }
    }

    /** One day of the shop, midnight to midnight in its zone (23 or 25 hours on the days clocks change). */
    public static Period day(LocalDate day, ZoneId zone) {
        return days(day, day, zone);
    }

    /** From the start of {@code first} to the end of {@code last}, both days included. */
    public static Period days(LocalDate first, LocalDate last, ZoneId zone) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last day " + last + " is before the first " + first);
        }
        return new Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), zone,
                first, last);
    }

    /** The period between two instants, its days read in {@code zone}. */
    public static Period between(Instant from, Instant to, ZoneId zone) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.equals(from) ? first : to.minusNanos(1).atZone(zone).toLocalDate();
        return new Period(from, to, zone, first, last);
    }

    public boolean isOneDay() {
        return firstDay.equals(lastDay);
    }
}
