package org.borderlink.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit trail for auditors ({@code AUDITOR}): query events and verify the chains.
 *
 * <p>An auditor oversees their own country (a national data-protection authority): they see every event of users of
 * their country's agencies in full, and the events of other countries' users that touched their country's reports —
 * who, when, what kind of act, why, how many results — without those users' paths and parameters. Report ids of other
 * countries' reports are never shown. Platform events (start-ups, failed logins of unknown users) are shown to every
 * auditor.
 */
@RestController
@RequestMapping("/api/v1/audit")
@ConditionalOnWebApplication
class AuditController {

    static final int MAX_LIMIT = 1000;

    private final AuditTrail trail;
    private final AuditParameters parameters;

    AuditController(AuditTrail trail, AuditParameters parameters) {
        this.trail = trail;
        this.parameters = parameters;
    }

    record Events(List<AuditEvent> events, boolean more) implements AuditSummary {
        @Override
        public int resultSize() {
            return events.size();
        }
    }

    record Verifications(boolean intact, List<AuditChain.Verification> chains) implements AuditSummary {
        @Override
        public int resultSize() {
            return chains.size();
        }
    }

    @Operation(summary = "Audit events, newest first, by user, agency, report, action, time or searched value")
    @GetMapping("/events")
    @PreAuthorize("hasRole('AUDITOR')")
    @Audited(AuditAction.AUDIT)
    Events events(
            Caller caller,
            @RequestParam(required = false) @Nullable String user,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String report,
            @RequestParam(required = false) @Nullable AuditAction action,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String term,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit is 1 to " + MAX_LIMIT);
        }
        Instant since = instant(from, "from", false);
        Instant until = instant(to, "to", true);
        String hashedTerm = term == null || term.isBlank() ? null : parameters.hash(term);
        CountryCode country = caller.user().country();
        Comparator<AuditEvent> newest = Comparator.comparing(AuditEvent::at).thenComparing(AuditEvent::seq);
        PriorityQueue<AuditEvent> kept = new PriorityQueue<>(newest);
        trail.read(event -> {
            if (since != null && event.at().isBefore(since)) return;
            if (until != null && !event.at().isBefore(until)) return;
            if (user != null && !user.equals(event.user())) return;
            if (agency != null && !agency.equals(event.agency())) return;
            if (action != null && action != event.action()) return;
            AuditEvent view = scoped(event, country);
            if (view == null) return;
            if (report != null && !view.reportIds().contains(report)) return;
            if (hashedTerm != null && !view.parameters().containsValue(hashedTerm)) return;
            kept.add(view);
            if (kept.size() > limit + 1) kept.poll();
        });
        List<AuditEvent> out = new ArrayList<>(kept);
        out.sort(newest.reversed());
        boolean more = out.size() > limit;
        return new Events(more ? out.subList(0, limit) : out, more);
    }

    @Operation(summary = "Verify every audit chain: a changed, removed or reordered event is reported where it is")
    @GetMapping("/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    @Audited(AuditAction.AUDIT)
    Verifications verify(Caller caller) {
        List<AuditChain.Verification> chains = trail.verify();
        return new Verifications(chains.stream().allMatch(AuditChain.Verification::intact), chains);
    }

    /** The event as an auditor of {@code country} may see it, or null if it is none of their business. */
    private static @Nullable AuditEvent scoped(AuditEvent e, CountryCode country) {
        List<String> ownReports =
                e.reportIds().stream().filter(id -> ownedBy(id, country)).toList();
        boolean platform = e.agency() == null || !AgencyId.isValid(e.agency());
        boolean ownUser = !platform && AgencyId.of(e.agency()).country().equals(country);
        if (!platform && !ownUser && ownReports.isEmpty()) return null;
        boolean full = platform || ownUser;
        return new AuditEvent(
                e.seq(),
                e.instance(),
                e.at(),
                e.user(),
                e.agency(),
                e.roles(),
                e.action(),
                full ? e.method() : null,
                full ? e.path() : null,
                full ? e.parameters() : Map.of(),
                e.purpose(),
                e.status(),
                e.resultSize(),
                ownReports,
                e.prev());
    }

    /** A report id is {@code AGENCY:reference}; its owner's country is the agency's. */
    private static boolean ownedBy(String reportId, CountryCode country) {
        int colon = reportId.indexOf(':');
        return colon > 0
                && AgencyId.isValid(reportId.substring(0, colon))
                && AgencyId.of(reportId.substring(0, colon)).country().equals(country);
    }

    private static @Nullable Instant instant(@Nullable String text, String name, boolean endOfDay) {
        if (text == null || text.isBlank()) return null;
        try {
            return text.length() == 10
                    ? LocalDate.parse(text)
                            .plusDays(endOfDay ? 1 : 0)
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, name + " is a date (2026-05-01) or an instant (2026-05-01T08:00:00Z)");
        }
    }
}
