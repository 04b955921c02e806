package org.borderlink.ingest.report;

/**
 * Size limits on one report, so that one bad or hostile input cannot exhaust the ingest service. A report
 * over a limit is refused with a problem naming the limit and its value.
 *
 * @param maxPersons most persons in one report
 * @param maxListSize most entries in any other list of a report (incidents, selectors of one kind,
 *     relations, legs, aliases, references, …)
 * @param maxStringLength most characters in any text value except the narrative
 * @param maxNarrativeLength most characters in the narrative
 * @param maxReportBytes most bytes of JSON for one report
 */
public record ReportLimits(
        int maxPersons, int maxListSize, int maxStringLength, int maxNarrativeLength, int maxReportBytes) {

    /** 1,000 persons, 2,000 entries per list, 2,000 characters per value, 100,000 for the narrative, 4 MiB. */
    public static final ReportLimits DEFAULTS = new ReportLimits(1_000, 2_000, 2_000, 100_000, 4 * 1024 * 1024);

    public ReportLimits {
        if (maxPersons < 1 || maxListSize < 1 || maxStringLength < 1 || maxNarrativeLength < 1 || maxReportBytes < 64) {
            throw new IllegalArgumentException("report limits must be positive (and maxReportBytes at least 64)");
        }
    }

    public ReportLimits withMaxPersons(int value) {
        return new ReportLimits(value, maxListSize, maxStringLength, maxNarrativeLength, maxReportBytes);
    }

    public ReportLimits withMaxListSize(int value) {
        return new ReportLimits(maxPersons, value, maxStringLength, maxNarrativeLength, maxReportBytes);
    }

    public ReportLimits withMaxStringLength(int value) {
        return new ReportLimits(maxPersons, maxListSize, value, maxNarrativeLength, maxReportBytes);
    }

    public ReportLimits withMaxNarrativeLength(int value) {
        return new ReportLimits(maxPersons, maxListSize, maxStringLength, value, maxReportBytes);
    }

    public ReportLimits withMaxReportBytes(int value) {
        return new ReportLimits(maxPersons, maxListSize, maxStringLength, maxNarrativeLength, value);
    }
}
