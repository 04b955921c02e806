package org.borderlink.api.sharing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderlink.api.audit.AuditAction;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.audit.Audited;
import org.borderlink.api.audit.RequestAudit;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/access-requests}: after a hit/no-hit answer a user asks the agency that holds the records for them,
 * with a justification ({@code POST}); the agency's liaison officers see what was asked of them ({@code GET
 * received}) and grant — for all or some of the matching reports, optionally with a handling code and the minors'
 * facts — or refuse with a reason ({@code POST {id}/decision}); the requester follows their requests ({@code GET
 * mine}).
 */
@RestController
@RequestMapping("/api/v1/access-requests")
class AccessRequestController {

    private final AccessRequests requests;
    private final Selectors selectors;

    AccessRequestController(AccessRequests requests, Selectors selectors) {
        this.requests = requests;
        this.selectors = selectors;
    }

    /** What is asked: the selector of the hit/no-hit answer and the agency whose records are wanted. */
    record Filing(String type, String value, @Nullable String country, String agency, String justification) {}

    /** A liaison officer's decision: {@code GRANT} or {@code REFUSE}. */
    record DecisionForm(
            String decision,
            @Nullable Set<String> reportIds,
            @Nullable String handling,
            @Nullable Boolean includeMinors,
            @Nullable String reason) {}

    /**
     * A request as one side sees it: the requester is not told which reports matched until they are granted; the
     * owner sees them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(
            String id,
            String status,
            String requester,
            String requesterAgency,
            String agency,
            String type,
            String selector,
            String justification,
            OffsetDateTime filedAt,
            @Nullable Integer matchingRecords,
            @JsonProperty("reportIds") @Nullable List<String> reports,
            @Nullable OffsetDateTime decidedAt,
            @Nullable String decidedBy,
            @Nullable String reason,
            @Nullable List<String> grantedReportIds,
            @Nullable String handling,
            @Nullable Boolean minors,
            @JsonIgnore List<String> matched)
            implements AuditSummary {

        static View forRequester(AccessRequests.Request r) {
            return of(r, false);
        }

        static View forOwner(AccessRequests.Request r) {
            return of(r, true);
        }

        private static View of(AccessRequests.Request r, boolean owner) {
            boolean decided = r.status() != AccessRequests.Status.PENDING;
            return new View(
                    r.id(),
                    r.status().name(),
                    r.requester(),
                    r.requesterAgency().value(),
                    r.owner().value(),
                    r.type().name(),
                    r.selector(),
                    r.justification(),
                    r.filedAt(),
                    r.reportIds().size(),
                    owner ? r.reportIds() : null,
                    r.decidedAt(),
                    decided ? r.decidedBy() : null,
                    r.reason(),
                    decided ? r.grantedReportIds() : null,
                    r.handling() == null ? null : r.handling().name(),
                    decided ? r.minors() : null,
                    r.reportIds());
        }

        @Override
        public int resultSize() {
            return 1;
        }

        /** The audit names the reports asked for, so their owner's auditors see the request. */
        @Override
        public Set<String> reportIds() {
            return Set.copyOf(matched);
        }
    }

    record Views(List<View> requests) implements AuditSummary {
        @Override
        public int resultSize() {
            return requests.size();
        }

        @Override
        public Set<String> reportIds() {
            return requests.stream().flatMap(v -> v.matched().stream()).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Operation(summary = "Ask the agency that holds hidden records matching a selector for access")
    @PostMapping
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST', 'LIAISON_OFFICER')")
    @Audited(AuditAction.ACCESS_REQUEST)
    ResponseEntity<View> file(Caller caller, @RequestBody Filing filing) {
        if (filing.agency() == null || !AgencyId.isValid(filing.agency())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "agency must be an agency id such as BA-GP");
        }
        Selector selector = selectors.parse(
                filing.type() == null ? "" : filing.type(),
                filing.value() == null ? "" : filing.value(),
                filing.country());
        AccessRequests.Request filed =
                requests.file(caller.user(), selector, AgencyId.of(filing.agency()), filing.justification());
        return ResponseEntity.status(HttpStatus.CREATED).body(View.forRequester(filed));
    }

    @Operation(summary = "The access requests you filed, with their decisions")
    @GetMapping("/mine")
    Views mine(Caller caller) {
        return new Views(
                requests.filedBy(caller.user()).stream().map(View::forRequester).toList());
    }

    @Operation(summary = "Access requests addressed to your agency (liaison officers)")
    @GetMapping("/received")
    @PreAuthorize("hasRole('LIAISON_OFFICER')")
    Views received(Caller caller, @RequestParam(required = false) @Nullable String status) {
        AccessRequests.Status wanted;
        try {
            wanted = status == null || status.isBlank()
                    ? null
                    : AccessRequests.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status is PENDING, GRANTED or REFUSED");
        }
        return new Views(requests.heldBy(caller.user().agency(), wanted).stream()
                .map(View::forOwner)
                .toList());
    }

    @Operation(summary = "Grant or refuse an access request addressed to your agency (liaison officers)")
    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('LIAISON_OFFICER')")
    @Audited(AuditAction.ACCESS_DECISION)
    View decide(Caller caller, @PathVariable String id, @RequestBody DecisionForm form) {
        boolean grant;
        HandlingCode handling;
        try {
            grant = switch (form.decision() == null
                    ? ""
                    : form.decision().strip().toUpperCase(Locale.ROOT)) {
                case "GRANT" -> true;
                case "REFUSE" -> false;
                default -> throw new IllegalArgumentException("decision is GRANT or REFUSE");
            };
            handling = form.handling() == null || form.handling().isBlank()
                    ? null
                    : HandlingCode.valueOf(form.handling().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "decision is GRANT or REFUSE; handling is H0, H1, H2 or H3");
        }
        AccessRequests.Decision decision = new AccessRequests.Decision(
                grant, form.reportIds(), handling, Boolean.TRUE.equals(form.includeMinors()), form.reason());
        AccessRequests.Request decided = requests.decide(
                caller.user(),
                id,
                decision,
                request -> RequestAudit.current()
                        .ifPresent(audit -> audit.recordSuccessNow(
                                AuditSummary.of(request.grantedReportIds().size(), Set.copyOf(request.reportIds())))));
        return View.forOwner(decided);
    }
}
