package org.borderlink.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of design §2, checked on the compiled classes of all three Java modules. */
class ModuleRulesTest {

    private static JavaClasses borderlink;

    @BeforeAll
    static void importClasses() {
        borderlink = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.borderlink");
    }

    @Test
    void graphModelKnowsNothingOfWebLuceneOrMapping() {
        noClasses()
                .that()
                .resideInAPackage("org.borderlink.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "org.apache.lucene..",
                        "org.mapstruct..",
                        "org.borderlink.ingest..",
                        "org.borderlink.api..")
                .check(borderlink);
    }

    @Test
    void dependenciesPointOneWay() {
        noClasses()
                .that()
                .resideInAPackage("org.borderlink.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.borderlink.api..", "org.springframework.web..")
                .check(borderlink);
    }

    @Test
    void onlyTheApiHasControllers() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should()
                .resideInAPackage("org.borderlink.api..")
                .allowEmptyShould(true)
                .check(borderlink);
    }

    /** Cypher that tests membership in an {@code aud} list, or binds the visibility rule's parameter by hand. */
    private static final Pattern OWN_PREDICATE =
            Pattern.compile("\\bIN\\s+[A-Za-z_][A-Za-z0-9_]*\\.aud\\b|\\$visibleTo\\b");

    /** Cypher that sets an {@code aud} property. */
    private static final Pattern OWN_WRITE = Pattern.compile("\\.aud\\s*=[^=~]");

    /**
     * Who may see a fact is decided in one place: Cypher outside graph-model's sharing package neither tests a
     * relationship's {@code aud} itself ({@code … IN r.aud}, {@code $visibleTo}) nor writes one ({@code SET r.aud =});
     * it embeds {@code Visibility} and lets {@code ReportAudience} and the ingest writer's provenance set tokens. Read
     * from the string constants of every class file, where query text ends up however it was written.
     */
    @Test
    void noCypherOutsideTheSharingPackageTestsOrWritesAudienceTokens() {
        classes()
                .that()
                .resideOutsideOfPackage("org.borderlink.graph.sharing..")
                .should(new ArchCondition<JavaClass>("hold no Cypher that tests or writes aud by itself") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        for (String text : stringConstants(type)) {
                            if (OWN_PREDICATE.matcher(text).find()
                                    || OWN_WRITE.matcher(text).find()) {
                                events.add(SimpleConditionEvent.violated(
                                        type, type.getName() + " holds its own audience test or write: " + text));
                            }
                        }
                    }
                })
                .check(borderlink);
    }

    @Test
    void theAudienceRuleWouldCatchAHandWrittenPredicate() {
        // guards the rule above against a reader that finds no strings: Visibility itself holds the predicate
        assertThat(stringConstants(borderlink.get(org.borderlink.graph.sharing.Visibility.class)))
                .anyMatch(s -> s.contains(".aud WHERE token IN $"));
        assertThat(stringConstants(borderlink.get(org.borderlink.graph.sharing.ReportAudience.class)))
                .anyMatch(s -> s.contains("SET x.aud = "));
        assertThat(OWN_PREDICATE
                        .matcher("MATCH (a)-[r]->(b) WHERE any(t IN r.aud WHERE t IN $mine) RETURN b")
                        .find())
                .isTrue();
        assertThat(OWN_PREDICATE.matcher("WHERE 'agency:RS-MUP' IN rel.aud").find())
                .isTrue();
        assertThat(OWN_WRITE
                        .matcher("MATCH ()-[r {reportId: $id}]->() SET r.aud = $tokens")
                        .find())
                .isTrue();
        assertThat(OWN_PREDICATE.matcher("RETURN r.aud AS aud").find())
                .as("reading tokens is no test")
                .isFalse();
    }

    private static List<String> stringConstants(JavaClass type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = ModuleRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return List.of();
            List<String> out = new ArrayList<>();
            for (PoolEntry entry : ClassFile.of().parse(in.readAllBytes()).constantPool()) {
                if (entry instanceof StringEntry string) out.add(string.stringValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theImportSeesEveryModule() {
        // Guards the rules above against an import that silently finds nothing.
        org.assertj.core.api.Assertions.assertThat(borderlink.containPackage("org.borderlink.graph.sharing"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(borderlink.containPackage("org.borderlink.api.config"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(borderlink.containPackage("org.borderlink.ingest.pipeline"))
                .isTrue();
    }
}
