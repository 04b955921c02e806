package org.borderlink.api.formats;

import java.util.List;
import java.util.regex.Pattern;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.sharing.Marking;
import org.borderlink.ingest.report.ReportMarking;
import org.jspecify.annotations.Nullable;

/** The request parameters that declare what an HTCDS or FtM file does not say, checked one by one. */
final class ImportParameters {

    private static final Pattern GRADING = Pattern.compile("[ABCX][1-4]");

    private ImportParameters() {}

    /** The agency named, the user's own by default; one the user may submit for. */
    static AgencyId agency(@Nullable String agency, BorderlinkUser user) {
        if (agency == null || agency.isBlank()) return user.agency();
        if (!AgencyId.isValid(agency))
            throw new BadRequest("agency", "'" + agency + "' is not an agency id, e.g. RS-MUP");
        return AgencyId.of(agency);
    }

    static @Nullable ReportMarking marking(
            @Nullable String tlp, @Nullable String handling, @Nullable List<String> releasableTo, boolean required) {
        if (tlp == null && handling == null) {
            if (required) throw new BadRequest("tlp", "Declare the marking of the report: tlp and handling.");
            return null;
        }
        if (tlp == null || handling == null) {
            throw new BadRequest(tlp == null ? "tlp" : "handling", "tlp and handling go together.");
        }
        Tlp t;
        HandlingCode h;
        try {
            t = Tlp.fromLabel(tlp);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("tlp", e.getMessage());
        }
        try {
            h = HandlingCode.valueOf(handling.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("handling", "'" + handling + "' is not a handling code H0–H3.");
        }
        List<String> releasable = releasableTo == null
                ? List.of()
                : releasableTo.stream()
                        .flatMap(r -> java.util.Arrays.stream(r.split(",")))
                        .map(String::strip)
                        .filter(r -> !r.isEmpty())
                        .toList();
        try {
            new Marking(t, h, new java.util.TreeSet<>(releasable));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("releasableTo", e.getMessage());
        }
        return new ReportMarking(t, h, releasable);
    }

    static @Nullable String grading(@Nullable String grading, boolean required) {
        if (grading == null || grading.isBlank()) {
            if (required) throw new BadRequest("grading", "Declare the grading of the report, e.g. B2.");
            return null;
        }
        if (!GRADING.matcher(grading).matches()) {
            throw new BadRequest(
                    "grading", "'" + grading + "' is not a grading: source A/B/C/X and information 1–4, e.g. B2.");
        }
        return grading;
    }

    static @Nullable CaseType type(@Nullable String type, boolean required) {
        if (type == null || type.isBlank()) {
            if (required) throw new BadRequest("type", "Declare the case type: SOM, THB or MIXED.");
            return null;
        }
        try {
            return CaseType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("type", "'" + type + "' is not a case type: SOM, THB or MIXED.");
        }
    }
}
