package org.borderlink.ingest.tabular;

import java.security.SecureRandom;
import java.util.List;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReportValidator;

/**
 * The checks the pipeline will make of a report (structure, then normalisation and anonymisation), run by a file
 * reader before it hands the report over, so that it can name each problem by row and column of the file instead
 * of by JSON path, and refuse a whole file when any of its reports is bad. The pipeline still checks again: a
 * reader cannot weaken it.
 */
@FunctionalInterface
public interface ReportCheck {

    /** The problems of {@code report}, by JSON path; empty when the pipeline will accept it. */
    List<Problem> check(int index, CaseReport report);

    /** No check beyond the reader's own: the pipeline reports the rest by JSON path. */
    ReportCheck NONE = (index, report) -> List.of();

    /** The pipeline's structural validation, then its fact building (normalisation, anonymisation). */
    static ReportCheck of(ReportValidator validator, FactBuilder facts) {
        return (index, report) -> {
            List<Problem> problems = validator.validate(index, report);
            if (!problems.isEmpty()) return problems;
            return switch (facts.build(index, report)) {
                case FactBuilder.Result.Refused refused -> refused.problems();
                case FactBuilder.Result.Built built -> List.of();
            };
        };
    }

    /**
     * The standard validator and normalisers. The facts built here are only looked at for problems and then dropped,
     * so they are pseudonymised with a throw-away key.
     */
    static ReportCheck standard(ReportValidator validator) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return of(validator, FactBuilder.standard(new Pseudonymiser(key)));
    }
}
