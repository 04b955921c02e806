package org.borderlink.ingest.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.describe;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.tokens;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.borderlink.ingest.search.analysis.AnalysisTokens.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameAnalyzersTest {

    private final Analyzer person = new PersonNameAnalyzer();
    private final Analyzer folded = new FoldedNameAnalyzer();
    private final Analyzer phonetic = new PhoneticNameAnalyzer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Џавад Хусеини            | javad/~JFT/~AFT/džavad(l)/џавад(o) huseini/~HSN/хусеини(o)
            JAWAD HUSSAINI           | javad/~JFT/~AFT/jawad(l) husaini/~HSN/hussaini(l)
            Abdul Rahman al-Hassan   | abdul(p)/abdulrahman(c)*2/~APTLRM rahman/~RMN al(p) hasan/~HSN/hassan(l)
            J. Hussaini              | j(i) husaini/~HSN/hussaini(l)
            Ђорђе                    | jorje/~JRJ/~ARJ/dorde(v)/~TRT/đorđe(l)/ђорђе(o)
            Ќиро Çelik               | ciro/~SR/kiro(v)/~KR/ḱiro(l)/ќиро(o) celik/~SLK/çelik(l)
            """)
    void personNameAnalyzerIndexesEveryForm(String name, String expected) {
        assertThat(describe(person, name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Џавад Хусеини            | javad huseini
            Dzavad Huseini           | javad huseini
            Xhavad Husejni           | javad huseini
            JAWAD HUSSAINI           | javad husaini
            Đorđe Jovanović          | jorje/dorde(v) jovanovic
            Abdul Rahman al-Hassan   | abdulrahman(c)*2 rahman _ hasan
            J. Hussaini              | _ husaini
            """)
    void foldedNameAnalyzerKeepsFoldedFormsOnly(String name, String expected) {
        assertThat(describe(folded, name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Џавад Хусеини            | ~JFT/~AFT ~HSN
            Mohammed al-Hassan       | ~MHMT _ ~HSN
            Muhammad Hossein         | ~MHMT ~HSN
            """)
    void phoneticNameAnalyzerKeepsKeysOnly(String name, String expected) {
        assertThat(describe(phonetic, name)).isEqualTo(expected);
    }

    @Test
    void wordOrderDoesNotChangeTheBagOfTerms() {
        assertThat(terms(person, "Husein Džavad")).isEqualTo(terms(person, "Džavad Husein"));
        assertThat(terms(folded, "HUSSAINI, Jawad")).isEqualTo(terms(folded, "Jawad Hussaini"));
    }

    @Test
    void theFactoriesAreFoundByTheirSpiNames() {
        assertThat(TokenFilterFactory.lookupClass(ScriptToLatinFilterFactory.NAME))
                .isEqualTo(ScriptToLatinFilterFactory.class);
        assertThat(TokenFilterFactory.lookupClass(NameInitialFilterFactory.NAME))
                .isEqualTo(NameInitialFilterFactory.class);
        assertThat(TokenFilterFactory.lookupClass(NameFoldingFilterFactory.NAME))
                .isEqualTo(NameFoldingFilterFactory.class);
        assertThat(TokenFilterFactory.lookupClass(ArabicNameParticleFilterFactory.NAME))
                .isEqualTo(ArabicNameParticleFilterFactory.class);
        assertThat(TokenFilterFactory.lookupClass(NamePhoneticFilterFactory.NAME))
                .isEqualTo(NamePhoneticFilterFactory.class);
    }

    @Test
    void aFactoryRefusesParametersItDoesNotKnow() {
        Map<String, String> args = new HashMap<>(Map.of("preserveOriginal", "true", "bogus", "1"));
        assertThatThrownBy(() -> TokenFilterFactory.forName(NameFoldingFilterFactory.NAME, args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Џавад Хусеини", "Abdul Rahman al-Hassan", "J. Hussaini", "Ѓорѓи Ќиро", "Habib Ullah"})
    void aCustomAnalyzerBuiltFromTheSpiNamesIsThePersonNameAnalyzer(String name) throws IOException {
        Analyzer custom = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter(ScriptToLatinFilterFactory.NAME, "preserveOriginal", "true")
                .addTokenFilter(NameInitialFilterFactory.NAME)
                .addTokenFilter(NameFoldingFilterFactory.NAME, "preserveOriginal", "true")
                .addTokenFilter(ArabicNameParticleFilterFactory.NAME)
                .addTokenFilter(NamePhoneticFilterFactory.NAME)
                .build();

        assertThat(tokens(custom, name)).isEqualTo(tokens(person, name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dzavad Huseini            | dzavad
            Xhavad Husejni            | dzavad
            JAWAD HUSSAINI            | dzavad
            Huseini Џавад             | dzavad
            J. Husseini               | dzavad
            Abdulrahman Hasan         | abdulrahman
            Hasan Abdurrahman         | abdulrahman
            Dorde Jovanovic           | djordje
            Djordje Jovanović         | djordje
            """)
    void anIndexOfNamesFindsThePersonUnderEverySpelling(String spelling, String expected) throws IOException {
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(person))) {
                Map<String, String> people = Map.of(
                        "dzavad", "Џавад Хусеини",
                        "rahimi", "Jawad Rahimi",
                        "abdulrahman", "Abdul Rahman al-Hassan",
                        "hasan", "Hassan Hosseini",
                        "djordje", "Ђорђе Јовановић",
                        "jovan", "Jovan Đorđević");
                for (Map.Entry<String, String> entry : people.entrySet()) {
                    Document document = new Document();
                    document.add(new StringField("id", entry.getKey(), Field.Store.YES));
                    document.add(new Field("name", entry.getValue(), withOffsets));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs top = searcher.search(query(spelling), 1);
                assertThat(searcher.storedFields()
                                .document(top.scoreDocs[0].doc)
                                .get("id"))
                        .isEqualTo(expected);
            }
        }
    }

    /** Folded forms count fully, phonetic keys and initials (as prefixes) less, particles and kept spellings not. */
    private Query query(String spelling) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Token token : tokens(person, spelling)) {
            Term term = new Term("name", token.term());
            Query clause = switch (token.type()) {
                case NameTokenTypes.NAME, NameTokenTypes.VARIANT, NameTokenTypes.COMPOUND -> new TermQuery(term);
                case NameTokenTypes.PHONETIC -> new BoostQuery(new TermQuery(term), 0.3f);
                case NameTokenTypes.INITIAL -> new BoostQuery(new PrefixQuery(term), 0.5f);
                default -> null;
            };
            if (clause != null) {
                query.add(clause, BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static TreeSet<String> terms(Analyzer analyzer, String name) {
        TreeSet<String> terms = new TreeSet<>();
        tokens(analyzer, name).forEach(token -> terms.add(token.term()));
        return terms;
    }

    @Test
    void theSmugglersFourSpellingsShareTheirFoldedTerms() {
        List<String> spellings = List.of("Џавад Хусеини", "Dzavad Huseini", "Xhavad Husejni", "Džavad Husejni");
        assertThat(spellings)
                .allSatisfy(spelling ->
                        assertThat(describe(folded, spelling)).as(spelling).isEqualTo("javad huseini"));
    }
}
