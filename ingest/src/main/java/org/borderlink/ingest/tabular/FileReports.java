package org.borderlink.ingest.tabular;

import java.util.ArrayList;
import java.util.List;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReadResult;
import org.jspecify.annotations.Nullable;

/**
 * Turns the reports a file reader assembled into the {@link ReadResult}s the pipeline takes, all or nothing: each
 * report is checked as the pipeline would check it ({@link ReportCheck}), every problem is named by its place in the
 * file ({@link SourceMap}), and if any report of the file has a problem, every report of the file is refused. An
 * export is sent as a whole and corrected as a whole; storing half of it would leave the graph out of step with the
 * agency's own records.
 */
public final class FileReports {

    private FileReports() {}

    /**
     * What a reader made of one record of the file: a report, or the problems that kept it from being one.
     *
     * @param line the first row or line of the record, from 1
     * @param issues problems found while reading, already placed
     */
    public record Draft(
            long line,
            @Nullable CaseReport report,
            @Nullable String reportId,
            List<Issue> issues,
            SourceMap where) {

        public Draft {
            issues = List.copyOf(issues);
        }

        /** A draft whose report id is its report's, if it has one. */
        public Draft(long line, @Nullable CaseReport report, List<Issue> issues, SourceMap where) {
            this(line, report, idOf(report), issues, where);
        }

        private static @Nullable String idOf(@Nullable CaseReport report) {
            return report == null || report.agency() == null || report.reference() == null ? null : report.key();
        }
    }

    /** A problem placed in the file: {@code where} becomes the problem's path. */
    public record Issue(String where, String message) {}

    /**
     * The results of a whole file.
     *
     * @param firstIndex the index of the file's first record in the whole input (0 for a single file)
     */
    public static List<ReadResult> results(String source, List<Draft> drafts, ReportCheck check, int firstIndex) {
        List<List<Problem>> problems = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            int index = firstIndex + i;
            List<Problem> found = new ArrayList<>();
            draft.issues().forEach(issue -> found.add(new Problem(index, issue.where(), issue.message())));
            if (draft.report() != null && found.isEmpty()) {
                for (Problem p : check.check(index, draft.report())) {
                    String place = draft.where().place(p.path());
                    String message =
                            place.equals(draft.where().whole()) && !p.path().equals(Problem.ROOT)
                                    ? p.message() + " (" + p.path() + ")"
                                    : p.message();
                    found.add(new Problem(index, place, message));
                }
            }
            if (draft.report() == null && found.isEmpty()) {
                found.add(new Problem(index, draft.where().whole(), "nothing could be read from it"));
            }
            if (!found.isEmpty()) bad.add(draft.where().whole());
            problems.add(found);
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            int index = firstIndex + i;
            List<Problem> own = problems.get(i);
            if (bad.isEmpty()) {
                results.add(new ReadResult.Parsed(index, source, draft.line(), draft.report()));
            } else if (!own.isEmpty()) {
                results.add(new ReadResult.Failed(index, source, draft.line(), draft.reportId(), own));
            } else {
                results.add(new ReadResult.Failed(
                        index,
                        source,
                        draft.line(),
                        draft.reportId(),
                        List.of(new Problem(
                                index,
                                draft.where().whole(),
                                "not stored: " + source + " is taken as a whole and has errors at " + summary(bad)
                                        + "; correct them and send the file again"))));
            }
        }
        return results;
    }

    /** One failed result for a file that could not be read at all. */
    public static ReadResult unreadable(String source, int index, List<String> problems) {
        return new ReadResult.Failed(
                index,
                source,
                1,
                problems.stream().map(p -> new Problem(index, "file", p)).toList());
    }

    private static String summary(List<String> places) {
        if (places.size() <= 5) return String.join("; ", places);
        return String.join("; ", places.subList(0, 5)) + " and " + (places.size() - 5) + " more";
    }
}
