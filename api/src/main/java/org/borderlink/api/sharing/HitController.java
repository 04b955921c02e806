package org.borderlink.api.sharing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.api.audit.AuditAction;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.audit.Audited;
import org.borderlink.api.security.Caller;
import org.borderlink.ingest.search.HiddenHits;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/hits?type=phone&value=…}: does anyone hold this phone, plate, document or name? The reports the
 * user may see are listed; of the others the answer says only how many each agency holds ({@code hiddenHits}, the
 * same shape free-text search answers with), and the user may file an access request with the owner.
 */
@RestController
class HitController {

    private final Selectors selectors;
    private final HitService hits;

    HitController(Selectors selectors, HitService hits) {
        this.selectors = selectors;
        this.hits = hits;
    }

    /**
     * @param selector the selector as normalised, e.g. the E.164 form of a phone number
     * @param visible the matching reports the user may open (JSON {@code reportIds})
     * @param hiddenHits per agency, how many matching reports the user may not see
     */
    record Hits(
            SelectorType type,
            String selector,
            @JsonProperty("reportIds") List<String> visible,
            List<HiddenHits> hiddenHits,
            @JsonIgnore Set<String> hiddenReportIds)
            implements AuditSummary {

        @Override
        public int resultSize() {
            return visible.size() + hiddenReportIds.size();
        }

        /** For the audit, the hidden reports too: their owners' auditors see who found them. */
        @Override
        public Set<String> reportIds() {
            Set<String> all = new TreeSet<>(visible);
            all.addAll(hiddenReportIds);
            return all;
        }
    }

    @Operation(summary = "Hit/no-hit for a phone, plate, document or name across every agency's reports")
    @GetMapping("/api/v1/hits")
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST', 'LIAISON_OFFICER')")
    @Audited(AuditAction.SEARCH)
    Hits hits(
            Caller caller,
            @RequestParam String type,
            @RequestParam String value,
            @RequestParam(required = false) @Nullable String country) {
        Selector selector = selectors.parse(type, value, country);
        HitService.Outcome outcome = hits.find(selector, caller.viewer());
        Set<String> hidden = new TreeSet<>();
        outcome.hiddenReportsByAgency().values().forEach(hidden::addAll);
        return new Hits(
                selector.type(), selector.value(), List.copyOf(outcome.visibleReports()), outcome.hiddenHits(), hidden);
    }
}
