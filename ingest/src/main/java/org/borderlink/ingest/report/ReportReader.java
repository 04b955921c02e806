package org.borderlink.ingest.report;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads case reports from one JSON object, a JSON array of objects, NDJSON (one object per line), several
 * JSON objects one after another, or a directory of {@code .json}, {@code .ndjson} and {@code .jsonl} files
 * (read in name order). Input is UTF-8 and is streamed: only one report is held in memory at a time.
 *
 * <p>Every element is returned with its index, file and line, either bound ({@link ReadResult.Parsed}) or
 * with its problems ({@link ReadResult.Failed}); a bad element never stops the good ones after it, except
 * where the JSON itself is broken inside an array or a multi-line object, which the reader cannot step over:
 * it then reports where and stops reading that file. NDJSON is the robust bulk format: a broken line costs
 * only that line.
 *
 * <p>How the format is chosen: files named {@code *.ndjson} or {@code *.jsonl} are NDJSON; otherwise input
 * starting with {@code [} is an array, and input starting with <code>{</code> is NDJSON when its first line
 * is a whole JSON value (or is broken for another reason than ending early), and one or more multi-line
 * objects otherwise.
 */
public final class ReportReader {

    /** Binding passes per report before the reader gives up listing further problems. */
    private static final int MAX_BINDING_ATTEMPTS = 50;

    private static final List<String> LINE_EXTENSIONS = List.of(".ndjson", ".jsonl");
    private static final List<String> EXTENSIONS = List.of(".json", ".ndjson", ".jsonl");

    private final ReportLimits limits;
    private final JsonMapper mapper;
    private final ObjectReader binder;

    public ReportReader() {
        this(ReportLimits.DEFAULTS);
    }

    public ReportReader(ReportLimits limits) {
        this.limits = limits;
        this.mapper = ReportJson.mapper(limits);
        this.binder = mapper.readerFor(CaseReport.class);
    }

    public ReportLimits limits() {
        return limits;
    }

    /**
     * Reads a file, or every input file of a directory in name order. The stream is lazy and holds files
     * open: close it (try-with-resources).
     *
     * @throws IOException when the file or directory cannot be opened; later I/O errors surface as {@link
     *     UncheckedIOException}
     */
    public Stream<ReadResult> read(Path path) throws IOException {
        AtomicInteger counter = new AtomicInteger();
        if (Files.isDirectory(path)) {
            return inputFiles(path).stream().flatMap(file -> {
                try {
                    return open(file, counter);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return open(path, counter);
    }

    /**
     * Reads a stream, e.g. an HTTP request body. {@code sourceName} names it in results and, by its extension,
     * may declare it NDJSON ({@code upload.ndjson}). Closing the returned stream closes {@code in}.
     */
    public Stream<ReadResult> read(InputStream in, String sourceName) {
        return stream(in, sourceName, new AtomicInteger());
    }

    /** The files {@link #read(Path)} reads from a directory: {@code .json}, {@code .ndjson}, {@code .jsonl}, by name. */
    public static List<Path> inputFiles(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> hasExtension(f.getFileName().toString(), EXTENSIONS))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        }
    }

    private Stream<ReadResult> open(Path file, AtomicInteger counter) throws IOException {
        return stream(Files.newInputStream(file), file.getFileName().toString(), counter);
    }

    private Stream<ReadResult> stream(InputStream in, String source, AtomicInteger counter) {
        Elements elements = new Elements(in, source, counter);
        Spliterator<ReadResult> spliterator =
                new Spliterators.AbstractSpliterator<ReadResult>(
                        Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super ReadResult> action) {
                        ReadResult next = elements.next();
                        if (next == null) return false;
                        action.accept(next);
                        return true;
                    }
                };
        return StreamSupport.stream(spliterator, false).onClose(elements::close);
    }

    private static boolean hasExtension(String name, List<String> extensions) {
        String lower = name.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    private enum Mode {
        /** Nothing but whitespace. */
        EMPTY,
        /** NDJSON. */
        LINES,
        /** One JSON array of reports. */
        ARRAY,
        /** One or more JSON values one after another (a single, possibly pretty-printed, report). */
        VALUES
    }

    /** The elements of one input, read one at a time. */
    private final class Elements implements Closeable {

        private final BufferedInputStream in;
        private final String source;
        private final AtomicInteger counter;
        private @Nullable Mode mode;
        private @Nullable LineSplitter lines;
        private @Nullable JsonParser parser;
        private boolean done;

        Elements(InputStream in, String source, AtomicInteger counter) {
            this.in = new BufferedInputStream(in, 64 * 1024);
            this.source = source;
            this.counter = counter;
        }

        @Nullable
        ReadResult next() {
            if (done) return null;
            try {
                if (mode == null) mode = detect();
                return switch (mode) {
                    case EMPTY -> {
                        done = true;
                        yield failed(
                                counter.getAndIncrement(), 1, Problem.ROOT, "the input holds no report: it is empty");
                    }
                    case LINES -> nextLine();
                    case ARRAY, VALUES -> nextValue();
                };
            } catch (IOException e) {
                done = true;
                throw new UncheckedIOException("cannot read " + source, e);
            } catch (JacksonIOException e) {
                done = true;
                throw new UncheckedIOException(
                        "cannot read " + source, e.getCause() instanceof IOException io ? io : new IOException(e));
            }
        }

        /** Looks at the start of the input (at most one report's worth of bytes) and goes back to it. */
        private Mode detect() throws IOException {
            int markLimit = limits.maxReportBytes() + 8;
            in.mark(markLimit);
            try {
                int read = 0;
                int first = -1;
                while (read < markLimit - 1) {
                    int b = in.read();
                    if (b < 0) break;
                    read++;
                    boolean bom = read <= 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
                    if (bom || b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
                    first = b;
                    break;
                }
                if (first < 0) return read < markLimit - 1 ? Mode.EMPTY : Mode.VALUES;
                if (hasExtension(source, LINE_EXTENSIONS)) return Mode.LINES;
                if (first == '[') return Mode.ARRAY;
                if (first != '{') return Mode.VALUES;
                ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
                firstLine.write(first);
                while (true) {
                    if (read >= markLimit - 1) return Mode.LINES; // a first line longer than any report
                    int b = in.read();
                    if (b < 0 || b == '\n') break;
                    read++;
                    firstLine.write(b);
                }
                return isWholeValueOrBroken(firstLine.toByteArray()) ? Mode.LINES : Mode.VALUES;
            } finally {
                in.reset();
            }
        }

        private boolean isWholeValueOrBroken(byte[] line) {
            try {
                mapper.readTree(line);
                return true;
            } catch (UnexpectedEndOfInputException e) {
                return false;
            } catch (JacksonException e) {
                return true;
            }
        }

        private @Nullable ReadResult nextLine() throws IOException {
            if (lines == null) lines = new LineSplitter(in, limits.maxReportBytes());
            while (true) {
                LineSplitter.Line line = lines.next();
                if (line == null) {
                    done = true;
                    return null;
                }
                if (line.blank()) continue;
                int index = counter.getAndIncrement();
                byte[] bytes = line.bytes();
                if (bytes == null) return failed(index, line.number(), Problem.ROOT, tooLarge(line.length()));
                JsonNode node;
                try {
                    node = mapper.readTree(bytes);
                } catch (JacksonIOException e) {
                    throw e;
                } catch (StreamReadException e) {
                    return failed(index, line.number(), Problem.ROOT, malformed(e, line.number() - 1));
                } catch (JacksonException e) {
                    return failed(index, line.number(), treePath(e, false), treeMessage(e));
                }
                return bind(index, line.number(), node);
            }
        }

        private @Nullable ReadResult nextValue() {
            JsonParser p = parser;
            int baseDepth = mode == Mode.ARRAY ? 1 : 0;
            if (p == null) {
                p = parser = mapper.createParser(in);
                if (mode == Mode.ARRAY) p.nextToken(); // the '[' that detect() saw
            }
            long line = p.currentLocation().getLineNr();
            JsonToken token;
            try {
                token = p.nextToken();
                if (token == null || (mode == Mode.ARRAY && token == JsonToken.END_ARRAY)) {
                    done = true;
                    if (token != null && p.nextToken() != null) {
                        return failed(
                                counter.getAndIncrement(),
                                p.currentTokenLocation().getLineNr(),
                                Problem.ROOT,
                                "unexpected content after the ']' that closes the list of reports");
                    }
                    return null;
                }
            } catch (JacksonIOException e) {
                throw e;
            } catch (JacksonException e) {
                done = true;
                return failed(counter.getAndIncrement(), line, Problem.ROOT, fatal(e));
            }
            int index = counter.getAndIncrement();
            TokenStreamLocation start = p.currentTokenLocation();
            line = start.getLineNr();
            JsonNode node;
            try {
                node = p.readValueAsTree();
            } catch (JacksonIOException e) {
                throw e;
            } catch (StreamReadException e) {
                done = true;
                return failed(index, line, Problem.ROOT, fatal(e));
            } catch (JacksonException e) {
                // well-formed JSON the tree refused (a duplicate field): skip the rest of this element
                if (!skipTo(p, baseDepth)) done = true;
                return failed(index, line, treePath(e, mode == Mode.ARRAY), treeMessage(e));
            }
            long bytes = p.currentLocation().getByteOffset() - start.getByteOffset();
            if (bytes > limits.maxReportBytes()) return failed(index, line, Problem.ROOT, tooLarge(bytes));
            return bind(index, line, node);
        }

        private boolean skipTo(JsonParser p, int depth) {
            try {
                while (p.streamReadContext().getNestingDepth() > depth) {
                    if (p.nextToken() == null) return false;
                }
                return true;
            } catch (JacksonException e) {
                return false;
            }
        }

        /**
         * Binds a tree to a report. Most problems are collected in one pass by the {@link ProblemCollector}; the
         * few Jackson can only throw (a null in a list, text where a number belongs) are written down, the
         * offending value is cut out of the tree, and binding is tried again, so one report's problems are
         * all listed at once.
         */
        private ReadResult bind(int index, long line, JsonNode node) {
            if (!(node instanceof ObjectNode original)) {
                return failed(
                        index,
                        line,
                        Problem.ROOT,
                        "expected a case report (a JSON object) but found " + Describe.found(node));
            }
            List<Problem> thrown = new ArrayList<>();
            ObjectNode tree = original;
            // Jackson cannot tell an explicit null from an absent field of a record, so nulls are refused here.
            List<List<Object>> nulls = new ArrayList<>();
            findNulls(original, List.of(), nulls);
            if (!nulls.isEmpty()) {
                tree = original.deepCopy();
                for (List<Object> at : nulls) {
                    String path = JsonPaths.of(at);
                    String field = JsonPaths.field(path);
                    thrown.add(new Problem(
                            index,
                            path,
                            at.getLast() instanceof Integer
                                    ? "null is not allowed in " + field
                                    : "null is not allowed for " + field + "; leave the field out when it is unknown"));
                    cutOut(tree, at);
                }
            }
            List<Problem> collected = new ArrayList<>();
            for (int attempt = 0; ; attempt++) {
                ProblemCollector.Sink sink = new ProblemCollector.Sink(index);
                try {
                    CaseReport report = binder.withAttribute(ProblemCollector.ATTRIBUTE, sink)
                            .readValue(tree);
                    collected.addAll(sink.problems);
                    if (collected.isEmpty() && thrown.isEmpty() && report != null) {
                        return new ReadResult.Parsed(index, source, line, report);
                    }
                    return new ReadResult.Failed(index, source, line, merge(original, collected, thrown));
                } catch (JacksonException e) {
                    collected.addAll(sink.problems);
                    List<Object> at = segments(e);
                    String path = JsonPaths.of(at);
                    thrown.add(new Problem(index, path, bindingMessage(e, path, nodeAt(tree, at))));
                    if (tree == original) tree = original.deepCopy();
                    if (attempt >= MAX_BINDING_ATTEMPTS || !cutOut(tree, at)) {
                        return new ReadResult.Failed(index, source, line, merge(original, collected, thrown));
                    }
                }
            }
        }

        private ReadResult failed(int index, long line, String path, String message) {
            return new ReadResult.Failed(index, source, line, List.of(new Problem(index, path, message)));
        }

        private String fatal(JacksonException e) {
            return malformed(e, 0) + "; the rest of " + source + " could not be read";
        }

        private String tooLarge(long bytes) {
            return "the report is " + bytes + " bytes long; limit maxReportBytes is " + limits.maxReportBytes();
        }

        @Override
        public void close() {
            done = true;
            try {
                if (parser != null) parser.close();
            } catch (JacksonException ignored) {
                // closing is best effort
            }
            try {
                in.close();
            } catch (IOException ignored) {
                // closing is best effort
            }
        }
    }

    /**
     * Problems of all binding passes, each once, in document order. A thrown problem where one was already
     * collected is a consequence of it (a skipped list element leaves a null behind) and is dropped.
     */
    private static List<Problem> merge(JsonNode document, List<Problem> collected, List<Problem> thrown) {
        Map<String, Problem> unique = new LinkedHashMap<>();
        Set<String> collectedPaths = new HashSet<>();
        for (Problem p : collected) {
            unique.putIfAbsent(p.path() + "\n" + p.message(), p);
            collectedPaths.add(p.path());
        }
        for (Problem p : thrown) {
            if (!collectedPaths.contains(p.path())) unique.putIfAbsent(p.path() + "\n" + p.message(), p);
        }
        Map<String, Integer> order = new HashMap<>();
        numberPaths(document, Problem.ROOT, order);
        return unique.values().stream()
                .sorted(Comparator.comparingInt(p -> position(order, p.path())))
                .toList();
    }

    private static void numberPaths(JsonNode node, String path, Map<String, Integer> order) {
        order.put(path, order.size());
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                numberPaths(field.getValue(), path + JsonPaths.name(field.getKey()), order);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) numberPaths(node.get(i), path + JsonPaths.index(i), order);
        }
    }

    /** A path's place in the document; a path the document lacks sorts with its nearest ancestor. */
    private static int position(Map<String, Integer> order, String path) {
        for (String p = path; ; p = p.substring(0, Math.max(p.lastIndexOf('.'), p.lastIndexOf('[')))) {
            Integer position = order.get(p);
            if (position != null) return position;
            if (p.equals(Problem.ROOT) || p.length() <= 1) return 0;
        }
    }

    /** The paths of all explicit nulls in a tree, as segments (property names and list indices). */
    private static void findNulls(JsonNode node, List<Object> at, List<List<Object>> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<Object> path = append(at, field.getKey());
                if (field.getValue().isNull()) found.add(path);
                else findNulls(field.getValue(), path, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = append(at, i);
                if (node.get(i).isNull()) found.add(path);
                else findNulls(node.get(i), path, found);
            }
        }
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    /** The path an exception collected on its way out of the deserialisers, as segments. */
    private static List<Object> segments(JacksonException e) {
        List<Object> path = new ArrayList<>();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) path.add(ref.getPropertyName());
            else if (ref.getIndex() >= 0) path.add(ref.getIndex());
        }
        return path;
    }

    /**
     * Removes the value at {@code path} from the tree, or the whole list when the path ends in a list
     * element (removing one element would shift the paths of the others). False when nothing can be cut.
     */
    static boolean cutOut(ObjectNode tree, List<Object> path) {
        int last = path.size() - 1;
        while (last >= 0 && !(path.get(last) instanceof String)) last--;
        if (last < 0) return false;
        JsonNode parent = nodeAt(tree, path.subList(0, last));
        return parent instanceof ObjectNode object && object.remove((String) path.get(last)) != null;
    }

    private static @Nullable JsonNode nodeAt(JsonNode tree, List<Object> path) {
        JsonNode node = tree;
        for (Object segment : path) {
            if (node == null) return null;
            node = segment instanceof String name ? node.get(name) : node.get((Integer) segment);
        }
        return node;
    }

    /** "malformed JSON at line 3, column 17: …" for a syntax error or a parser limit. */
    static String malformed(JacksonException e, long lineOffset) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0
                ? ""
                : " at line " + (at.getLineNr() + lineOffset) + ", column " + at.getColumnNr();
        if (e instanceof StreamConstraintsException) {
            return "the JSON" + where + " exceeds a reader limit: " + Describe.clean(e.getOriginalMessage());
        }
        return "malformed JSON" + where + ": " + Describe.clean(e.getOriginalMessage());
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:property|field) ['\"`]([^'\"`]*)['\"`]");

    /** Where the tree reader stopped, relative to the report (the parser of an array also counts the array). */
    static String treePath(JacksonException e, boolean inArray) {
        if (!(e.processor() instanceof JsonParser p)) return JsonPaths.of(e);
        String path = JsonPaths.of(p);
        if (inArray) path = path.replaceFirst("^\\$\\[\\d+]", "\\$");
        return path;
    }

    /** Plain words for well-formed JSON the tree reader refused: in practice a field given twice. */
    static String treeMessage(JacksonException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find())
            return "field " + Describe.quote(duplicate.group(1)) + " appears twice in the same object";
        return Describe.clean(e.getOriginalMessage());
    }

    /** Plain words for a binding failure that the {@link ProblemCollector} could not step over. */
    static String bindingMessage(JacksonException e, String path, @Nullable JsonNode value) {
        String field = JsonPaths.field(path);
        if (e instanceof InvalidNullException) {
            return path.endsWith("]")
                    ? "null is not allowed in " + field
                    : "null is not allowed for " + field + "; leave the field out when it is unknown";
        }
        if (e instanceof InputCoercionException && value != null) {
            return "the number " + Describe.cut(value.toString()) + " is out of range for " + field;
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String found = value != null
                    ? Describe.found(value)
                    : m.getCurrentToken() != null ? Describe.found(m.getCurrentToken(), null) : null;
            if (value != null
                    && value.isString()
                    && !Describe.allowedValues(m.getTargetType()).isEmpty()) {
                return ProblemCollector.unexpected(path, m.getTargetType(), found, value.asString());
            }
            return "expected " + Describe.expected(m.getTargetType()) + " for " + field
                    + (found == null ? "" : " but found " + found);
        }
        return "could not read " + field + ": " + Describe.clean(e.getOriginalMessage());
    }
}
