package org.borderlink.api.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.borderlink.api.config.BorderlinkProperties;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.ingest.ftm.FtmOptions;
import org.borderlink.ingest.ftm.FtmReader;
import org.borderlink.ingest.htcds.HtcdsOptions;
import org.borderlink.ingest.htcds.HtcdsReader;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.pipeline.ReportResult;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportMarking;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.tabular.MappingException;
import org.borderlink.ingest.tabular.Mappings;
import org.borderlink.ingest.tabular.TabularMapping;
import org.borderlink.ingest.tabular.TabularReader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The drop folder ({@code borderlink.ingest.drop-dir}): files placed there go through the one ingest pipeline and are
 * then moved to {@code done/} (everything stored, unchanged or replaced) or {@code refused/} (anything refused, or the
 * file could not be read), with {@code NAME.outcome.json} beside them saying what happened to every report.
 *
 * <p>How a file is read: as its sidecar {@code NAME.ingest.yaml} says (format, mapping, agency, marking, …); without
 * one, {@code MAPPING--anything.csv|xlsx} with that column mapping, {@code htcds--anything.csv} as HTCDS with its own
 * {@code bl_} columns, and {@code .json}, {@code .ndjson}, {@code .jsonl} as canonical reports.
 *
 * <p>A file is read only once its size and modification time have stayed the same for {@code drop-settle-time}, and
 * names that copying tools use while writing ({@code .part}, {@code .tmp}, {@code .crdownload}, a leading dot or
 * {@code ~$}) are never read: write under such a name and rename when done. A file stays where it is until the
 * pipeline has answered; if the process dies on the way it is read again at the next start, and the reports already
 * stored come back unchanged (the pipeline is idempotent per report version), so nothing is lost or doubled. If the
 * graph cannot be reached the file stays put and is tried again.
 */
@Component
@ConditionalOnWebApplication // the server watches the folder; a command-line run never does
public class DropFolder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);

    static final String SIDECAR = ".ingest.yaml";
    static final String OUTCOME = ".outcome.json";
    static final String DONE = "done";
    static final String REFUSED = "refused";

    private static final List<String> IN_PROGRESS = List.of(".part", ".partial", ".tmp", ".crdownload", ".filepart");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Where the folder is and how it is watched. */
    record Settings(@Nullable Path dir, Duration pollInterval, Duration settleTime) {}

    /** The readers a file can go through. */
    record Readers(ReportReader reports, Mappings mappings, TabularReader tabular, HtcdsReader htcds, FtmReader ftm) {}

    private final Settings settings;
    private final IngestPipeline pipeline;
    private final Readers readers;
    private final Clock clock;
    private final Map<Path, Sighting> sightings = new HashMap<>();
    private @Nullable ScheduledExecutorService scheduler;
    private volatile boolean running;

    @Autowired
    public DropFolder(
            BorderlinkProperties properties,
            IngestPipeline pipeline,
            ReportReader reports,
            Mappings mappings,
            TabularReader tabular,
            HtcdsReader htcds,
            FtmReader ftm) {
        this(
                new Settings(
                        properties.ingest().dropDir(),
                        properties.ingest().dropPollInterval(),
                        properties.ingest().dropSettleTime()),
                pipeline,
                new Readers(reports, mappings, tabular, htcds, ftm),
                Clock.systemUTC());
    }

    DropFolder(Settings settings, IngestPipeline pipeline, Readers readers, Clock clock) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.readers = readers;
        this.clock = clock;
    }

    /** What a file looked like when last seen, and since when. */
    private record Sighting(long size, FileTime modified, Instant since) {}

    /** How a file is to be read, or why it cannot be. */
    private sealed interface Plan {
        record Read(String format, @Nullable String mapping, Opener opener) implements Plan {}

        record Unreadable(String format, String reason) implements Plan {}
    }

    @FunctionalInterface
    private interface Opener {
        Stream<ReadResult> open(Path file) throws IOException;
    }

    /** The outcome written beside a file that was handled. */
    record Outcome(
            String file,
            String format,
            @Nullable String mapping,
            String movedTo,
            Instant started,
            Instant finished,
            int stored,
            int unchanged,
            int replaced,
            int refused,
            List<String> problems,
            List<ReportResult> reports) {}

    @Override
    public void start() {
        Path dir = settings.dir();
        if (dir == null || running) return;
        try {
            Files.createDirectories(dir.resolve(DONE));
            Files.createDirectories(dir.resolve(REFUSED));
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the drop folder " + dir + ": " + e.getMessage(), e);
        }
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("drop-folder").daemon(true).factory());
        s.scheduleWithFixedDelay(this::scanQuietly, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        scheduler = s;
        running = true;
        log.info(
                "Watching the drop folder {} every {} s",
                dir.toAbsolutePath(),
                settings.pollInterval().toSeconds());
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler == null) return;
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) scheduler.shutdownNow();
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (RuntimeException | IOException e) {
            log.warn("The drop folder could not be scanned: {}", e.toString());
        }
    }

    /** One look at the folder: files that have settled are ingested and moved. Returns the files handled. */
    synchronized List<Path> scan() throws IOException {
        Path dir = settings.dir();
        if (dir == null) return List.of();
        Files.createDirectories(dir.resolve(DONE));
        Files.createDirectories(dir.resolve(REFUSED));
        List<Path> candidates;
        try (Stream<Path> files = Files.list(dir)) {
            candidates = files.filter(Files::isRegularFile)
                    .filter(f -> readable(f.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        sightings.keySet().retainAll(candidates);
        Instant now = clock.instant();
        List<Path> handled = new ArrayList<>();
        for (Path file : candidates) {
            long size;
            FileTime modified;
            try {
                size = Files.size(file);
                modified = Files.getLastModifiedTime(file);
            } catch (IOException e) {
                continue; // moved or deleted meanwhile
            }
            Sighting earlier = sightings.get(file);
            if (earlier == null || earlier.size() != size || !earlier.modified().equals(modified)) {
                sightings.put(file, new Sighting(size, modified, now));
                continue;
            }
            if (Duration.between(earlier.since(), now).compareTo(settings.settleTime()) < 0) continue;
            if (handle(file)) {
                sightings.remove(file);
                handled.add(file);
            }
        }
        return handled;
    }

    /** Whether a name is one the folder reads (not a partial copy, a lock file, a sidecar or an outcome). */
    static boolean readable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~$")) return false;
        if (lower.endsWith(SIDECAR) || lower.endsWith(OUTCOME)) return false;
        return IN_PROGRESS.stream().noneMatch(lower::endsWith);
    }

    /** Ingests one file and moves it; false when it must stay for another try (the graph was not reachable). */
    private boolean handle(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path sidecar = file.resolveSibling(name + SIDECAR);
        Instant started = clock.instant();
        Plan plan = plan(file, sidecar);
        IngestSummary summary = null;
        List<String> problems = new ArrayList<>();
        String format;
        String mapping = null;
        switch (plan) {
            case Plan.Unreadable u -> {
                format = u.format();
                problems.add(u.reason());
            }
            case Plan.Read r -> {
                format = r.format();
                mapping = r.mapping();
                try (Stream<ReadResult> reads = r.opener().open(file)) {
                    summary = pipeline.ingest(reads);
                } catch (IOException e) {
                    problems.add(name + " cannot be read: " + e.getMessage());
                } catch (RuntimeException e) {
                    // Not the file's fault (the graph is down, the disk is full): leave it for the next look.
                    log.warn(
                            "The drop folder could not ingest {} ({}); it stays and is tried again",
                            name,
                            e.toString());
                    return false;
                }
            }
        }
        boolean done = summary != null && summary.total() > 0 && !summary.anyRefused();
        if (summary != null && summary.total() == 0) problems.add(name + " holds no report");
        String folder = done ? DONE : REFUSED;
        Path target = unused(settings.dir().resolve(folder), name);
        Outcome outcome = new Outcome(
                name,
                format,
                mapping,
                folder + "/" + target.getFileName(),
                started,
                clock.instant(),
                summary == null ? 0 : summary.stored(),
                summary == null ? 0 : summary.unchanged(),
                summary == null ? 0 : summary.replaced(),
                summary == null ? 0 : summary.refused(),
                problems,
                summary == null ? List.of() : summary.results());
        // The outcome first, the file after: a crash in between leaves the file to be read again, harmlessly.
        Path outcomeFile = target.resolveSibling(target.getFileName() + OUTCOME);
        Path temporary = target.resolveSibling("." + target.getFileName() + OUTCOME + ".tmp");
        Files.write(temporary, JSON.writeValueAsBytes(outcome));
        move(temporary, outcomeFile);
        move(file, target);
        if (Files.exists(sidecar)) move(sidecar, target.resolveSibling(target.getFileName() + SIDECAR));
        log.info(
                "Drop folder: {} ({}) → {}/: {} stored, {} unchanged, {} replaced, {} refused{}",
                name,
                format,
                folder,
                outcome.stored(),
                outcome.unchanged(),
                outcome.replaced(),
                outcome.refused(),
                problems.isEmpty() ? "" : "; " + problems.size() + " problem(s)");
        return true;
    }

    private Plan plan(Path file, Path sidecarFile) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.exists(sidecarFile)) {
            Sidecar sidecar;
            try {
                sidecar = YAML.readValue(sidecarFile.toFile(), Sidecar.class);
            } catch (JacksonException e) {
                return new Plan.Unreadable(
                        "?", sidecarFile.getFileName() + " cannot be read: " + e.getOriginalMessage());
            }
            return sidecar == null
                    ? new Plan.Unreadable("?", sidecarFile.getFileName() + " is empty")
                    : fromSidecar(name, sidecar);
        }
        int dashes = name.indexOf("--");
        if ((lower.endsWith(".csv") || lower.endsWith(".xlsx")) && dashes > 0) {
            String prefix = name.substring(0, dashes);
            if (prefix.equals("htcds")) {
                return new Plan.Read("htcds", null, f -> readers.htcds().read(f, HtcdsOptions.FROM_FILE));
            }
            return tabular(prefix);
        }
        if (lower.endsWith(".json") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return new Plan.Read("canonical", null, readers.reports()::read);
        }
        return new Plan.Unreadable(
                "?",
                "cannot tell how to read " + name + ": name it MAPPING--….csv|xlsx (known"
                        + " mappings: " + String.join(", ", readers.mappings().names())
                        + "), htcds--….csv, or ….json|.ndjson,"
                        + " or put a sidecar " + name + SIDECAR + " beside it");
    }

    private Plan tabular(String mappingName) {
        try {
            TabularMapping mapping = readers.mappings().findNamed(mappingName);
            if (mapping == null) {
                return new Plan.Unreadable(
                        "tabular",
                        "no mapping named '" + mappingName + "'; known: "
                                + String.join(", ", readers.mappings().names()));
            }
            return new Plan.Read(
                    "tabular", mapping.name(), f -> readers.tabular().read(f, mapping));
        } catch (MappingException e) {
            return new Plan.Unreadable("tabular", String.join("; ", e.problems()));
        } catch (IOException e) {
            return new Plan.Unreadable(
                    "tabular", "the mapping '" + mappingName + "' cannot be read: " + e.getMessage());
        }
    }

    /** What a sidecar may say about the file beside it. */
    record Sidecar(
            String format,
            @Nullable String mapping,
            @Nullable String agency,
            @Nullable String tlp,
            @Nullable String handling,
            @Nullable List<String> releasableTo,
            @Nullable String grading,
            @Nullable String type,
            @Nullable String reference,
            @Nullable String reportedOn,
            @Nullable Integer version,
            @Nullable String narrativeLanguage) {}

    private Plan fromSidecar(String name, Sidecar s) {
        String format = s.format() == null ? "" : s.format().strip().toLowerCase(Locale.ROOT);
        try {
            return switch (format) {
                case "canonical" -> new Plan.Read("canonical", null, readers.reports()::read);
                case "tabular" ->
                    s.mapping() == null
                            ? new Plan.Unreadable("tabular", "the sidecar of " + name + " names no mapping")
                            : tabular(s.mapping());
                case "htcds" -> {
                    HtcdsOptions options = new HtcdsOptions(
                            s.agency() == null ? null : AgencyId.of(s.agency()),
                            marking(s),
                            s.grading(),
                            s.type() == null ? null : CaseType.valueOf(s.type()),
                            s.narrativeLanguage());
                    yield new Plan.Read("htcds", null, f -> readers.htcds().read(f, options));
                }
                case "ftm" -> {
                    ReportMarking marking = marking(s);
                    if (s.agency() == null || marking == null || s.grading() == null || s.type() == null) {
                        yield new Plan.Unreadable(
                                "ftm",
                                "the sidecar of an FtM file must give agency, tlp, handling," + " grading and type");
                    }
                    FtmOptions options = new FtmOptions(
                            AgencyId.of(s.agency()),
                            marking,
                            s.grading(),
                            CaseType.valueOf(s.type()),
                            s.reference(),
                            s.reportedOn(),
                            s.version() == null ? 1 : s.version());
                    yield new Plan.Read("ftm", null, f -> {
                        try (InputStream in = Files.newInputStream(f)) {
                            return readers.ftm().read(in, f.getFileName().toString(), options);
                        }
                    });
                }
                default ->
                    new Plan.Unreadable(
                            format,
                            "the sidecar of " + name + " gives format '" + s.format()
                                    + "'; expected canonical, tabular, htcds or ftm");
            };
        } catch (IllegalArgumentException e) {
            return new Plan.Unreadable(
                    format, "the sidecar of " + name + " has a value that does not fit: " + e.getMessage());
        }
    }

    private static @Nullable ReportMarking marking(Sidecar s) {
        if (s.tlp() == null || s.handling() == null) return null;
        return new ReportMarking(
                Tlp.fromLabel(s.tlp()),
                HandlingCode.valueOf(s.handling()),
                s.releasableTo() == null ? List.of() : s.releasableTo());
    }

    /** {@code folder/name}, or with a time stamp in front when a file of that name was handled before. */
    private Path unused(Path folder, String name) {
        Path target = folder.resolve(name);
        if (free(target)) return target;
        String stamp = STAMP.format(clock.instant());
        for (int n = 1; ; n++) {
            Path stamped = folder.resolve(stamp + (n == 1 ? "" : "-" + n) + "-" + name);
            if (free(stamped)) return stamped;
        }
    }

    private static boolean free(Path target) {
        return !Files.exists(target) && !Files.exists(target.resolveSibling(target.getFileName() + OUTCOME));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
