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
import org.borderlink.graph.analysis.EntityCard;
import org.borderlink.graph.analysis.EntityCards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/entities/{id}}: the entity card. Ids may hold slashes (report references do), so the id is the
 * rest of the path; {@code #} must be sent as {@code %23}.
 */
@RestController
@Tag(name = "Link analysis", description = "Entity cards, expansion, paths, connections, timelines")
class EntityController {

    private final EntityCards cards;

    EntityController(EntityCards cards) {
        this.cards = cards;
    }

    /** The card, flat, with what the audit needs. */
    record EntityAnswer(@JsonUnwrapped EntityCard card) implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return card.facts().size();
        }

        @Override
        @JsonIgnore
        public Set<String> reportIds() {
            Set<String> ids = new LinkedHashSet<>();
            card.facts().forEach(f -> ids.add(f.provenance().reportId()));
            card.roles().forEach(r -> ids.add(r.reportId()));
            card.selectors().forEach(s -> ids.addAll(s.reportIds()));
            return ids;
        }
    }

    @Operation(
            summary = "Entity card: every visible fact about an entity, with provenance",
            description = "Name variants, roles across cases, selectors, countries where seen, first and last seen, "
                    + "neighbours by type, and the latest facts each with report, agency, date, TLP, handling code "
                    + "and grading. An id that is absent and one whose every fact is hidden from you are answered "
                    + "with the same 404.")
    @GetMapping("/api/v1/entities/{*id}")
    @PreAuthorize("hasAnyRole('INVESTIGATOR','ANALYST','LIAISON_OFFICER')")
    EntityAnswer entity(
            @Parameter(description = "The entity's id, e.g. RS-MUP:KU-2024-0173%23P1 or +38761234567")
                    @PathVariable("id")
                    String path,
            @Parameter(description = "How many facts to list, latest first (0–1000); the counts cover them all")
                    @RequestParam(name = "facts", required = false)
                    Integer facts,
            Caller caller) {
        String id = path.startsWith("/") ? path.substring(1) : path;
        if (id.isBlank()) throw new BadParameter("id", "The entity id is missing from the path.");
        int limit = Params.within("facts", facts, 100, 0, EntityCards.MAX_FACTS);
        return new EntityAnswer(cards.card(caller.viewer(), id, limit));
    }
}
