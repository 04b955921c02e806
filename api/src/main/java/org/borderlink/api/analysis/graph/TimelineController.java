package org.borderlink.api.analysis.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.Set;
import org.borderlink.api.analysis.BadParameter;
import org.borderlink.api.analysis.Params;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.analysis.Timeline;
import org.borderlink.graph.analysis.Timelines;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/timeline?entity=…} or {@code ?case=…}: dated facts in order, each at its precision. */
@RestController
@Tag(name = "Link analysis")
class TimelineController {

    private final Timelines timelines;

    TimelineController(Timelines timelines) {
        this.timelines = timelines;
    }

    record TimelineAnswer(@JsonUnwrapped Timeline timeline) implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return timeline.entries().size();
        }

        @Override
        @JsonIgnore
        public Set<String> reportIds() {
            Set<String> ids = new LinkedHashSet<>();
            timeline.entries().forEach(e -> ids.add(e.reportId()));
            return ids;
        }
    }

    @Operation(
            summary = "Timeline of an entity or a case",
            description = "Give exactly one of 'entity' (any entity id) or 'case' (a report id). Each entry carries "
                    + "its date at the precision reported (day, month or year), the period it covers, a summary, the "
                    + "entities involved and the report's marking.")
    @GetMapping("/api/v1/timeline")
    @PreAuthorize("hasAnyRole('INVESTIGATOR','ANALYST','LIAISON_OFFICER')")
    TimelineAnswer timeline(
            @Parameter(description = "An entity id") @RequestParam(name = "entity", required = false) String entity,
            @Parameter(description = "A case report id, agency:reference")
                    @RequestParam(name = "case", required = false)
                    String caseId,
            @Parameter(description = "Entity timelines: the latest this many facts (1–5000, default 500)")
                    @RequestParam(name = "limit", required = false)
                    Integer limit,
            Caller caller) {
        boolean hasEntity = entity != null && !entity.isBlank();
        boolean hasCase = caseId != null && !caseId.isBlank();
        if (hasEntity == hasCase) {
            throw new BadParameter(hasEntity ? "case" : "entity", "Give exactly one of 'entity' or 'case'.");
        }
        if (hasEntity) {
            int max = Params.within("limit", limit, 500, 1, Timelines.MAX_ENTRIES);
            return new TimelineAnswer(timelines.ofEntity(caller.viewer(), entity.strip(), max));
        }
        try {
            return new TimelineAnswer(timelines.ofCase(caller.viewer(), caseId.strip()));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("case", e.getMessage());
        }
    }
}
