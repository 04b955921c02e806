package org.borderlink.api.sharing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.api.audit.AuditAction;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.audit.Audited;
import org.borderlink.api.audit.RequestAudit;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.sharing.Marking;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/markings?report=ID}: a report's marking. Anyone who may see the report reads its TLP and handling
 * code; its owning agency also reads to whom it is released. The owner's liaison officers replace it ({@code PUT}):
 * widen or narrow the releasability, change TLP or handling code, release the minors' facts to named agencies, allow
 * named agencies to export H2 facts. The report id is a parameter because agencies' references may hold a slash.
 */
@RestController
@RequestMapping("/api/v1/markings")
class MarkingController {

    private final ReportSharing sharing;

    MarkingController(ReportSharing sharing) {
        this.sharing = sharing;
    }

    /** The marking as the caller may see it: the releasability parts only for the owning agency. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MarkingView(
            String reportId,
            String agency,
            String tlp,
            String handling,
            String handlingMeaning,
            @Nullable List<String> releasableTo,
            @Nullable List<String> minorsReleasableTo,
            @Nullable List<String> exportAllowedTo,
            @Nullable List<String> audience)
            implements AuditSummary {

        static MarkingView of(ReportSharing.Stored s, BorderlinkUser viewer) {
            boolean owner = s.owner().equals(viewer.agency());
            return new MarkingView(
                    s.reportId(),
                    s.owner().value(),
                    s.marking().tlp().label(),
                    s.marking().handling().name(),
                    s.marking().handling().meaning(),
                    owner ? List.copyOf(s.marking().releasableTo()) : null,
                    owner ? s.minorsReleasableTo().stream().map(AgencyId::value).toList() : null,
                    owner ? s.exportAllowedTo().stream().map(AgencyId::value).toList() : null,
                    owner ? s.audience() : null);
        }

        @Override
        public int resultSize() {
            return 1;
        }

        @Override
        public Set<String> reportIds() {
            return Set.of(reportId);
        }
    }

    /**
     * A new marking: TLP label ({@code AMBER+STRICT}), handling code ({@code H2}), countries and agencies it is released
     * to; agencies that see the minors' facts; agencies that may export it although it is H2.
     */
    record MarkingChange(
            String tlp,
            String handling,
            @Nullable List<String> releasableTo,
            @Nullable List<String> minorsReleasableTo,
            @Nullable List<String> exportAllowedTo) {}

    @Operation(summary = "A report's TLP and handling code (and, for its owner, to whom it is released)")
    @GetMapping
    MarkingView marking(Caller caller, @RequestParam String report) {
        return MarkingView.of(sharing.read(report, caller.user()), caller.user());
    }

    /** A page of the caller's agency's reports with their markings. */
    record OwnReportsView(long total, List<ReportSharing.OwnReport> reports) implements AuditSummary {

        @Override
        public int resultSize() {
            return reports.size();
        }

        @Override
        public Set<String> reportIds() {
            return reports.stream().map(ReportSharing.OwnReport::reportId).collect(java.util.stream.Collectors.toSet());
        }
    }

    static final int OWN_LIMIT_MAX = 500;

    @Operation(summary = "Your agency's reports with their markings, the latest written first (liaison officers)")
    @GetMapping("/own")
    @PreAuthorize("hasRole('LIAISON_OFFICER')")
    OwnReportsView own(
            Caller caller,
            @RequestParam(name = "reference", required = false) @Nullable String reference,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > OWN_LIMIT_MAX) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "limit must be between 1 and " + OWN_LIMIT_MAX + ", was " + limit);
        }
        if (reference != null && reference.length() > 200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reference is longer than 200 characters");
        }
        ReportSharing.OwnReports page = sharing.own(caller.user().agency(), reference, limit);
        return new OwnReportsView(page.total(), page.reports());
    }

    @Operation(summary = "Replace the marking of a report of your agency (liaison officers of the owner)")
    @PutMapping
    @PreAuthorize("hasRole('LIAISON_OFFICER')")
    @Audited(AuditAction.SHARE)
    MarkingView change(Caller caller, @RequestParam String report, @RequestBody MarkingChange change) {
        Marking marking;
        List<AgencyId> minors;
        List<AgencyId> exports;
        try {
            marking = new Marking(
                    Tlp.fromLabel(change.tlp()),
                    HandlingCode.valueOf(change.handling().strip().toUpperCase(java.util.Locale.ROOT)),
                    new TreeSet<>(orEmpty(change.releasableTo())));
            minors = agencies(change.minorsReleasableTo(), "minorsReleasableTo");
            exports = agencies(change.exportAllowedTo(), "exportAllowedTo");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, badMarking(e));
        }
        ReportSharing.Stored stored = sharing.change(
                report,
                caller.user(),
                marking,
                minors,
                exports,
                () -> RequestAudit.current()
                        .ifPresent(audit -> audit.recordSuccessNow(AuditSummary.of(1, Set.of(report)))));
        return MarkingView.of(stored, caller.user());
    }

    private static List<String> orEmpty(@Nullable List<String> list) {
        return list == null ? List.of() : list;
    }

    private static List<AgencyId> agencies(@Nullable List<String> list, String field) {
        return orEmpty(list).stream()
                .map(a -> {
                    if (!AgencyId.isValid(a)) throw new IllegalArgumentException(field + ": not an agency id: " + a);
                    return AgencyId.of(a);
                })
                .toList();
    }

    private static String badMarking(RuntimeException e) {
        return e instanceof NullPointerException || e.getMessage() == null
                ? "A marking needs tlp (CLEAR, GREEN, AMBER, AMBER+STRICT, RED) and handling (H0-H3)."
                : e.getMessage().startsWith("No enum constant")
                        ? "handling must be one of H0, H1, H2, H3"
                        : e.getMessage();
    }
}
