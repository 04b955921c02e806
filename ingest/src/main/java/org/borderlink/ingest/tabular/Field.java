package org.borderlink.ingest.tabular;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.Gender;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.model.Tlp;
import org.borderlink.ingest.report.AccountKind;
import org.borderlink.ingest.report.CaseStatus;
import org.borderlink.ingest.report.DocumentStatus;
import org.borderlink.ingest.report.DocumentType;
import org.borderlink.ingest.report.HtcdsPicklist;
import org.borderlink.ingest.report.IncidentKind;
import org.borderlink.ingest.report.OrganisationKind;
import org.borderlink.ingest.report.OutcomeKind;
import org.borderlink.ingest.report.TransportMode;
import org.borderlink.ingest.report.Victim;
import org.jspecify.annotations.Nullable;

/**
 * The canonical fields a column can feed, named as in the mapping language ({@code person.gender}). Report, incident
 * and leg fields belong to the case; person fields (and the selectors a person uses) to one person. docs/ingest.md
 * lists them with their meaning.
 */
public enum Field {
    REFERENCE(Entity.REPORT, "reference", Kind.TEXT),
    VERSION(Entity.REPORT, "version", Kind.INTEGER),
    REPORTED_ON(Entity.REPORT, "reportedOn", Kind.DATE),
    RECEIVED_ON(Entity.REPORT, "receivedOn", Kind.DATE),
    TYPE(Entity.REPORT, "type", Kind.CHOICE, names(CaseType.class)),
    TLP(
            Entity.REPORT,
            "tlp",
            Kind.CHOICE,
            Arrays.stream(Tlp.values()).map(Tlp::label).toList()),
    HANDLING(Entity.REPORT, "handling", Kind.CHOICE, names(HandlingCode.class)),
    RELEASABLE_TO(Entity.REPORT, "releasableTo", Kind.TEXT, true),
    GRADING(Entity.REPORT, "grading", Kind.TEXT),
    NARRATIVE(Entity.REPORT, "narrative", Kind.TEXT),
    NARRATIVE_LANGUAGE(Entity.REPORT, "narrativeLanguage", Kind.LANGUAGE),
    STATUS(Entity.REPORT, "status", Kind.CHOICE, names(CaseStatus.class)),

    INCIDENT_KIND(Entity.INCIDENT, "kind", Kind.CHOICE, names(IncidentKind.class)),
    INCIDENT_DATE(Entity.INCIDENT, "date", Kind.DATE),
    INCIDENT_DATE_ESTIMATED(Entity.INCIDENT, "dateEstimated", Kind.BOOLEAN),
    INCIDENT_PLACE(Entity.INCIDENT, "place", Kind.TEXT),
    INCIDENT_PLACE_COUNTRY(Entity.INCIDENT, "placeCountry", Kind.COUNTRY),
    INCIDENT_LAT(Entity.INCIDENT, "lat", Kind.DECIMAL),
    INCIDENT_LON(Entity.INCIDENT, "lon", Kind.DECIMAL),
    INCIDENT_MIGRANTS(Entity.INCIDENT, "migrants", Kind.INTEGER),
    INCIDENT_DESCRIPTION(Entity.INCIDENT, "description", Kind.TEXT),

    LEG_FROM(Entity.LEG, "from", Kind.TEXT),
    LEG_TO(Entity.LEG, "to", Kind.TEXT),
    LEG_VIA(Entity.LEG, "via", Kind.TEXT),
    LEG_MODE(Entity.LEG, "mode", Kind.CHOICE, names(TransportMode.class)),
    LEG_DATE(Entity.LEG, "date", Kind.DATE),
    LEG_PRICE(Entity.LEG, "price", Kind.MONEY),
    LEG_CURRENCY(Entity.LEG, "currency", Kind.CURRENCY),

    PERSON_NAME(Entity.PERSON, "name", Kind.TEXT),
    PERSON_ROLE(Entity.PERSON, "role", Kind.CHOICE, names(Role.class)),
    PERSON_GENDER(Entity.PERSON, "gender", Kind.CHOICE, names(Gender.class)),
    PERSON_BIRTH_DATE(Entity.PERSON, "birthDate", Kind.DATE),
    PERSON_BIRTH_DATE_ESTIMATED(Entity.PERSON, "birthDateEstimated", Kind.BOOLEAN),
    PERSON_AGE(Entity.PERSON, "age", Kind.AGE),
    PERSON_AGE_BAND(Entity.PERSON, "ageBand", Kind.AGE_BAND),
    PERSON_NATIONALITY(Entity.PERSON, "nationality", Kind.COUNTRY),
    PERSON_ALIASES(Entity.PERSON, "aliases", Kind.TEXT, true),
    PERSON_LANGUAGES(Entity.PERSON, "languages", Kind.LANGUAGE, true),
    PERSON_MINOR(Entity.PERSON, "minor", Kind.BOOLEAN),
    PERSON_PHONE(Entity.PERSON, "phone", Kind.PHONE, true),
    PERSON_IMEI(Entity.PERSON, "imei", Kind.TEXT),
    PERSON_VEHICLE_PLATE(Entity.PERSON, "vehicle.plate", Kind.PLATE),
    PERSON_VEHICLE_COUNTRY(Entity.PERSON, "vehicle.country", Kind.COUNTRY),
    PERSON_VEHICLE_MAKE(Entity.PERSON, "vehicle.make", Kind.TEXT),
    PERSON_VEHICLE_COLOUR(Entity.PERSON, "vehicle.colour", Kind.TEXT),
    PERSON_VEHICLE_CONCEALMENT(Entity.PERSON, "vehicle.concealment", Kind.TEXT),
    PERSON_DOCUMENT_TYPE(Entity.PERSON, "document.type", Kind.CHOICE, names(DocumentType.class)),
    PERSON_DOCUMENT_NUMBER(Entity.PERSON, "document.number", Kind.TEXT),
    PERSON_DOCUMENT_ISSUER(Entity.PERSON, "document.issuer", Kind.COUNTRY),
    PERSON_DOCUMENT_STATUS(Entity.PERSON, "document.status", Kind.CHOICE, names(DocumentStatus.class)),
    PERSON_ONLINE_PLATFORM(Entity.PERSON, "online.platform", Kind.TEXT),
    PERSON_ONLINE_HANDLE(Entity.PERSON, "online.handle", Kind.TEXT),
    PERSON_ACCOUNT_KIND(Entity.PERSON, "account.kind", Kind.CHOICE, names(AccountKind.class)),
    PERSON_ACCOUNT_IDENTIFIER(Entity.PERSON, "account.identifier", Kind.TEXT),
    PERSON_ACCOUNT_PROVIDER(Entity.PERSON, "account.provider", Kind.TEXT),
    PERSON_ORGANISATION(Entity.PERSON, "organisation", Kind.TEXT),
    PERSON_ORGANISATION_KIND(Entity.PERSON, "organisation.kind", Kind.CHOICE, names(OrganisationKind.class)),
    PERSON_OUTCOME(Entity.PERSON, "outcome", Kind.CHOICE, names(OutcomeKind.class)),
    PERSON_OUTCOME_DATE(Entity.PERSON, "outcomeDate", Kind.DATE),
    PERSON_SENTENCE_MONTHS(Entity.PERSON, "sentenceMonths", Kind.INTEGER),
    PERSON_TRAFFICKING_STATUS(Entity.PERSON, "traffickingStatus", Kind.CHOICE, htcds(Victim.TraffickingStatus.class)),
    PERSON_STATUS_DECIDED_BY(Entity.PERSON, "statusDecidedBy", Kind.CHOICE, htcds(Victim.DecisionMakingOrg.class)),
    PERSON_EXPLOITATION_TYPES(
            Entity.PERSON, "exploitationTypes", Kind.CHOICE, true, htcds(Victim.ExploitationType.class)),
    PERSON_METHODS_OF_CONTROL(
            Entity.PERSON, "methodsOfControl", Kind.CHOICE, true, htcds(Victim.MethodOfControl.class)),
    PERSON_RECRUITMENT_METHOD(Entity.PERSON, "recruitmentMethod", Kind.CHOICE, htcds(Victim.RecruitmentMethod.class)),
    PERSON_RECRUITMENT_APPS(Entity.PERSON, "recruitmentApps", Kind.CHOICE, true, htcds(Victim.RecruitmentApp.class));

    /** What a field belongs to. Report, incident and leg fields describe the case; person fields one person. */
    public enum Entity {
        REPORT("report"),
        INCIDENT("incident"),
        LEG("leg"),
        PERSON("person");

        final String word;

        Entity(String word) {
            this.word = word;
        }

        /** Whether several rows of one case must agree on it (everything but persons). */
        public boolean caseLevel() {
            return this != PERSON;
        }
    }

    /** How a cell's text becomes the field's value. */
    public enum Kind {
        /** Text as written. Several columns feeding one text field are joined with a space, in column order. */
        TEXT,
        /** A date in the mapping's formats or any the date normaliser reads, kept at its precision. */
        DATE,
        /** A country name in any language or script, or a code; through the dictionary first. */
        COUNTRY,
        /** One of a closed set of values; through the dictionary first, then the value's own name. */
        CHOICE,
        INTEGER,
        DECIMAL,
        /** An amount, optionally with its currency ({@code 300 EUR}, {@code 300 €}, {@code 1.500,00}). */
        MONEY,
        /** An ISO 4217 code or a currency word of the dictionary. */
        CURRENCY,
        /** {@code true}/{@code false}/{@code yes}/{@code no}/{@code 1}/{@code 0}, or a dictionary word. */
        BOOLEAN,
        /** A phone number as written; checked against the phone normaliser. */
        PHONE,
        /** A plate as written; checked against the plate normaliser. */
        PLATE,
        /** An age in whole years, kept only as its CTDC age band. */
        AGE,
        /** A CTDC age band label ({@code 18–20}, {@code 18-20}, {@code 48+}). */
        AGE_BAND,
        /** An ISO 639-1 code ({@code sr}), or a 639-2 code, or a dictionary word. */
        LANGUAGE
    }

    private final Entity entity;
    private final String attribute;
    private final Kind kind;
    private final boolean list;
    private final List<String> choices;

    Field(Entity entity, String attribute, Kind kind) {
        this(entity, attribute, kind, false, List.of());
    }

    Field(Entity entity, String attribute, Kind kind, boolean list) {
        this(entity, attribute, kind, list, List.of());
    }

    Field(Entity entity, String attribute, Kind kind, List<String> choices) {
        this(entity, attribute, kind, false, choices);
    }

    Field(Entity entity, String attribute, Kind kind, boolean list, List<String> choices) {
        this.entity = entity;
        this.attribute = attribute;
        this.kind = kind;
        this.list = list;
        this.choices = List.copyOf(choices);
    }

    public Entity entity() {
        return entity;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether a cell may hold several values (split on the column's separator). */
    public boolean list() {
        return list;
    }

    /** The accepted values of a {@link Kind#CHOICE} field, as the canonical report writes them. */
    public List<String> choices() {
        return choices;
    }

    /** The name in the mapping language, e.g. {@code person.vehicle.plate}. */
    public String path() {
        return entity.word + "." + attribute;
    }

    /** The field named {@code entity.attribute}, index already removed. */
    public static Optional<Field> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path().equals(path)).findFirst();
    }

    /** The choice {@code text} names, exactly or ignoring case and with spaces or hyphens for underscores. */
    @Nullable
    String choice(String text) {
        String t = text.strip();
        for (String c : choices) if (c.equals(t)) return c;
        String loose = t.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (String c : choices) {
            if (c.toUpperCase(Locale.ROOT).replace('-', '_').equals(loose)) return c;
        }
        return null;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static List<String> htcds(Class<? extends HtcdsPicklist> type) {
        return Arrays.stream(type.getEnumConstants()).map(HtcdsPicklist::htcds).toList();
    }
}
