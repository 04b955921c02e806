package org.borderlink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Figures of one benchmark run, written as {@code <name>.json} and {@code <name>.md} under {@code bench/results/}. */
final class Results {

    private final String name;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String> markdown = new ArrayList<>();

    Results(String name, String title) {
        this.name = name;
        figures.put("benchmark", name);
        figures.put("measuredAt", Instant.now().toString());
        figures.put(
                "machine",
                Map.of(
                        "cores", Runtime.getRuntime().availableProcessors(),
                        "maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20,
                        "java", System.getProperty("java.version")));
        markdown.add("# " + title);
        markdown.add("");
        markdown.add("Measured " + figures.get("measuredAt") + " on "
                + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ", max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB.");
        markdown.add("");
    }

    void put(String key, Object value) {
        figures.put(key, value);
    }

    void line(String text) {
        markdown.add(text);
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        JsonMapper json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(dir.resolve(name + ".json"), json.writeValueAsString(figures) + "\n");
        Files.writeString(dir.resolve(name + ".md"), String.join("\n", markdown) + "\n");
    }

    static double median(double... values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
