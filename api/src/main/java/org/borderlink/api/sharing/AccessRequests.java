package org.borderlink.api.sharing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Access requests after a hit/no-hit answer: filed by a user for the hidden reports one agency holds on a selector,
 * decided by that agency's liaison officers. A grant releases the chosen reports to the requester's agency in the same
 * transaction as the decision ({@link ReportSharing#release}); the requester learns the outcome from their list of
 * requests. Requests are {@code (:AccessRequest)} nodes with no relationships, so no read of case data ever reaches
 * them.
 */
@Service
class AccessRequests {

    static final int MAX_TEXT = 2000;

    enum Status {
        PENDING,
        GRANTED,
        REFUSED
    }

    /** A stored request. {@code reportIds} are the owner's reports the selector matched when it was filed. */
    record Request(
            String id,
            String requester,
            AgencyId requesterAgency,
            AgencyId owner,
            SelectorType type,
            String selector,
            String justification,
            OffsetDateTime filedAt,
            List<String> reportIds,
            Status status,
            @Nullable OffsetDateTime decidedAt,
            @Nullable String decidedBy,
            @Nullable String reason,
            List<String> grantedReportIds,
            @Nullable HandlingCode handling,
            boolean minors) {}

    /** A liaison officer's decision. */
    record Decision(
            boolean grant,
            @Nullable Set<String> reportIds,
            @Nullable HandlingCode handling,
            boolean minors,
            @Nullable String reason) {}

    private final Driver driver;
    private final HitService hits;
    private final ReportSharing sharing;

    AccessRequests(Driver driver, HitService hits, ReportSharing sharing) {
        this.driver = driver;
        this.hits = hits;
        this.sharing = sharing;
    }

    Request file(BorderlinkUser user, Selector selector, AgencyId owner, String justification) {
        String text = text(justification, "justification");
        Set<String> hidden =
                hits.find(selector, user.viewer()).hiddenReportsByAgency().getOrDefault(owner.value(), Set.of());
        if (hidden.isEmpty()) {
            // says no more than the hit/no-hit answer for the same selector says
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "No records held by " + owner + " that you may not already see match this selector.");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("id", UUID.randomUUID().toString());
        props.put("requester", user.username());
        props.put("requesterAgency", user.agency().value());
        props.put("owner", owner.value());
        props.put("type", selector.type().name());
        props.put("selector", selector.value());
        props.put("justification", text);
        props.put("filedAt", OffsetDateTime.now(ZoneOffset.UTC));
        props.put("reportIds", List.copyOf(new TreeSet<>(hidden)));
        props.put("status", Status.PENDING.name());
        try (var session = driver.session()) {
            return session.executeWrite(
                    tx -> request(tx.run("CREATE (a:AccessRequest) SET a = $props RETURN a", Map.of("props", props))
                            .single()));
        }
    }

    List<Request> filedBy(BorderlinkUser user) {
        return list(
                "MATCH (a:AccessRequest {requester: $user, requesterAgency: $agency}) RETURN a ORDER BY a.filedAt DESC",
                Map.of("user", user.username(), "agency", user.agency().value()));
    }

    List<Request> heldBy(AgencyId owner, @Nullable Status status) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("owner", owner.value());
        parameters.put("status", status == null ? null : status.name());
        return list(
                "MATCH (a:AccessRequest {owner: $owner}) WHERE $status IS NULL OR a.status = $status"
                        + " RETURN a ORDER BY a.filedAt DESC",
                parameters);
    }

    /**
     * Grants or refuses a pending request of the user's agency.
     *
     * @param onDecided called inside the transaction with the decided request, before it commits (the audit)
     */
    Request decide(
            BorderlinkUser liaison, String id, Decision decision, java.util.function.Consumer<Request> onDecided) {
        String reason =
                decision.reason() == null || decision.reason().isBlank() ? null : text(decision.reason(), "reason");
        if (!decision.grant() && reason == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A refusal states its reason.");
        }
        Request decided;
        try (var session = driver.session()) {
            decided = session.executeWrite(tx -> {
                List<Record> rows = tx.run(
                                "MATCH (a:AccessRequest {id: $id, owner: $owner})"
                                        + " SET a.writeLock = true REMOVE a.writeLock RETURN a",
                                Map.of("id", id, "owner", liaison.agency().value()))
                        .list();
                if (rows.isEmpty()) {
                    throw new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "No access request " + id + " addressed to your agency.");
                }
                Request request = request(rows.getFirst());
                if (request.status() != Status.PENDING) {
                    throw new ResponseStatusException(
                            HttpStatus.CONFLICT,
                            "The request was already " + request.status().name().toLowerCase());
                }
                List<String> granted = List.of();
                if (decision.grant()) {
                    Set<String> chosen =
                            decision.reportIds() == null || decision.reportIds().isEmpty()
                                    ? new TreeSet<>(request.reportIds())
                                    : new TreeSet<>(decision.reportIds());
                    if (!request.reportIds().containsAll(chosen)) {
                        throw new ResponseStatusException(
                                HttpStatus.BAD_REQUEST, "A grant covers only reports the request matched.");
                    }
                    sharing.release(
                            tx, chosen, liaison, request.requesterAgency(), decision.handling(), decision.minors());
                    granted = List.copyOf(chosen);
                }
                Map<String, Object> set = new HashMap<>();
                set.put("id", id);
                set.put("status", (decision.grant() ? Status.GRANTED : Status.REFUSED).name());
                set.put("decidedAt", OffsetDateTime.now(ZoneOffset.UTC));
                set.put("decidedBy", liaison.username());
                set.put("reason", reason);
                set.put("granted", granted);
                set.put(
                        "handling",
                        decision.grant() && decision.handling() != null
                                ? decision.handling().name()
                                : null);
                set.put("minors", decision.grant() && decision.minors());
                Request outcome = request(tx.run("""
                                MATCH (a:AccessRequest {id: $id})
                                SET a.status = $status, a.decidedAt = $decidedAt, a.decidedBy = $decidedBy,
                                    a.reason = $reason, a.grantedReportIds = $granted, a.handling = $handling,
                                    a.minors = $minors
                                RETURN a""", set).single());
                onDecided.accept(outcome);
                return outcome;
            });
        }
        sharing.reindex(decided.grantedReportIds());
        return decided;
    }

    private List<Request> list(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> new ArrayList<>(tx.run(cypher, parameters).list(AccessRequests::request)));
        }
    }

    private static Request request(Record row) {
        Value a = row.get("a");
        return new Request(
                a.get("id").asString(),
                a.get("requester").asString(),
                AgencyId.of(a.get("requesterAgency").asString()),
                AgencyId.of(a.get("owner").asString()),
                SelectorType.valueOf(a.get("type").asString()),
                a.get("selector").asString(),
                a.get("justification").asString(),
                a.get("filedAt").asOffsetDateTime(),
                a.get("reportIds").asList(Value::asString),
                Status.valueOf(a.get("status").asString()),
                a.get("decidedAt").isNull() ? null : a.get("decidedAt").asOffsetDateTime(),
                a.get("decidedBy").isNull() ? null : a.get("decidedBy").asString(),
                a.get("reason").isNull() ? null : a.get("reason").asString(),
                a.get("grantedReportIds").isNull()
                        ? List.of()
                        : a.get("grantedReportIds").asList(Value::asString),
                a.get("handling").isNull()
                        ? null
                        : HandlingCode.valueOf(a.get("handling").asString()),
                !a.get("minors").isNull() && a.get("minors").asBoolean());
    }

    private static String text(@Nullable String text, String field) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TEXT) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "The " + field + " is required, at most " + MAX_TEXT + " characters.");
        }
        return stripped;
    }
}
