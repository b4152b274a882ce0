package app.mixpos.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Median, p95 and friends over a list of samples (nearest-rank percentiles). */
final class Stats {

    private Stats() {
    }

    static double percentile(List<Double> samples, double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double median(List<Double> samples) {
        return percentile(samples, 50);
    }

    static Map<String, Object> summary(List<Double> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", samples.size());
        m.put("median", round(median(samples)));
        m.put("p95", round(percentile(samples, 95)));
        m.put("min", round(percentile(samples, 0)));
        m.put("max", round(percentile(samples, 100)));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
