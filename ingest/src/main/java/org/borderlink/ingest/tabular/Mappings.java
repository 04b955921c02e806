package org.borderlink.ingest.tabular;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.sharing.Marking;
import org.borderlink.ingest.report.ReportMarking;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads column mappings: the YAML files agencies' exports are described in, checked as strictly as the canonical
 * report (an unknown key, a misspelt field, a dictionary value the field does not accept are errors, all listed at
 * once). Mappings are found by name among the files of a configured directory, then among those Borderlink ships
 * ({@link #BUNDLED}); or loaded from any file. docs/ingest.md describes the language with a complete example.
 */
public final class Mappings {

    /** The mappings shipped in {@code src/main/resources/mappings/}. */
    public static final List<String> BUNDLED = List.of("rs-mup", "ba-gp", "al-asp", "mk-mvr");

    /** Mapping names: what the drop folder recognises at the start of a file name. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private static final Pattern TARGET = Pattern.compile("([a-z]+)(?:\\[(\\d{1,2})])?\\.([A-Za-z.]+)");
    private static final Pattern GRADING = Pattern.compile("[ABCX][1-4]");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final String DEFAULT_SPLIT = ",;";
    private static final int MAX_INDEX = 50;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Values values;
    private final @Nullable Path directory;

    /**
     * @param directory where a deployment keeps its own mappings ({@code NAME.yaml}); null for the bundled only
     */
    public Mappings(Values values, @Nullable Path directory) {
        this.values = values;
        this.directory = directory;
    }

    /** The bundled mappings only. */
    public Mappings(Values values) {
        this(values, null);
    }

    /** A mapping file. */
    public TabularMapping load(Path file) throws MappingException, IOException {
        return parse(Files.readAllBytes(file), file.getFileName().toString());
    }

    /** A mapping by name (deployment directory first, then bundled), or, if it names a file, that file. */
    public TabularMapping resolve(String nameOrPath) throws MappingException, IOException {
        if (NAME.matcher(nameOrPath).matches()) {
            TabularMapping named = findNamed(nameOrPath);
            if (named != null) return named;
        }
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) return load(file);
        throw new MappingException(
                List.of("no mapping named '" + nameOrPath + "'; known: " + String.join(", ", names())));
    }

    /** The mapping called {@code name}, or null if there is none. */
    public @Nullable TabularMapping findNamed(String name) throws MappingException, IOException {
        if (!NAME.matcher(name).matches()) return null;
        if (directory != null) {
            Path file = directory.resolve(name + ".yaml");
            if (Files.isRegularFile(file)) return load(file);
        }
        if (BUNDLED.contains(name)) {
            try (InputStream in = Mappings.class.getResourceAsStream("/mappings/" + name + ".yaml")) {
                if (in == null) throw new IllegalStateException("bundled mapping " + name + " is missing");
                return parse(in.readAllBytes(), name + ".yaml");
            }
        }
        return null;
    }

    /** Every mapping name this instance can find. */
    public List<String> names() {
        Set<String> names = new TreeSet<>(BUNDLED);
        if (directory != null && Files.isDirectory(directory)) {
            try (var files = Files.list(directory)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml"))
                        .map(n -> n.substring(0, n.length() - 5))
                        .filter(n -> NAME.matcher(n).matches())
                        .forEach(names::add);
            } catch (IOException e) {
                // an unreadable directory has no names to offer; loading by name reports the real error
            }
        }
        return List.copyOf(names);
    }

    /** Parses and checks a mapping held in memory (an upload). */
    public TabularMapping parse(byte[] yaml, String source) throws MappingException {
        MappingFile file;
        try {
            file = YAML.readValue(yaml, MappingFile.class);
        } catch (JacksonException e) {
            throw new MappingException(List.of(source + yamlProblem(e, new String(yaml, StandardCharsets.UTF_8))));
        }
        if (file == null) throw new MappingException(List.of(source + ": the mapping is empty"));
        return new Check(source, file).mapping();
    }

    // ---- the YAML as written ----------------------------------------------------------------------------

    record MappingFile(
            String name,
            @Nullable String description,
            String format,
            @Nullable String encoding,
            @Nullable String delimiter,
            @Nullable String sheet,
            @Nullable Integer headerRow,
            String rows,
            DefaultsFile defaults,
            @Nullable List<String> dateFormats,
            List<ColumnFile> columns,
            @Nullable Map<String, Map<String, String>> dictionaries,
            @Nullable List<String> ignore) {}

    record DefaultsFile(
            String agency,
            @Nullable String country,
            @Nullable String type,
            @Nullable MarkingFile marking,
            @Nullable String grading,
            @Nullable Integer version,
            @Nullable String narrativeLanguage,
            @Nullable String currency) {}

    record MarkingFile(
            String tlp, String handling, @Nullable List<String> releasableTo) {}

    record ColumnFile(
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable
            List<String> header,

            @Nullable Integer position,
            @Nullable String value,
            String field,
            @Nullable String values,
            @Nullable Boolean required,
            @Nullable String split,

            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable
            List<String> dateFormats) {}

    private static String yamlProblem(JacksonException e, String yaml) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        if (e instanceof UnrecognizedPropertyException u) line = keyLine(yaml, u.getPropertyName(), line);
        String where = line < 0 ? "" : " line " + line;
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null
                    ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
            return where + ": unknown key '" + u.getPropertyName() + "'"
                    + (known.isEmpty() ? "" : "; expected one of " + String.join(", ", known));
        }
        String message = String.valueOf(e.getOriginalMessage())
                .replaceAll("\\(class [^)]*\\)", "")
                .replaceAll("`?org\\.borderlink\\.[\\w.$]+`?", "a mapping entry")
                .replaceAll("\\s+", " ")
                .strip();
        if (e instanceof MismatchedInputException && !e.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference ref : e.getPath()) {
                if (ref.getPropertyName() != null)
                    path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                else if (ref.getIndex() >= 0)
                    path.append('[').append(ref.getIndex()).append(']');
            }
            message = path + ": " + message;
        }
        if (message.length() > 300) message = message.substring(0, 300) + "…";
        return where + ": " + message;
    }

    /**
     * The line of an unknown key: Jackson reports records' unknown properties where the entry ends, so the key is
     * looked for on the lines up to there, nearest first.
     */
    private static int keyLine(String yaml, String key, int reported) {
        String[] lines = yaml.split("\n", -1);
        Pattern keyPattern = Pattern.compile("^\\s*(?:-\\s+)?" + Pattern.quote(key) + "\\s*:");
        for (int i = Math.min(lines.length, reported > 0 ? reported : lines.length) - 1; i >= 0; i--) {
            if (keyPattern.matcher(lines[i]).find()) return i + 1;
        }
        return reported;
    }

    // ---- checking ------------------------------------------------------------------------------------------

    /** One check of one mapping file: every problem is collected before anything is refused. */
    private final class Check {
        private final String source;
        private final MappingFile file;
        private final List<String> problems = new ArrayList<>();

        Check(String source, MappingFile file) {
            this.source = source;
            this.file = file;
        }

        private void problem(String where, String message) {
            problems.add(source + ": " + where + ": " + message);
        }

        TabularMapping mapping() throws MappingException {
            String name = file.name();
            if (name == null || !NAME.matcher(name).matches()) {
                problem(
                        "name",
                        "'" + name + "' is not a mapping name: lower-case letters, digits and '-', e.g. rs-mup");
            }
            TabularMapping.Format format = format();
            Charset charset = null;
            Character delimiter = null;
            if (file.encoding() != null && !file.encoding().equalsIgnoreCase("auto")) {
                if (format == TabularMapping.Format.XLSX) problem("encoding", "only a CSV mapping has an encoding");
                charset = charset(file.encoding());
            }
            if (file.delimiter() != null && !file.delimiter().equalsIgnoreCase("auto")) {
                if (format == TabularMapping.Format.XLSX) problem("delimiter", "only a CSV mapping has a delimiter");
                delimiter = delimiter(file.delimiter());
            }
            if (file.sheet() != null && format == TabularMapping.Format.CSV) {
                problem("sheet", "only an XLSX mapping has a sheet");
            }
            int headerRow = file.headerRow() == null ? 1 : file.headerRow();
            if (headerRow < 1) problem("headerRow", "must be 1 or more, was " + headerRow);
            TabularMapping.Rows rows = rows();
            TabularMapping.Defaults defaults = defaults();
            List<DateFormat> dateFormats = dateFormats("dateFormats", file.dateFormats());
            Map<String, Dictionary> dictionaries = dictionaries();
            List<TabularMapping.Column> columns = columns(dateFormats, dictionaries);
            completeness(columns, defaults);
            Set<String> ignored = new LinkedHashSet<>();
            if (file.ignore() != null) file.ignore().forEach(h -> ignored.add(TabularMapping.headerKey(h)));
            if (!problems.isEmpty()) throw new MappingException(problems);
            return new TabularMapping(
                    name,
                    source,
                    file.description(),
                    format,
                    charset,
                    delimiter,
                    file.sheet(),
                    headerRow,
                    rows,
                    defaults,
                    columns,
                    ignored);
        }

        private TabularMapping.Format format() {
            String f = file.format();
            if (f != null) {
                for (TabularMapping.Format format : TabularMapping.Format.values()) {
                    if (format.name().equalsIgnoreCase(f.strip())) return format;
                }
            }
            problem("format", "'" + f + "' is not a format; expected csv or xlsx");
            return TabularMapping.Format.CSV;
        }

        private @Nullable Charset charset(String name) {
            try {
                return Charset.forName(name.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                problem("encoding", "'" + name + "' is not an encoding; use auto, UTF-8, windows-1250 or windows-1251");
                return null;
            }
        }

        private @Nullable Character delimiter(String text) {
            if (text.equalsIgnoreCase("tab") || text.equals("\t") || text.equals("\\t")) return '\t';
            if (text.length() == 1 && text.charAt(0) != '"') return text.charAt(0);
            problem(
                    "delimiter",
                    "'" + text + "' is not a delimiter; use auto, one character such as ';' or ',', or tab");
            return null;
        }

        private TabularMapping.Rows rows() {
            String r = file.rows();
            if (r != null) {
                for (TabularMapping.Rows rows : TabularMapping.Rows.values()) {
                    if (rows.name().equals(r.strip())) return rows;
                }
            }
            problem("rows", "'" + r + "' is not a row layout; expected PER_PERSON or PER_CASE");
            return TabularMapping.Rows.PER_PERSON;
        }

        private TabularMapping.Defaults defaults() {
            DefaultsFile d = file.defaults();
            if (d == null) {
                problem("defaults", "missing: a mapping names at least the agency whose reports the file holds");
                return new TabularMapping.Defaults(AgencyId.of("XK-NONE"), "XK", null, null, null, 1, null, null);
            }
            AgencyId agency = AgencyId.of("XK-NONE");
            if (d.agency() == null || !AgencyId.isValid(d.agency())) {
                problem("defaults.agency", "'" + d.agency() + "' is not an agency id, e.g. RS-MUP");
            } else {
                agency = AgencyId.of(d.agency());
            }
            String country = d.country() == null ? agency.country().code() : d.country();
            CountryCode normalised = values.country(country);
            if (normalised == null) problem("defaults.country", "'" + country + "' is not a country");
            else if (!normalised.equals(agency.country())) {
                problem("defaults.country", "'" + country + "' is not the agency's country " + agency.country());
            }
            CaseType type = null;
            if (d.type() != null) {
                try {
                    type = CaseType.valueOf(d.type());
                } catch (IllegalArgumentException e) {
                    problem("defaults.type", "'" + d.type() + "' is not a case type; expected SOM, THB or MIXED");
                }
            }
            ReportMarking marking = d.marking() == null ? null : marking(d.marking());
            if (d.grading() != null && !GRADING.matcher(d.grading()).matches()) {
                problem("defaults.grading", "'" + d.grading() + "' is not a grading such as B2");
            }
            int version = d.version() == null ? 1 : d.version();
            if (version < 1) problem("defaults.version", "must be 1 or more, was " + version);
            if (d.narrativeLanguage() != null && !LANGUAGES.contains(d.narrativeLanguage())) {
                problem("defaults.narrativeLanguage", "'" + d.narrativeLanguage() + "' is not an ISO 639-1 code");
            }
            if (d.currency() != null && values.checkCanonical(Field.LEG_CURRENCY, d.currency()) != null) {
                problem("defaults.currency", "'" + d.currency() + "' is not an ISO 4217 currency code");
            }
            return new TabularMapping.Defaults(
                    agency, country, type, marking, d.grading(), version, d.narrativeLanguage(), d.currency());
        }

        private @Nullable ReportMarking marking(MarkingFile m) {
            Tlp tlp = null;
            HandlingCode handling = null;
            try {
                tlp = Tlp.fromLabel(String.valueOf(m.tlp()));
            } catch (IllegalArgumentException e) {
                problem("defaults.marking.tlp", e.getMessage());
            }
            try {
                handling = HandlingCode.valueOf(String.valueOf(m.handling()));
            } catch (IllegalArgumentException e) {
                problem("defaults.marking.handling", "'" + m.handling() + "' is not a handling code H0–H3");
            }
            List<String> releasable = m.releasableTo() == null ? List.of() : m.releasableTo();
            if (tlp == null || handling == null) return null;
            try {
                new Marking(tlp, handling, new TreeSet<>(releasable));
            } catch (IllegalArgumentException e) {
                problem("defaults.marking.releasableTo", e.getMessage());
                return null;
            }
            return new ReportMarking(tlp, handling, releasable);
        }

        private List<DateFormat> dateFormats(String where, @Nullable List<String> patterns) {
            List<DateFormat> formats = new ArrayList<>();
            if (patterns == null) return formats;
            for (String pattern : patterns) {
                try {
                    formats.add(DateFormat.of(pattern));
                } catch (IllegalArgumentException e) {
                    problem(where, e.getMessage());
                }
            }
            return formats;
        }

        private Map<String, Dictionary> dictionaries() {
            Map<String, Dictionary> out = new LinkedHashMap<>();
            if (file.dictionaries() == null) return out;
            file.dictionaries().forEach((name, entries) -> {
                Map<String, String> seen = new HashMap<>();
                Map<String, String> kept = new LinkedHashMap<>();
                (entries == null ? Map.<String, String>of() : entries).forEach((word, value) -> {
                    String key = Dictionary.key(word);
                    String earlier = seen.putIfAbsent(key, word);
                    if (earlier != null) {
                        problem("dictionaries." + name, "'" + word + "' and '" + earlier + "' are the same word");
                    } else if (value == null || value.isBlank()) {
                        problem("dictionaries." + name, "'" + word + "' maps to nothing");
                    } else {
                        kept.put(word, value.strip());
                    }
                });
                out.put(name, new Dictionary(name, kept));
            });
            return out;
        }

        private List<TabularMapping.Column> columns(
                List<DateFormat> dateFormats, Map<String, Dictionary> dictionaries) {
            List<TabularMapping.Column> columns = new ArrayList<>();
            if (file.columns() == null || file.columns().isEmpty()) {
                problem("columns", "missing: a mapping maps at least the case reference");
                return columns;
            }
            Set<String> usedDictionaries = new LinkedHashSet<>();
            for (int i = 0; i < file.columns().size(); i++) {
                ColumnFile c = file.columns().get(i);
                String where = "columns[" + (i + 1) + "]";
                if (c == null) {
                    problem(where, "empty entry");
                    continue;
                }
                int ways = (c.header() != null && !c.header().isEmpty() ? 1 : 0)
                        + (c.position() != null ? 1 : 0)
                        + (c.value() != null ? 1 : 0);
                if (ways != 1) {
                    problem(
                            where,
                            "give exactly one of header (the column's header text), position (its number,"
                                    + " from 1) or value (a constant)");
                }
                if (c.position() != null && c.position() < 1) problem(where, "position must be 1 or more");
                if (c.header() != null && c.header().stream().anyMatch(h -> h == null || h.isBlank())) {
                    problem(where, "a header text is blank");
                }
                if (c.field() == null) {
                    problem(where, "missing field");
                    continue;
                }
                Matcher m = TARGET.matcher(c.field().strip());
                Field field = null;
                int index = 1;
                if (m.matches()) {
                    field = Field.byPath(m.group(1) + "." + m.group(3)).orElse(null);
                    index = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                }
                if (field == null) {
                    problem(
                            where,
                            "unknown field '" + c.field() + "'; fields are listed in docs/ingest.md, e.g."
                                    + " report.reference, incident.date, person.name, person[2].role");
                    continue;
                }
                where = where + " (" + c.field() + ")";
                if (index < 1 || index > MAX_INDEX) problem(where, "the index must be between 1 and " + MAX_INDEX);
                if (index > 1 && field.entity() == Field.Entity.REPORT) {
                    problem(where, "a report has one " + field.path() + "; it takes no index");
                }
                Dictionary dictionary = null;
                if (c.values() != null) {
                    dictionary = dictionaries.get(c.values());
                    usedDictionaries.add(c.values());
                    if (dictionary == null) {
                        problem(where, "no dictionary '" + c.values() + "' under dictionaries");
                    } else if (!dictionaryKinds().contains(field.kind())) {
                        problem(
                                where,
                                field.path() + " is a " + field.kind().name().toLowerCase(Locale.ROOT)
                                        + " field; dictionaries feed text, countries, closed value sets, yes/no, languages"
                                        + " and currencies");
                        dictionary = null;
                    } else {
                        for (Map.Entry<String, String> e : dictionary.entries().entrySet()) {
                            for (String value :
                                    field.list() ? split(e.getValue(), DEFAULT_SPLIT) : List.of(e.getValue())) {
                                String wrong = values.checkCanonical(field, value);
                                if (wrong != null) {
                                    problem("dictionaries." + dictionary.name() + " '" + e.getKey() + "'", wrong);
                                }
                            }
                        }
                    }
                }
                if (c.split() != null && !field.list()) {
                    problem(where, field.path() + " holds one value; split is for list fields");
                }
                List<DateFormat> formats = dateFormats;
                if (c.dateFormats() != null) {
                    if (field.kind() != Field.Kind.DATE) problem(where, "dateFormats are for date fields");
                    formats = dateFormats(where + ".dateFormats", c.dateFormats());
                }
                if (c.value() != null) {
                    if (field == Field.REFERENCE) {
                        problem(
                                where,
                                "the case reference must come from a column: a constant would make one case"
                                        + " of the whole file");
                    }
                    try {
                        values.convert(field, c.value(), dictionary, formats);
                    } catch (ValueProblem e) {
                        problem(where, e.getMessage());
                    }
                }
                columns.add(new TabularMapping.Column(
                        i + 1,
                        c.header() == null ? List.of() : c.header(),
                        c.position(),
                        c.value(),
                        field,
                        index,
                        dictionary,
                        Boolean.TRUE.equals(c.required()) || field == Field.REFERENCE,
                        c.split() == null ? DEFAULT_SPLIT : c.split(),
                        formats));
            }
            if (file.dictionaries() != null) {
                for (String name : file.dictionaries().keySet()) {
                    if (!usedDictionaries.contains(name)) problem("dictionaries." + name, "no column uses it");
                }
            }
            Map<String, Integer> fedBy = new HashMap<>();
            for (TabularMapping.Column column : columns) {
                Integer earlier = fedBy.putIfAbsent(column.target(), column.number());
                boolean joinable = column.field().kind() == Field.Kind.TEXT
                        || column.field().list();
                if (earlier != null && !joinable) {
                    problem(
                            "columns[" + column.number() + "] (" + column.target() + ")",
                            "also fed by columns[" + earlier
                                    + "]; only text and list fields may be fed by several columns");
                }
            }
            return columns;
        }

        /** Fields a report cannot do without, and fields that only make sense with others. */
        private void completeness(List<TabularMapping.Column> columns, TabularMapping.Defaults defaults) {
            Set<String> fed = new LinkedHashSet<>();
            Set<String> fromColumns = new LinkedHashSet<>();
            for (TabularMapping.Column c : columns) {
                fed.add(c.target());
                if (c.constant() == null) fromColumns.add(c.target());
            }
            if (!fromColumns.contains("report.reference")) {
                problem("columns", "no column feeds report.reference: every case needs the agency's reference");
            }
            if (!fed.contains("report.reportedOn") && !fed.contains("incident.date")) {
                problem("columns", "nothing feeds report.reportedOn (or incident.date, used when it is missing)");
            }
            if (!fed.contains("report.type") && defaults.type() == null) {
                problem("defaults.type", "missing, and no column feeds report.type");
            }
            boolean markingWritten = file.defaults() != null && file.defaults().marking() != null;
            if (!markingWritten && !(fed.contains("report.tlp") && fed.contains("report.handling"))) {
                problem("defaults.marking", "missing, and no columns feed report.tlp and report.handling");
            }
            if (defaults.grading() == null && !fed.contains("report.grading")) {
                problem("defaults.grading", "missing, and no column feeds report.grading");
            }
            if (fed.contains("report.narrative")
                    && defaults.narrativeLanguage() == null
                    && !fed.contains("report.narrativeLanguage")) {
                problem(
                        "defaults.narrativeLanguage",
                        "a narrative needs its language: give it here or map" + " report.narrativeLanguage");
            }
            Set<String> prefixes = new TreeSet<>();
            for (String target : fed) {
                int dot = target.indexOf('.');
                prefixes.add(target.substring(0, dot));
            }
            for (String prefix : prefixes) {
                if (prefix.startsWith("person")) {
                    needs(
                            fed,
                            prefix,
                            "role",
                            prefix + " has no role: map " + prefix + ".role or give it as a"
                                    + " constant (value: DRIVER)");
                    together(
                            fed,
                            prefix,
                            "vehicle.plate",
                            "vehicle.country",
                            "vehicle.make",
                            "vehicle.colour",
                            "vehicle.concealment");
                    together(fed, prefix, "document.type", "document.number");
                    together(fed, prefix, "document.number", "document.type", "document.issuer", "document.status");
                    together(fed, prefix, "online.platform", "online.handle");
                    together(fed, prefix, "online.handle", "online.platform");
                    together(fed, prefix, "account.kind", "account.identifier");
                    together(fed, prefix, "account.identifier", "account.kind", "account.provider");
                    together(fed, prefix, "organisation", "organisation.kind");
                    together(fed, prefix, "outcome", "outcomeDate", "sentenceMonths");
                    together(fed, prefix, "phone", "imei");
                } else if (prefix.startsWith("incident")) {
                    needs(
                            fed,
                            prefix,
                            "kind",
                            prefix + " has no kind: map " + prefix + ".kind or give it as a"
                                    + " constant (value: INTERCEPTION)");
                    together(fed, prefix, "lat", "lon");
                    together(fed, prefix, "lon", "lat");
                } else if (prefix.startsWith("leg")) {
                    needs(fed, prefix, "from", prefix + " needs " + prefix + ".from and " + prefix + ".to");
                    needs(fed, prefix, "to", prefix + " needs " + prefix + ".from and " + prefix + ".to");
                }
            }
        }

        /** {@code prefix.first} must be fed when any of {@code prefix.others} is. */
        private void together(Set<String> fed, String prefix, String first, String... others) {
            for (String other : others) {
                if (fed.contains(prefix + "." + other) && !fed.contains(prefix + "." + first)) {
                    problem("columns", prefix + "." + other + " needs " + prefix + "." + first);
                    return;
                }
            }
        }

        private void needs(Set<String> fed, String prefix, String attribute, String message) {
            if (!fed.contains(prefix + "." + attribute)) problem("columns", message);
        }
    }

    private static Set<Field.Kind> dictionaryKinds() {
        return Set.of(
                Field.Kind.TEXT,
                Field.Kind.COUNTRY,
                Field.Kind.CHOICE,
                Field.Kind.BOOLEAN,
                Field.Kind.LANGUAGE,
                Field.Kind.CURRENCY);
    }

    static List<String> split(String text, String separators) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (separators.indexOf(c) >= 0) {
                if (!current.toString().isBlank()) parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) parts.add(current.toString().strip());
        return parts;
    }
}
