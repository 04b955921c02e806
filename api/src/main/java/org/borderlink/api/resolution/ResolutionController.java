package org.borderlink.api.resolution;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.Caller;
import org.borderlink.ingest.resolve.ResolutionStore.Outcome;
import org.borderlink.ingest.resolve.ResolutionStore.Status;
import org.borderlink.ingest.resolve.SuggestionView;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Resolution suggestions for analysts ({@code /api/v1/resolution}): list them, confirm one (the two persons become
 * one), reject one (never suggested again), undo a confirmed merge (split back by the reports), or split an automatic
 * join. A caller is only ever told of a suggestion whose two mentions they may both see; any other id, existing or
 * not, is answered with the same 404.
 */
@RestController
@RequestMapping("/api/v1/resolution")
@ConditionalOnWebApplication
class ResolutionController {

    static final int MAX_LIMIT = 200;
    static final int MAX_REASON = 1000;

    private final Decisions decisions;

    ResolutionController(Decisions decisions) {
        this.decisions = decisions;
    }

    /** Why the analyst decided as they did: kept with the decision. */
    record Decision(@Nullable String reason) {}

    /** Which reports' facts to take off a person, and why. */
    record Split(@Nullable List<String> reports, @Nullable String reason) {}

    record Suggestions(List<SuggestionView> suggestions) implements AuditSummary {
        @Override
        public int resultSize() {
            return suggestions.size();
        }

        @Override
        public Set<String> reportIds() {
            Set<String> ids = new LinkedHashSet<>();
            suggestions.forEach(s -> {
                ids.add(s.from().reportId());
                ids.add(s.to().reportId());
            });
            return ids;
        }
    }

    record One(SuggestionView suggestion) implements AuditSummary {
        @Override
        public int resultSize() {
            return 1;
        }

        @Override
        public Set<String> reportIds() {
            return Set.of(suggestion.from().reportId(), suggestion.to().reportId());
        }
    }

    record SplitDone(String personId, String createdPersonId, List<String> reports) implements AuditSummary {
        @Override
        public int resultSize() {
            return 1;
        }

        @Override
        public Set<String> reportIds() {
            return Set.copyOf(reports);
        }
    }

    @Operation(summary = "Resolution suggestions the caller may see (both mentions), best score first")
    @GetMapping
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST')")
    Suggestions list(
            Caller caller,
            @RequestParam(name = "status", defaultValue = "PENDING") String status,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return new Suggestions(decisions.list(status(status), caller.viewer(), limit));
    }

    @Operation(summary = "One resolution suggestion")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST')")
    One find(Caller caller, @PathVariable String id) {
        return new One(decisions.find(id, caller.viewer()).orElseThrow(ResolutionController::notFound));
    }

    @Operation(summary = "Confirm a suggestion: the two persons become one, every fact keeping its provenance")
    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST')")
    One confirm(Caller caller, @PathVariable String id, @RequestBody(required = false) @Nullable Decision body) {
        return answer(decisions.confirm(id, caller.viewer(), caller.user().username(), reason(body)));
    }

    @Operation(summary = "Reject a suggestion: the pair is never suggested again")
    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST')")
    One reject(Caller caller, @PathVariable String id, @RequestBody(required = false) @Nullable Decision body) {
        return answer(decisions.reject(id, caller.viewer(), caller.user().username(), reason(body)));
    }

    @Operation(summary = "Undo a confirmed merge: split back by the reports that asserted the facts")
    @PostMapping("/{id}/undo")
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST')")
    One undo(Caller caller, @PathVariable String id, @RequestBody(required = false) @Nullable Decision body) {
        return answer(decisions.undo(id, caller.viewer(), caller.user().username(), reason(body)));
    }

    @Operation(summary = "Split the facts of some reports off a person into a new one (an automatic join undone)")
    @PostMapping("/persons/{personId}/split")
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST')")
    SplitDone split(Caller caller, @PathVariable String personId, @RequestBody(required = false) @Nullable Split body) {
        if (body == null || body.reports() == null || body.reports().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name the reports whose facts to split off");
        }
        String reason = reason(new Decision(body.reason()));
        Set<String> reports = new LinkedHashSet<>(body.reports());
        // an invisible person or report, or a split that would leave nothing, all look alike: nothing to split here
        String created = decisions
                .split(personId, reports, caller.viewer(), caller.user().username(), reason)
                .orElseThrow(ResolutionController::notFound);
        return new SplitDone(personId, created, List.copyOf(reports));
    }

    private static One answer(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Done done -> new One(done.suggestion());
            case Outcome.NotFound n -> throw notFound();
            case Outcome.Conflict c -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, c.reason());
                problem.setTitle("Decision not possible");
                problem.setType(URI.create("https://borderlink.invalid/problems/resolution-conflict"));
                throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
            }
        };
    }

    private static ErrorResponseException notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No such suggestion or person among what you may see.");
        problem.setTitle("Not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static Status status(String status) {
        try {
            return Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "status must be PENDING, MERGED or REJECTED, was " + status);
        }
    }

    private static String reason(@Nullable Decision body) {
        String reason =
                body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give the reason for the decision");
        }
        if (reason.length() > MAX_REASON) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "the reason is longer than " + MAX_REASON + " characters");
        }
        return reason;
    }
}
