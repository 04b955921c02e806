package org.borderlink.ingest.synthetic;

import java.util.List;
import org.borderlink.ingest.report.CaseReport;

/**
 * A generated data set held in memory: the reports in order and their ground truth. For large sets use
 * {@link WesternBalkansGenerator#stream} or {@link WesternBalkansGenerator#writeTo} instead.
 */
public record Generated(List<CaseReport> reports, GroundTruth truth) {

    public Generated {
        reports = List.copyOf(reports);
    }
}
