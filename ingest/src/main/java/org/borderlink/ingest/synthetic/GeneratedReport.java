package org.borderlink.ingest.synthetic;

import java.util.List;
import org.borderlink.ingest.report.CaseReport;

/** One generated report with the ground truth of its person mentions, in the order of its persons. */
public record GeneratedReport(CaseReport report, List<TrueMention> mentions) {

    public GeneratedReport {
        mentions = List.copyOf(mentions);
    }
}
