package org.borderlink.api.analysis.routes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.api.analysis.BadParameter;
import org.borderlink.api.analysis.FilterRequest;
import org.borderlink.api.analysis.Params;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.analysis.Routes;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/routes/…}: crossing points and corridors with their trend against the previous window of equal
 * length, and origin–destination flows of legs. Aggregates count only the facts the user may see; they show counts,
 * not facts, so they name no reports to the audit.
 */
@RestController
@Tag(name = "Routes", description = "Crossing points, corridors and legs over time windows")
@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR')")
class RoutesController {

    private final Routes routes;

    RoutesController(Routes routes) {
        this.routes = routes;
    }

    record CrossingPointsAnswer(@JsonUnwrapped Routes.CrossingPoints result) implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return result.crossingPoints().size();
        }
    }

    @Operation(
            summary = "Legs and incidents per crossing point and corridor, and their trend",
            description = "Counts legs through (from, to or via) and incidents at each crossing point (a place with "
                    + "two countries) in [from, to], against the window of equal length just before. Trend: UP or "
                    + "DOWN by a quarter or more, NEW, GONE or STEADY. Undated legs and incidents are in no window.")
    @GetMapping("/api/v1/routes/crossing-points")
    CrossingPointsAnswer crossingPoints(
            @Parameter(description = "First day (ISO, default: 89 days before 'to')")
                    @RequestParam(name = "from", required = false)
                    String from,
            @Parameter(description = "Last day (ISO, default: today)") @RequestParam(name = "to", required = false)
                    String to,
            @Parameter(description = "Count only legs and incidents involving persons of these nationalities")
                    @RequestParam(name = "nationality", required = false)
                    List<String> nationality,
            @Parameter(description = "SOM, THB, MIXED") @RequestParam(name = "caseType", required = false)
                    List<String> caseType,
            Caller caller) {
        return new CrossingPointsAnswer(
                routes.crossingPoints(caller.viewer(), window(from, to, nationality, caseType)));
    }

    record LegsAnswer(@JsonUnwrapped Routes.Flows result) implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return result.flows().size();
        }
    }

    @Operation(
            summary = "Origin–destination flows of legs",
            description = "Legs dated in [from, to] grouped by where they start and end: how many, by which mode, "
                    + "through which crossing points, and the median price per person by currency.")
    @GetMapping("/api/v1/routes/legs")
    LegsAnswer legs(
            @Parameter(description = "First day (ISO, default: 89 days before 'to')")
                    @RequestParam(name = "from", required = false)
                    String from,
            @Parameter(description = "Last day (ISO, default: today)") @RequestParam(name = "to", required = false)
                    String to,
            @Parameter(description = "Count only legs with travellers of these nationalities")
                    @RequestParam(name = "nationality", required = false)
                    List<String> nationality,
            @Parameter(description = "SOM, THB, MIXED") @RequestParam(name = "caseType", required = false)
                    List<String> caseType,
            @Parameter(description = "Most flows returned, busiest first (1–1000, default 100)")
                    @RequestParam(name = "limit", required = false)
                    Integer limit,
            Caller caller) {
        int max = Params.within("limit", limit, 100, 1, 1000);
        return new LegsAnswer(routes.legs(caller.viewer(), window(from, to, nationality, caseType), max));
    }

    static Routes.Window window(
            @Nullable String from,
            @Nullable String to,
            @Nullable List<String> nationality,
            @Nullable List<String> caseType) {
        LocalDate end = FilterRequest.date("to", to);
        if (end == null) end = LocalDate.now();
        LocalDate start = FilterRequest.date("from", from);
        if (start == null) start = end.minusDays(89);
        if (start.isAfter(end)) throw new BadParameter("from", "'from' " + start + " is after 'to' " + end + ".");
        if (start.plusYears(20).isBefore(end)) throw new BadParameter("from", "The window may span 20 years at most.");
        Set<CountryCode> nationalities = new TreeSet<>();
        for (String n : FilterRequest.values(nationality)) {
            String code = n.toUpperCase(Locale.ROOT);
            if (!CountryCode.isValid(code)) {
                throw new BadParameter("nationality", "'" + n + "' is not an ISO 3166-1 alpha-2 code (or XK).");
            }
            nationalities.add(CountryCode.of(code));
        }
        Set<CaseType> caseTypes = FilterRequest.parse(
                "caseType", caseType, CaseType.class, v -> CaseType.valueOf(v.toUpperCase(Locale.ROOT)));
        return new Routes.Window(start, end, nationalities, caseTypes);
    }
}
