package org.borderlink.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
