package org.borderlink.ingest.tabular;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where in an input file each part of a report came from: JSON paths of the report ({@code $.persons[2].gender})
 * to places in the file ({@code row 7, column 3 'Пол'}). A path not recorded is looked up by its nearest recorded
 * ancestor, down to {@code $}, the record as a whole.
 */
public final class SourceMap {

    private final Map<String, String> places = new LinkedHashMap<>();

    public SourceMap(String whole) {
        places.put("$", whole);
    }

    /** Records where {@code path} came from; the first place recorded for a path stays. */
    public SourceMap put(String path, String place) {
        places.putIfAbsent(path, place);
        return this;
    }

    public String whole() {
        return places.get("$");
    }

    /** The place of {@code path} or of its nearest recorded ancestor. */
    public String place(String path) {
        for (String p = path; ; ) {
            String place = places.get(p);
            if (place != null) return place;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) return whole();
            p = p.substring(0, cut);
        }
    }
}
