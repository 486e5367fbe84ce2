package org.maillage.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of the code: one direction of dependency, a core free of frameworks, internals kept inside. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Test kits that other modules' tests use come as *-tests.jar under `mvn verify`.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.maillage");
        // Under `mvn verify` the other modules come as jars, under `mvn test` as class folders: both count.
        if (classes.stream().noneMatch(c -> c.getPackageName().startsWith("org.maillage.core"))) {
            throw new IllegalStateException("no Maillage classes found to check");
        }
    }

    @Test
    void layers_dependOneWay_coreJsonValidationCli() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("core").definedBy("org.maillage.core..")
                .layer("json").definedBy("org.maillage.json..")
                .layer("imports").definedBy("org.maillage.imports..")
                .layer("fhir").definedBy("org.maillage.fhir..")
                .layer("validation").definedBy("org.maillage.validation..")
                .layer("cli").definedBy("org.maillage.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("validation").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("fhir").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("imports").mayOnlyBeAccessedByLayers("fhir", "cli")
                .whereLayer("json").mayOnlyBeAccessedByLayers("imports", "fhir", "validation", "cli")
                .because("dependencies point one way: core <- json <- validation <- cli, and json <- imports <- fhir <- cli"
                        + " beside validation (ARCHITECTURE.md, docs/decisions.md Import)")
                .check(classes);
    }

    @Test
    void hapiFhir_isUsedOnlyInTheFhirModule() {
        noClasses().that().resideOutsideOfPackage("org.maillage.fhir..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.uhn.fhir..", "org.hl7.fhir..")
                .because("core, JSON, import and validation users must not carry HAPI FHIR (issue 11 item 4)")
                .check(classes);
    }

    @Test
    void core_usesOnlyTheJdkAndJakartaValidation() {
        classes().that().resideInAPackage("org.maillage.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..", "org.maillage.core..")
                .because("maillage-core depends on the JDK and jakarta.validation-api only: no Jackson, Hibernate or networknt types")
                .check(classes);
    }

    @Test
    void packages_areFreeOfCycles() {
        slices().matching("org.maillage.(**)").should().beFreeOfCycles()
                .because("a cycle between packages makes them one package in disguise")
                .check(classes);
    }

    @Test
    void internalPackages_areNotUsedFromOutsideTheirModule() {
        noClasses().that().resideOutsideOfPackage("org.maillage.core..")
                .should().dependOnClassesThat().resideInAPackage("org.maillage.core.internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.maillage.json..")
                .should().dependOnClassesThat().resideInAPackage("org.maillage.json.internal..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.maillage.validation..")
                .should().dependOnClassesThat().resideInAPackage("org.maillage.validation.internal..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.maillage.imports..")
                .should().dependOnClassesThat().resideInAPackage("org.maillage.imports.internal..")
                .check(classes);
    }

    @Test
    void onlyTheCliExits() {
        noClasses().that().resideOutsideOfPackage("org.maillage.cli..")
                .should().callMethod(System.class, "exit", int.class)
                .because("a library never exits; only the CLI's main does (STYLE.md)")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.maillage.core..", "org.maillage.json..", "org.maillage.validation..",
                        "org.maillage.imports..", "org.maillage.fhir..")
                .should().accessField(System.class, "out")
                .because("a library does not print; it returns values or uses System.Logger")
                .check(classes);
    }
}
