package org.borderlink.api.security;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.graph.model.AgencyId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the logged-in user is and with which agency, roles and audience tokens they act. */
@RestController
class MeController {

    record Me(
            String username,
            String agency,
            String country,
            List<String> roles,
            List<String> communities,
            List<String> tokens,
            List<String> ingestFor)
            implements AuditSummary {
        @Override
        public int resultSize() {
            return 1;
        }
    }

    @Operation(summary = "The logged-in user, their agency, roles and audience tokens")
    @GetMapping("/api/v1/me")
    Me me(BorderlinkUser user) {
        return new Me(
                user.username(),
                user.agency().value(),
                user.country().code(),
                user.roles().stream().map(Enum::name).sorted().toList(),
                List.copyOf(user.communities()),
                user.viewer().tokenValues(),
                user.ingestFor().stream().map(AgencyId::value).toList());
    }
}
