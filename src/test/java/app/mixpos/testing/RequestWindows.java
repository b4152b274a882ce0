package app.mixpos.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Counts requests per sliding window, to check the app against MixPay's per-minute limit. */
public final class RequestWindows {

    private RequestWindows() {
    }

    /** The most requests inside any one minute, sliding over every request's time. */
    public static int busiestMinute(List<Instant> times) {
        return busiest(times, Duration.ofMinutes(1));
    }

    public static int busiest(List<Instant> times, Duration window) {
        List<Instant> sorted = new ArrayList<>(times);
        sorted.sort(null);
        int best = 0;
        int j = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Instant end = sorted.get(i).plus(window);
            j = Math.max(j, i);
            while (j < sorted.size() && sorted.get(j).isBefore(end)) {
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }
}
