package app.mixpos.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark results: a table for people, {@code results.json} for machines. */
final class Report {

    record Row(String figure, String target, String measured, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    void row(String figure, String target, String measured, Boolean met) {
        rows.add(new Row(figure, target, measured, met));
        System.out.printf("bench: %-58s %-16s %-40s %s%n", figure, target, measured, met == null ? "" : met ? "yes" : "NO");
    }

    void detail(String key, Object value) {
        details.put(key, value);
    }

    String table() {
        StringBuilder b = new StringBuilder("| figure | target | measured | met? |\n|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.figure()).append(" | ").append(r.target()).append(" | ").append(r.measured())
                    .append(" | ").append(r.met() == null ? "—" : r.met() ? "yes" : "**no**").append(" |\n");
        }
        return b.toString();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("machine", Machine.describe());
        all.put("table", rows);
        all.put("details", details);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("results.json").toFile(), all);
        Files.writeString(dir.resolve("results.md"), table());
    }
}
