package app.mixpos.sale;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Sales charged in one hour on the shop's clock, and how many of them are paid.
 *
 * @param start the hour, on the shop's clock (a repeated hour when clocks go back is one hour here)
 */
public record HourCount(LocalDateTime start, long sales, long paid) {

    public HourCount {
        Objects.requireNonNull(start, "start");
    }
}
