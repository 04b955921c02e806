package org.borderlink.api.analysis.patterns;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.analysis.patterns.Pattern;
import org.borderlink.graph.analysis.patterns.PatternResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/patterns}: the library of named typologies, and running one. */
@RestController
@Tag(name = "Patterns", description = "Named, parameterised typology queries (docs/patterns.md)")
@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR')")
class PatternController {

    private final PatternCatalog catalog;

    PatternController(PatternCatalog catalog) {
        this.catalog = catalog;
    }

    record PatternList(List<Pattern> patterns) {}

    @Operation(summary = "The pattern library: every named typology with its question, parameters and columns")
    @GetMapping("/api/v1/patterns")
    PatternList list() {
        return new PatternList(catalog.all());
    }

    /** The parameters of a run, by name; missing ones take their defaults. */
    record RunRequest(@Nullable Map<String, Object> parameters) {}

    record PatternAnswer(@JsonUnwrapped PatternResult result) implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return result.rows().size();
        }

        @Override
        @JsonIgnore
        public Set<String> reportIds() {
            return result.reportIds();
        }
    }

    @Operation(
            summary = "Run a pattern",
            description = "Rows count and show only facts you may see. A parameter that does not fit is answered 400 "
                    + "naming it ('parameters.<name>').")
    @PostMapping("/api/v1/patterns/{name}/run")
    PatternAnswer run(
            @Parameter(description = "Pattern name, e.g. recurring-selectors") @PathVariable("name") String name,
            @RequestBody(required = false) @Nullable RunRequest request,
            Caller caller) {
        PatternDefinition pattern = catalog.find(name).orElseThrow(() -> unknown(name));
        return new PatternAnswer(pattern.run(caller.viewer(), request == null ? Map.of() : request.parameters()));
    }

    private static ErrorResponseException unknown(String name) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "There is no pattern named '" + name + "'; GET /api/v1/patterns lists them.");
        p.setTitle("Unknown pattern");
        p.setType(URI.create("https://borderlink.invalid/problems/unknown-pattern"));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, p, null);
    }
}
