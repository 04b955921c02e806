package org.borderlink.ingest.ftm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.FactsOfReport;
import org.borderlink.graph.model.PartialDate;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what chosen cases assert, as far as a {@link Viewer} may see it, as FollowTheMoney entities in JSON lines
 * for Aleph ({@code alephclient write-entities}) and other FtM tools. Every fact is read through {@link Visibility}
 * on its own; a node appears only through a fact the viewer may see. docs/ingest.md has the correspondence table.
 *
 * <p>Victims and smuggled migrants appear as the graph holds them: under their pseudonymous display key (e.g.
 * {@code victim P3}), with gender, nationality, age band and role, never a name, birth date, phone or document
 * number. Documents and accounts never carry their number: the graph keeps only a keyed hash, which is exported as
 * the document's number so that the same document still links entities. Entity ids are stable hashes of the graph
 * ids, so a second export of the same cases updates the same entities in Aleph.
 */
public final class FtmExporter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every fact each report asserts ({@link FactsOfReport}), each filtered by the visibility rule. */
    private static final String FACTS = "UNWIND $ids AS rid MATCH (rep:Report {id: rid}) "
            + FactsOfReport.call("rep", "r")
            + "WITH rid, r, startNode(r) AS a, endNode(r) AS b WHERE " + Visibility.relationship("r")
            + " RETURN rid, labels(a)[0] AS la, a.id AS ia, properties(a) AS pa, type(r) AS t,"
            + " properties(r) AS pr, labels(b)[0] AS lb, b.id AS ib, properties(b) AS pb"
            + " ORDER BY rid, t, ia, ib";

    private final Driver driver;

    public FtmExporter(Driver driver) {
        this.driver = driver;
    }

    /**
     * An export.
     *
     * @param jsonLines one entity per line
     * @param reportIds the cases that contributed at least one visible fact, in the order asked
     * @param notFound cases that do not exist or of which the viewer may see nothing (never told apart)
     */
    public record Export(String jsonLines, int entities, List<String> reportIds, List<String> notFound) {}

    /** A fact as read: the two nodes and the relationship between them. */
    private record Fact(
            String reportId,
            String fromLabel,
            String fromId,
            Map<String, Object> from,
            String type,
            Map<String, Object> props,
            String toLabel,
            String toId,
            Map<String, Object> to) {}

    public Export export(Viewer viewer, Collection<String> reportIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(reportIds));
        Map<String, Object> parameters = new HashMap<>(Visibility.parameters(viewer));
        parameters.put("ids", ids);
        List<Fact> facts;
        try (var session = driver.session()) {
            facts = session.executeRead(tx -> tx.run(FACTS, parameters)
                    .list(r -> new Fact(
                            r.get("rid").asString(),
                            r.get("la").asString(),
                            r.get("ia").asString(),
                            r.get("pa").asMap(),
                            r.get("t").asString(),
                            r.get("pr").asMap(),
                            r.get("lb").asString(),
                            r.get("ib").asString(),
                            r.get("pb").asMap())));
        }
        Entities entities = new Entities();
        Set<String> seen = new LinkedHashSet<>();
        for (Fact fact : facts) {
            seen.add(fact.reportId());
            entities.add(fact);
        }
        StringBuilder out = new StringBuilder();
        List<FtmEntity> built = entities.build();
        for (FtmEntity entity : built) out.append(json(entity)).append('\n');
        List<String> found = ids.stream().filter(seen::contains).toList();
        List<String> notFound = ids.stream().filter(id -> !seen.contains(id)).toList();
        return new Export(out.toString(), built.size(), found, notFound);
    }

    static String json(FtmEntity entity) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", entity.id());
        node.put("schema", entity.schema());
        ObjectNode properties = node.putObject("properties");
        entity.properties().forEach((k, v) -> {
            var array = properties.putArray(k);
            v.forEach(array::add);
        });
        return JSON.writeValueAsString(node);
    }

    /** The entities being built, by id. */
    private static final class Entities {
        private final Map<String, FtmEntity.Builder> byId = new TreeMap<>();
        private final Map<String, String[]> tripEnds = new TreeMap<>();

        private FtmEntity.Builder entity(String schema, String kind, String graphId) {
            String id = id(kind, graphId);
            return byId.computeIfAbsent(id, k -> new FtmEntity.Builder(k, schema));
        }

        List<FtmEntity> build() {
            // A trip is named by its ends, which arrive as two separate facts.
            tripEnds.forEach((id, ends) -> byId.get(id).add("name", ends[0] + " → " + ends[1]));
            return byId.values().stream().map(FtmEntity.Builder::build).toList();
        }

        void add(Fact f) {
            String agency = str(f.props().get("agency"));
            switch (f.type()) {
                case "MENTIONS" -> {
                    if (f.toLabel().equals("Person")) person(f, agency);
                    else if (f.toLabel().equals("Organisation")) {
                        entity("Organization", "organisation", f.toId())
                                .add("name", f.to().get("name"))
                                .add("keywords", f.to().get("kind"))
                                .add("publisher", agency);
                    }
                }
                case "REPORTS" -> {
                    Map<String, Object> i = f.to();
                    String kind = str(i.get("kind"));
                    String date = partial(i.get("date"), i.get("datePrecision"));
                    entity("Event", "incident", f.toId())
                            .add("name", (kind + " " + (date == null ? "" : date)).strip())
                            .add("date", date)
                            .add("summary", i.get("description"))
                            .add("keywords", kind)
                            .add("recordId", f.toId())
                            .add("publisher", agency);
                }
                case "OCCURRED_AT" -> {
                    FtmEntity.Builder address = address(f.toId(), f.to());
                    entity("Event", "incident", f.fromId())
                            .add("addressEntity", address.id())
                            .add("location", f.to().get("name"))
                            .add("country", lower(f.to().get("countryA")));
                }
                case "INVOLVED_IN" -> entity("Event", "incident", f.toId()).add("involved", id("person", f.fromId()));
                case "USES" -> uses(f);
                case "CONTACTED", "ASSOCIATE_OF" ->
                    link("Associate", f)
                            .add("person", id("person", f.fromId()))
                            .add("associate", id(kindOf(f.toLabel()), f.toId()))
                            .add(
                                    "relationship",
                                    f.type().toLowerCase(Locale.ROOT).replace('_', ' '));
                case "RECRUITED", "TRANSPORTED", "HARBOURED", "EXPLOITED" ->
                    link("UnknownLink", f)
                            .add("subject", id("person", f.fromId()))
                            .add("object", id(kindOf(f.toLabel()), f.toId()))
                            .add("role", f.type());
                case "PAID" ->
                    link("Payment", f)
                            .add("payer", id("person", f.fromId()))
                            .add("beneficiary", id(kindOf(f.toLabel()), f.toId()))
                            .add("amount", f.props().get("amount"))
                            .add("currency", f.props().get("currency"))
                            .add(
                                    "date",
                                    partial(f.props().get("date"), f.props().get("datePrecision")));
                case "MEMBER_OF" ->
                    link("Membership", f)
                            .add("member", id("person", f.fromId()))
                            .add("organization", id("organisation", f.toId()));
                case "DESCRIBES" -> {
                    Map<String, Object> leg = f.to();
                    String price = leg.get("price") == null
                            ? null
                            : "price per person " + number(leg.get("price")) + " " + str(leg.get("currency"));
                    entity("Trip", "leg", f.toId())
                            .add("date", partial(leg.get("date"), leg.get("datePrecision")))
                            .add("keywords", leg.get("mode"))
                            .add("summary", price)
                            .add("recordId", f.toId())
                            .add("publisher", agency);
                }
                case "FROM", "TO", "VIA" -> {
                    FtmEntity.Builder address = address(f.toId(), f.to());
                    FtmEntity.Builder trip = entity("Trip", "leg", f.fromId());
                    String name = str(f.to().get("name"));
                    String[] ends = tripEnds.computeIfAbsent(trip.id(), k -> new String[2]);
                    switch (f.type()) {
                        case "FROM" -> {
                            trip.add("startLocation", address.id());
                            ends[0] = name;
                        }
                        case "TO" -> {
                            trip.add("endLocation", address.id());
                            ends[1] = name;
                        }
                        default -> trip.add("description", "via " + name);
                    }
                }
                case "ON_LEG" -> {
                    FtmEntity.Builder trip = entity("Trip", "leg", f.toId());
                    if (f.fromLabel().equals("Vehicle")) trip.add("vehicle", id("vehicle", f.fromId()));
                    else trip.add("involved", id("person", f.fromId()));
                }
                default -> {
                    // facts about reports themselves have no FtM counterpart
                }
            }
        }

        private void person(Fact f, String agency) {
            Map<String, Object> m = f.props();
            String name = str(m.get("name"));
            FtmEntity.Builder p = entity("Person", "person", f.toId())
                    .add("name", name.isEmpty() ? f.to().get("displayKey") : name)
                    .add("alias", m.get("aliases"))
                    .add("gender", gender(m.get("gender")))
                    .add("nationality", lower(m.get("nationality")))
                    .add("birthDate", partial(m.get("birthDate"), m.get("birthDatePrecision")))
                    .add("keywords", m.get("role"))
                    .add("publisher", agency);
            if (m.get("ageBand") != null) p.add("description", "age band " + m.get("ageBand"));
            if (Boolean.TRUE.equals(m.get("minor"))) p.add("keywords", "MINOR");
        }

        private void uses(Fact f) {
            String person = id("person", f.fromId());
            Map<String, Object> s = f.to();
            switch (f.toLabel()) {
                case "Phone" -> {
                    if (s.get("e164") != null)
                        entity("Person", "person", f.fromId()).add("phone", s.get("e164"));
                }
                case "Vehicle" ->
                    entity("Vehicle", "vehicle", f.toId())
                            .add("name", s.get("plate"))
                            .add("registrationNumber", s.get("plate"))
                            .add("country", lower(s.get("country")))
                            .add("model", s.get("make"))
                            .add("description", s.get("concealment"))
                            .add("operator", person);
                case "Document" -> {
                    boolean passport = "PASSPORT".equals(s.get("type"));
                    entity(passport ? "Passport" : "Identification", "document", f.toId())
                            .add("number", f.toId())
                            .add("type", s.get("type"))
                            .add("country", lower(s.get("issuer")))
                            .add("summary", s.get("status"))
                            .add("holder", person);
                }
                case "OnlineAccount" -> {
                    if (s.get("handle") != null) {
                        entity("UserAccount", "online", f.toId())
                                .add("username", s.get("handle"))
                                .add("service", s.get("platform"))
                                .add("owner", person);
                    }
                }
                default -> {
                    // accounts keep only a keyed hash and a hint: nothing an FtM tool could match on
                }
            }
        }

        private FtmEntity.Builder address(String locationId, Map<String, Object> l) {
            return entity("Address", "location", locationId)
                    .add("full", l.get("name"))
                    .add("city", l.get("name"))
                    .add("country", lower(l.get("countryA")))
                    .add("latitude", l.get("lat"))
                    .add("longitude", l.get("lon"))
                    .add("summary", locationId);
        }

        private FtmEntity.Builder link(String schema, Fact f) {
            return entity(schema, "link", f.type() + "|" + f.fromId() + "|" + f.toId() + "|" + f.reportId())
                    .add("publisher", f.props().get("agency"))
                    .add("recordId", f.reportId());
        }
    }

    private static String kindOf(String label) {
        return label.equals("Organisation") ? "organisation" : "person";
    }

    /** A stable FtM id: the kind and a hash of the graph id, so ids carry no case data of their own. */
    static String id(String kind, String graphId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(graphId.getBytes(StandardCharsets.UTF_8));
            return "bl-" + kind + "-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String gender(@Nullable Object gender) {
        if (gender == null) return null;
        return switch (gender.toString()) {
            case "MALE" -> "male";
            case "FEMALE" -> "female";
            case "UNKNOWN" -> null;
            default -> "other";
        };
    }

    private static @Nullable String lower(@Nullable Object code) {
        return code == null ? null : code.toString().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String partial(@Nullable Object date, @Nullable Object precision) {
        if (!(date instanceof LocalDate d)) return null;
        return new PartialDate(d, precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision.toString()))
                .iso();
    }

    private static String number(Object value) {
        return value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : value.toString();
    }

    private static String str(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
