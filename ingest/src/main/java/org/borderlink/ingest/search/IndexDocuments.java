package org.borderlink.ingest.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.borderlink.graph.sharing.AudienceToken;
import org.borderlink.ingest.normalise.Place;
import org.borderlink.ingest.search.IndexedReport.NamedEntity;
import org.borderlink.ingest.search.IndexedReport.SelectorEntity;
import org.borderlink.ingest.search.PersonMention.SelectorUse;
import org.borderlink.ingest.search.analysis.FoldedNameAnalyzer;
import org.borderlink.ingest.search.analysis.PersonNameAnalyzer;
import org.borderlink.ingest.search.analysis.PhoneticNameAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene documents of the index and their fields. One document per person mention, organisation, searchable
 * selector, unverified place and narrative of a report, each carrying the report's id, owning agency and audience
 * tokens ({@value #AUD}), so every search filters by the user's tokens inside Lucene; gazetteer places carry the
 * {@code public} token. A report's documents are replaced together: delete by {@value #REPORT_ID}, add anew.
 */
final class IndexDocuments {

    // what a document is
    static final String KIND = "kind";
    static final String TYPE = "type";
    static final String ENTITY = "entity";
    static final String LABEL = "label";
    static final String SEARCHABLE = "searchable";
    // where it came from and who may see it
    static final String REPORT_ID = "reportId";
    static final String AGENCY = "agency";
    static final String AUD = "aud";
    static final String SEQ = "seq";
    static final String VERSION = "version";
    static final String SOURCE = "source";
    // names: every form (search), folded words (blocking and search), phonetic keys
    static final String NAMES = "names";
    static final String FOLDED = "folded";
    static final String PHONETIC = "phonetic";
    // person mentions
    static final String LOCAL_REF = "localRef";
    static final String ROLE = "role";
    static final String PROTECTED = "protected";
    static final String NAME = "name";
    static final String NAME_LATIN = "nameLatin";
    static final String ALIAS = "alias";
    static final String GENDER = "gender";
    static final String AGE_BAND = "ageBand";
    static final String NATIONALITY = "nationality";
    static final String BIRTH_DATE = "birthDate";
    static final String BIRTH_PRECISION = "birthPrecision";
    static final String SUBJECT_KEY = "subjectKey";
    static final String SELECTOR = "sel";
    static final String SELECTOR_USE = "selUse";
    static final String CO_PERSON = "co";
    static final String CONTEXT = "ctx";
    // selectors and narratives
    static final String KEY = "key";
    static final String NARRATIVE = "narrative";
    static final String REFERENCE = "reference";
    static final String REPORT_TYPE = "reportType";
    static final String REPORTED_ON = "reportedOn";

    static final String KIND_PERSON = "person";
    static final String KIND_ORGANISATION = "organisation";
    static final String KIND_SELECTOR = "selector";
    static final String KIND_PLACE = "place";
    static final String KIND_REPORT = "report";
    static final String SOURCE_GAZETTEER = "gazetteer";

    private IndexDocuments() {}

    /** The analyzer of every analysed field; the other fields are single terms. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                Map.of(
                        NAMES, new PersonNameAnalyzer(),
                        FOLDED, new FoldedNameAnalyzer(),
                        PHONETIC, new PhoneticNameAnalyzer(),
                        NARRATIVE, new NarrativeAnalyzer()));
    }

    /** Every document of one report. */
    static List<Document> of(IndexedReport report) {
        List<Document> docs = new ArrayList<>();
        Document narrative = base(report, report.aud(), KIND_REPORT, SearchType.REPORT, report.reportId());
        narrative.add(new StoredField(LABEL, label(report)));
        narrative.add(new StoredField(VERSION, report.version()));
        narrative.add(new StoredField(SEQ, report.seq()));
        narrative.add(new NumericDocValuesField(SEQ, report.seq()));
        if (report.reference() != null) narrative.add(new StoredField(REFERENCE, report.reference()));
        if (report.type() != null) narrative.add(new StoredField(REPORT_TYPE, report.type()));
        if (report.reportedOn() != null)
            narrative.add(new StoredField(REPORTED_ON, report.reportedOn().toString()));
        if (report.narrative() != null) narrative.add(new TextField(NARRATIVE, report.narrative(), Field.Store.YES));
        docs.add(narrative);

        for (PersonMention m : report.persons()) docs.add(person(report, m));
        for (NamedEntity o : report.organisations()) {
            Document doc = base(report, report.aud(), KIND_ORGANISATION, SearchType.ORGANISATION, o.id());
            doc.add(new StoredField(LABEL, o.name()));
            names(
                    doc,
                    o.latin() == null || o.latin().equals(o.name()) ? List.of(o.name()) : List.of(o.name(), o.latin()));
            docs.add(doc);
        }
        for (SelectorEntity s : report.selectors()) {
            SearchType type = SearchType.ofSelectorLabel(s.label());
            if (type == null) continue;
            Document doc = base(report, s.aud(), KIND_SELECTOR, type, s.id());
            doc.add(new StoredField(LABEL, s.display()));
            for (String key : s.keys()) doc.add(new StringField(KEY, key, Field.Store.NO));
            docs.add(doc);
        }
        for (NamedEntity p : report.places()) {
            Document doc = base(report, report.aud(), KIND_PLACE, SearchType.PLACE, p.id());
            doc.add(new StoredField(LABEL, p.name()));
            names(doc, List.of(p.name()));
            docs.add(doc);
        }
        return docs;
    }

    /** A gazetteer place: public reference data, found by every name the gazetteer gives it. */
    static Document of(Place place) {
        Document doc = new Document();
        doc.add(new StringField(KIND, KIND_PLACE, Field.Store.YES));
        doc.add(new StringField(TYPE, SearchType.PLACE.value(), Field.Store.YES));
        doc.add(new StringField(SOURCE, SOURCE_GAZETTEER, Field.Store.NO));
        entity(doc, place.id());
        doc.add(new StringField(SEARCHABLE, "true", Field.Store.NO));
        doc.add(new StringField(AUD, AudienceToken.PUBLIC.value(), Field.Store.NO));
        doc.add(new StringField(KEY, place.id(), Field.Store.NO));
        doc.add(new StoredField(LABEL, place.name() + (place.nameLocal().isBlank() ? "" : " · " + place.nameLocal())));
        names(doc, place.nameLocal().isBlank() ? List.of(place.name()) : List.of(place.name(), place.nameLocal()));
        return doc;
    }

    private static Document person(IndexedReport report, PersonMention m) {
        Document doc = base(report, m.aud(), KIND_PERSON, SearchType.PERSON, m.personId());
        // protected persons are kept for resolution by pseudonymous identity only, never shown by a search
        replaceSearchable(doc, !m.isProtected());
        doc.add(new StoredField(LABEL, m.display()));
        doc.add(new StoredField(LOCAL_REF, m.localRef()));
        doc.add(new StoredField(ROLE, m.role()));
        doc.add(new StringField(PROTECTED, Boolean.toString(m.isProtected()), Field.Store.YES));
        stored(doc, NAME, m.name());
        stored(doc, NAME_LATIN, m.nameLatin());
        m.aliases().forEach(a -> doc.add(new StoredField(ALIAS, a)));
        stored(doc, GENDER, m.gender());
        stored(doc, AGE_BAND, m.ageBand());
        stored(doc, NATIONALITY, m.nationality());
        if (m.birthDate() != null)
            doc.add(new StoredField(BIRTH_DATE, m.birthDate().toString()));
        stored(doc, BIRTH_PRECISION, m.birthPrecision());
        if (m.subjectKey() != null) doc.add(new StringField(SUBJECT_KEY, m.subjectKey(), Field.Store.YES));
        for (SelectorUse s : m.selectors()) {
            doc.add(new StringField(SELECTOR, s.id(), Field.Store.NO));
            doc.add(new StoredField(
                    SELECTOR_USE, s.label() + "\t" + s.id() + "\t" + (s.status() == null ? "" : s.status())));
        }
        m.coPersons().forEach(c -> doc.add(new StoredField(CO_PERSON, c)));
        m.context().forEach(c -> doc.add(new StoredField(CONTEXT, c)));
        names(doc, m.names());
        return doc;
    }

    /** The mention a person document holds. */
    static PersonMention mention(Document doc) {
        List<SelectorUse> selectors = new ArrayList<>();
        for (String use : doc.getValues(SELECTOR_USE)) {
            String[] parts = use.split("\t", -1);
            selectors.add(new SelectorUse(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]));
        }
        String birth = doc.get(BIRTH_DATE);
        return new PersonMention(
                doc.get(ENTITY),
                doc.get(REPORT_ID),
                doc.get(LOCAL_REF),
                doc.get(AGENCY),
                Arrays.asList(doc.getValues(AUD)),
                doc.get(ROLE),
                Boolean.parseBoolean(doc.get(PROTECTED)),
                doc.get(LABEL),
                doc.get(NAME),
                doc.get(NAME_LATIN),
                Arrays.asList(doc.getValues(ALIAS)),
                doc.get(GENDER),
                doc.get(AGE_BAND),
                doc.get(NATIONALITY),
                birth == null ? null : LocalDate.parse(birth),
                doc.get(BIRTH_PRECISION),
                doc.get(SUBJECT_KEY),
                selectors,
                Arrays.asList(doc.getValues(CO_PERSON)),
                Arrays.asList(doc.getValues(CONTEXT)));
    }

    private static Document base(IndexedReport report, List<String> aud, String kind, SearchType type, String entity) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        doc.add(new StringField(TYPE, type.value(), Field.Store.YES));
        entity(doc, entity);
        doc.add(new StringField(SEARCHABLE, "true", Field.Store.NO));
        doc.add(new StringField(REPORT_ID, report.reportId(), Field.Store.YES));
        doc.add(new StringField(AGENCY, report.agency(), Field.Store.YES));
        doc.add(new SortedDocValuesField(AGENCY, new BytesRef(report.agency())));
        doc.add(new SortedDocValuesField(REPORT_ID, new BytesRef(report.reportId())));
        for (String token : aud) doc.add(new StringField(AUD, token, Field.Store.YES));
        return doc;
    }

    private static void entity(Document doc, String id) {
        doc.add(new StringField(ENTITY, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ENTITY, new BytesRef(id)));
    }

    private static void names(Document doc, List<String> names) {
        for (String name : names) {
            if (name.isBlank()) continue;
            doc.add(new TextField(NAMES, name, Field.Store.NO));
            doc.add(new TextField(FOLDED, name, Field.Store.NO));
            doc.add(new TextField(PHONETIC, name, Field.Store.NO));
        }
    }

    private static void stored(Document doc, String field, @Nullable String value) {
        if (value != null) doc.add(new StoredField(field, value));
    }

    private static String label(IndexedReport report) {
        return report.reportId()
                + (report.type() == null ? "" : " · " + report.type())
                + (report.reportedOn() == null ? "" : " · " + report.reportedOn());
    }

    /** Lets the person builder turn a document unsearchable after {@link #base} marked it searchable. */
    private static void replaceSearchable(Document doc, boolean searchable) {
        doc.removeFields(SEARCHABLE);
        doc.add(new StringField(SEARCHABLE, Boolean.toString(searchable), Field.Store.NO));
    }
}
