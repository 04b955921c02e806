package org.borderlink.ingest.ftm;

import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CaseType;
import org.borderlink.ingest.report.ReportMarking;
import org.jspecify.annotations.Nullable;

/**
 * What an FtM file does not say and the import must be told: the whole file is one report of {@code agency}, under
 * {@code marking}.
 *
 * @param reference the report's reference; by default the file name without its extension
 * @param reportedOn the report date as written; by default the latest date any entity of the file carries
 * @param version the report's version, 1 unless a corrected file replaces an earlier import
 */
public record FtmOptions(
        AgencyId agency,
        ReportMarking marking,
        String grading,
        CaseType type,
        @Nullable String reference,
        @Nullable String reportedOn,
        int version) {}
