package org.borderlink.ingest.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * The places Borderlink knows: the bundled {@code gazetteer/crossing-points.csv} and any CSV files with the
 * same header a deployment adds (an entry with an id already loaded replaces it).
 *
 * <p>A reported place is matched, best first:
 *
 * <ol>
 *   <li>{@code id}: the text is a gazetteer id ({@code rs-hr-sid} too);
 *   <li>{@code name}: its folded form ({@link Scripts#fold}: Cyrillic and Greek to Latin, no diacritics, lower
 *       case) equals the folded {@code name} or {@code name_local}, or that name without a bracketed remark
 *       ({@code Idomeni} for {@code Idomeni (green border)}); {@code Šid}, {@code Sid} and {@code Шид} are one;
 *   <li>{@code name-part}: it equals one side of a two-sided name ({@code Bogorodica} or {@code Evzoni} for
 *       {@code Bogorodica – Evzoni}) or a capitalised bracketed alias ({@code Nudo});
 *   <li>{@code name-inflection}: for places in Albania or Kosovo, it equals a name or side once Albanian
 *       endings are set aside: each word loses a final {@code a}, {@code ë}/{@code e}, {@code i} or {@code u}
 *       and then an {@code ë}/{@code e} before its last consonant ({@code Shkodër}/{@code Shkodra} →
 *       {@code shkodr}, {@code Kakavijë}/{@code Kakavija} → {@code kakavij}, {@code Kukës}/{@code Kukësi} →
 *       {@code kuks});
 *   <li>the same three after dropping a leading "border crossing" word ({@code GP}, {@code granični prelaz},
 *       {@code granični prijelaz}, {@code BCP}, {@code border crossing}, {@code PKK});
 *   <li>{@code coordinates}: the nearest place within the radius (haversine, {@value #DEFAULT_RADIUS_KM} km by
 *       default).
 * </ol>
 *
 * <p>When several places match equally, one in or on the border of the reported country wins, then the one
 * nearest the reported coordinates, then the one listed first. A place that matches nothing is returned
 * unverified, never refused. Immutable and thread-safe once loaded.
 */
public final class Gazetteer {

    /** Class-path location of the bundled gazetteer. */
    public static final String BUNDLED = "/gazetteer/crossing-points.csv";
    /** Radius within which coordinates match a place, unless another is given. */
    public static final double DEFAULT_RADIUS_KM = 5.0;
    /** The header every gazetteer file starts with. */
    public static final List<String> HEADER = List.of(
            "id", "name", "name_local", "kind", "country_a", "country_b", "lat", "lon", "corridor", "coordinates");

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE = 111.2;
    private static final int MAX_SLUG_LENGTH = 60;
    private static final Set<CountryCode> ALBANIAN_SPEAKING = Set.of(CountryCode.of("AL"), CountryCode.of("XK"));
    private static final Pattern SIDES = Pattern.compile("\\s*[–—]\\s*|\\s+-\\s+|\\s*/\\s*");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)");
    private static final List<String> CROSSING_WORDS = List.of(
            "granicni prelaz ",
            "granicni prijelaz ",
            "border crossing ",
            "pika e kalimit kufitar ",
            "gp ",
            "bcp ",
            "pkk ");

    private final List<Place> places;
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, List<Place>> byPart = new HashMap<>();
    private final Map<String, List<Place>> byInflection = new HashMap<>();

    private Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        for (Place place : this.places) {
            byId.put(place.id().toUpperCase(Locale.ROOT), place);
            boolean albanian = ALBANIAN_SPEAKING.contains(place.countryA())
                    || (place.countryB() != null && ALBANIAN_SPEAKING.contains(place.countryB()));
            for (String name : List.of(place.name(), place.nameLocal())) {
                if (name.isBlank()) {
                    continue;
                }
                List<String> wholes = new ArrayList<>(List.of(name));
                String unbracketed = BRACKETED.matcher(name).replaceAll(" ").strip();
                wholes.add(unbracketed);
                for (String whole : wholes) {
                    index(byName, Scripts.fold(whole), place);
                }
                List<String> parts = new ArrayList<>(List.of(SIDES.split(unbracketed)));
                Matcher remarks = BRACKETED.matcher(name);
                while (remarks.find()) {
                    String remark = remarks.group(1).strip();
                    if (!remark.isEmpty() && Character.isUpperCase(remark.charAt(0))) {
                        parts.add(remark);
                    }
                }
                if (parts.size() > 1) {
                    parts.forEach(part -> index(byPart, Scripts.fold(part), place));
                }
                if (albanian) {
                    wholes.forEach(whole -> index(byInflection, inflectionKey(Scripts.fold(whole)), place));
                    parts.forEach(part -> index(byInflection, inflectionKey(Scripts.fold(part)), place));
                }
            }
        }
    }

    /** The bundled gazetteer. */
    public static Gazetteer load() {
        return load(List.of());
    }

    /**
     * The bundled gazetteer extended by {@code extraFiles}, in order: a later entry with an id already loaded
     * replaces the earlier one.
     *
     * @throws IllegalArgumentException if a file does not start with {@link #HEADER} or has a bad row
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Gazetteer load(List<Path> extraFiles) {
        Map<String, Place> entries = new LinkedHashMap<>();
        InputStream bundled = Gazetteer.class.getResourceAsStream(BUNDLED);
        if (bundled == null) {
            throw new IllegalStateException("bundled gazetteer missing from the class path: " + BUNDLED);
        }
        try (Reader reader = new InputStreamReader(bundled, StandardCharsets.UTF_8)) {
            read(reader, BUNDLED).forEach(place -> entries.put(place.id(), place));
            for (Path file : extraFiles) {
                try (Reader extra = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    read(extra, file.toString()).forEach(place -> entries.put(place.id(), place));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer", e);
        }
        return new Gazetteer(new ArrayList<>(entries.values()));
    }

    /** A gazetteer of exactly these places. */
    public static Gazetteer of(List<Place> places) {
        return new Gazetteer(places);
    }

    /** Every place, in file order. */
    public List<Place> places() {
        return places;
    }

    /** The place with this id, case-insensitively. */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The place {@code text} names (an id or a name in any script), or an unverified place in
     * {@code country}.
     *
     * @param country the country the place was reported in, or the reporting country: it breaks ties and
     *     prefixes the id of an unverified place; null if unknown
     * @throws NormalisationException only if {@code text} is blank
     */
    public PlaceMatch match(String text, @Nullable CountryCode country) {
        return match(text, country, null, null);
    }

    /** The nearest place within {@value #DEFAULT_RADIUS_KM} km, or an unverified place at these coordinates. */
    public PlaceMatch match(double lat, double lon, @Nullable CountryCode country) {
        return match(null, country, lat, lon);
    }

    /**
     * The place reported by name and/or coordinates: the name decides when it matches (the coordinates then
     * only break ties), otherwise the nearest place within {@value #DEFAULT_RADIUS_KM} km, otherwise an
     * unverified place with the reported name and coordinates.
     *
     * @throws NormalisationException if there is neither a name nor coordinates
     */
    public PlaceMatch match(
            @Nullable String text, @Nullable CountryCode country, @Nullable Double lat, @Nullable Double lon) {
        boolean hasName = text != null && !text.isBlank();
        boolean hasPoint = lat != null && lon != null;
        if (!hasName && !hasPoint) {
            throw new NormalisationException(
                    "place", text == null ? "" : text, "expected a place name, a gazetteer id or coordinates");
        }
        if (hasName) {
            PlaceMatch found = matchName(text, country, lat, lon);
            if (found != null) {
                return found;
            }
        }
        if (hasPoint) {
            Optional<PlaceMatch> near = nearest(lat, lon, DEFAULT_RADIUS_KM);
            if (near.isPresent()) {
                return near.get();
            }
        }
        return unverified(hasName ? text.strip() : null, country, lat, lon);
    }

    /** The place nearest to the coordinates within {@code radiusKm}, matched by {@code coordinates}. */
    public Optional<PlaceMatch> nearest(double lat, double lon, double radiusKm) {
        double maxDegrees = radiusKm / KM_PER_DEGREE;
        Place best = null;
        double bestKm = Double.MAX_VALUE;
        for (Place place : places) {
            if (Math.abs(place.lat() - lat) > maxDegrees) {
                continue; // cheaper than the haversine, and a degree of latitude is never shorter
            }
            double km = distanceKm(lat, lon, place.lat(), place.lon());
            if (km <= radiusKm && km < bestKm) {
                best = place;
                bestKm = km;
            }
        }
        return Optional.ofNullable(best).map(place -> PlaceMatch.of(place, "coordinates"));
    }

    /** Great-circle distance in kilometres (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private @Nullable PlaceMatch matchName(
            String text, @Nullable CountryCode country, @Nullable Double lat, @Nullable Double lon) {
        Place place = byId.get(text.strip().toUpperCase(Locale.ROOT));
        if (place != null) {
            return PlaceMatch.of(place, "id");
        }
        String folded = Scripts.fold(text);
        PlaceMatch found = matchFolded(folded, country, lat, lon);
        if (found != null) {
            return found;
        }
        for (String word : CROSSING_WORDS) {
            if (folded.startsWith(word)) {
                return matchFolded(folded.substring(word.length()), country, lat, lon);
            }
        }
        return null;
    }

    private @Nullable PlaceMatch matchFolded(
            String folded, @Nullable CountryCode country, @Nullable Double lat, @Nullable Double lon) {
        List<Place> candidates = byName.get(folded);
        if (candidates != null) {
            return PlaceMatch.of(best(candidates, country, lat, lon), "name");
        }
        candidates = byPart.get(folded);
        if (candidates != null) {
            return PlaceMatch.of(best(candidates, country, lat, lon), "name-part");
        }
        candidates = byInflection.get(inflectionKey(folded));
        if (candidates != null) {
            return PlaceMatch.of(best(candidates, country, lat, lon), "name-inflection");
        }
        return null;
    }

    private static Place best(
            List<Place> candidates, @Nullable CountryCode country, @Nullable Double lat, @Nullable Double lon) {
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        Comparator<Place> order = Comparator.comparing(place -> country == null || !place.touches(country));
        if (lat != null && lon != null) {
            order = order.thenComparingDouble(place -> distanceKm(lat, lon, place.lat(), place.lon()));
        }
        return candidates.stream().min(order).orElseThrow(); // min keeps the first of equals: file order
    }

    private static PlaceMatch unverified(
            @Nullable String name, @Nullable CountryCode country, @Nullable Double lat, @Nullable Double lon) {
        String slug = name == null ? "" : slug(name);
        if (slug.isEmpty()) {
            slug = lat != null && lon != null ? String.format(Locale.ROOT, "%.3f_%.3f", lat, lon) : "unnamed";
        }
        String id = (country == null ? "" : country.code() + "-") + "U-" + slug;
        return new PlaceMatch(
                id, name == null ? id : name, PlaceMatch.UNVERIFIED_KIND, country, null, lat, lon, false, "unverified");
    }

    private static String slug(String name) {
        String slug = Scripts.fold(name).replace(' ', '-');
        return slug.length() <= MAX_SLUG_LENGTH ? slug : slug.substring(0, MAX_SLUG_LENGTH);
    }

    /**
     * Each word without its Albanian ending: a final a, e (ë), i or u, then an e (ë) before the last consonant;
     * words shorter than four letters are kept.
     */
    static String inflectionKey(String folded) {
        StringBuilder key = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            if (word.length() < 4) {
                key.append(word);
                continue;
            }
            String w =
                    "aeiu".indexOf(word.charAt(word.length() - 1)) >= 0 ? word.substring(0, word.length() - 1) : word;
            int n = w.length();
            if (n >= 3 && w.charAt(n - 2) == 'e' && "aeiouy".indexOf(w.charAt(n - 1)) < 0) {
                w = w.substring(0, n - 2) + w.charAt(n - 1);
            }
            key.append(w);
        }
        return key.toString();
    }

    private static void index(Map<String, List<Place>> index, String key, Place place) {
        if (key.isEmpty()) {
            return;
        }
        List<Place> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(place)) {
            list.add(place);
        }
    }

    private static List<Place> read(Reader source, String origin) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String header = reader.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || !parseCsvLine(header).equals(HEADER)) {
            throw new IllegalArgumentException(origin + ": gazetteer header must be " + String.join(",", HEADER));
        }
        List<Place> places = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = parseCsvLine(line);
            try {
                if (f.size() != HEADER.size()) {
                    throw new IllegalArgumentException("expected " + HEADER.size() + " columns, got " + f.size());
                }
                if (f.get(0).isBlank() || f.get(1).isBlank()) {
                    throw new IllegalArgumentException("id and name are required");
                }
                places.add(new Place(
                        f.get(0).strip(),
                        f.get(1).strip(),
                        f.get(2).strip(),
                        f.get(3).strip(),
                        CountryCode.of(f.get(4).strip()),
                        f.get(5).isBlank() ? null : CountryCode.of(f.get(5).strip()),
                        Double.parseDouble(f.get(6).strip()),
                        Double.parseDouble(f.get(7).strip()),
                        f.get(8).strip(),
                        f.get(9).strip()));
            } catch (IllegalArgumentException e) { // includes NumberFormatException
                throw new IllegalArgumentException(origin + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return places;
    }

    /** One RFC 4180 line: fields separated by commas, optionally in double quotes with {@code ""} for a quote. */
    static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
