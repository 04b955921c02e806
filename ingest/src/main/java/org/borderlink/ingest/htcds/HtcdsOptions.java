package org.borderlink.ingest.htcds;

import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CaseType;
import org.borderlink.ingest.report.ReportMarking;
import org.jspecify.annotations.Nullable;

/**
 * What an HTCDS file does not say and the importer must be told: which agency's reports these are and how they are
 * marked. Columns of the file ({@code bl_Agency}, {@code bl_Tlp}, …) give the same per case and win over these
 * defaults, except that a file may not name another agency than the declared one.
 *
 * @param agency the agency whose reports the file holds; null to take {@code bl_Agency} of each case
 * @param marking the marking of cases without {@code bl_Tlp}/{@code bl_Handling}
 * @param grading the grading of cases without {@code bl_Grading}, e.g. {@code B2}
 * @param type the case type of cases without {@code bl_CaseType}; HTCDS is trafficking data, so THB by default
 * @param narrativeLanguage the language of {@code cco_CaseComment} without {@code bl_NarrativeLanguage}; by default
 *     the agency's country's main language
 */
public record HtcdsOptions(
        @Nullable AgencyId agency,
        @Nullable ReportMarking marking,
        @Nullable String grading,
        @Nullable CaseType type,
        @Nullable String narrativeLanguage) {

    /** Everything from the file's own {@code bl_} columns. */
    public static final HtcdsOptions FROM_FILE = new HtcdsOptions(null, null, null, null, null);
}
