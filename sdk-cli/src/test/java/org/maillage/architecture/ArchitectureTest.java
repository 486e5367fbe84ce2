package org.maillage.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: one direction of dependency, a core free of frameworks, internals kept
 * inside their module, and a public API that speaks only of public types.
 */
class ArchitectureTest {

    private static JavaClasses classes;
    private static Set<String> exported;

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
        exported = MaillageModules.exportedByLibraries();
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
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..", "org.maillage.core..",
                        "org.apiguardian.api..")
                .because("maillage-core depends on the JDK and jakarta.validation-api only (and the @API marks, "
                        + "which need nothing at run time): no Jackson, Hibernate or networknt types")
                .check(classes);
    }

    @Test
    void packages_areFreeOfCycles_butAnApiMayUseTheInternalsOfItsModule() {
        slices().matching("org.maillage.(**)").should().beFreeOfCycles()
                .ignoreDependency(facadeOf("org.maillage.core"), resideInAPackage("org.maillage.core.internal.."))
                .ignoreDependency(facadeOf("org.maillage.json"), resideInAPackage("org.maillage.json.internal.."))
                .ignoreDependency(facadeOf("org.maillage.validation"), resideInAPackage("org.maillage.validation.internal.."))
                .ignoreDependency(JavaClass.Predicates.belongToAnyOf(org.maillage.validation.Validator.class),
                        resideInAPackage("org.maillage.validation.spi"))
                .because("a cycle between packages makes them one package in disguise. An API type may call the engine "
                        + "behind it (Validator builds the engine, DatasetReader reads through the streaming reader, "
                        + "which use the API's types), and Validator, which assembles rule packs, may name the SPI that "
                        + "speaks the API's vocabulary; every other cycle is a fault")
                .check(classes);
    }

    @Test
    void internalPackages_areUsedOnlyByTheirModule_andTheModulesTheyAreExportedTo() {
        for (ModuleDescriptor d : MaillageModules.descriptors().values()) {
            String internal = d.name() + ".internal";
            List<String> allowed = new ArrayList<>(List.of(d.name() + ".."));
            d.exports().stream().filter(e -> e.source().startsWith(internal) && e.isQualified())
                    .forEach(e -> e.targets().forEach(t -> allowed.add(t + "..")));
            noClasses().that().resideOutsideOfPackages(allowed.toArray(String[]::new))
                    .should().dependOnClassesThat().resideInAPackage(internal + "..")
                    .allowEmptyShould(true)
                    .because("internal packages are not exported, or only by name to other Maillage modules "
                            + "(module-info.java): anything else that used them would break at the next release")
                    .check(classes);
        }
    }

    @Test
    void exportedSignatures_useOnlyExportedTypes() {
        classes().that(inExportedPackage()).and().arePublic()
                .should(exposeOnlyPublicTypes())
                .because("a user can only name what the modules export: a signature that names an internal type, or a "
                        + "dependency's type that is not deliberately part of the API (jakarta.validation in core, "
                        + "Jackson's mapper, module and trees in maillage-json), cannot be used or kept stable")
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
                .orShould().accessField(System.class, "err")
                .because("a library does not print; it returns values or uses System.Logger")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> facadeOf(String module) {
        return resideInAnyPackage(module + "..").and(DescribedPredicate.not(resideInAPackage(module + ".internal..")));
    }

    private static DescribedPredicate<JavaClass> inExportedPackage() {
        return DescribedPredicate.describe("in a package a library module exports", c -> exported.contains(c.getPackageName()));
    }

    /** Whether a type may appear in an exported signature of a class. */
    private static boolean allowed(JavaClass type, JavaClass origin) {
        if (type.isPrimitive()) {
            return true;
        }
        String pkg = type.getPackageName();
        if (pkg.startsWith("java.") || exported.contains(pkg) && type.getModifiers().contains(JavaModifier.PUBLIC)) {
            return true;
        }
        if (pkg.startsWith("jakarta.validation") || pkg.equals("org.apiguardian.api")) {
            return true;
        }
        // maillage-json requires tools.jackson.databind transitively: its mapper, its module and the JSON trees of
        // the diff renderings (a JSON Patch is a JSON tree) are API.
        return pkg.startsWith("tools.jackson.") && origin.getPackageName().startsWith("org.maillage.json");
    }

    private static ArchCondition<JavaClass> exposeOnlyPublicTypes() {
        return new ArchCondition<>("name only exported types, the JDK's and deliberately re-exported ones in their signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaType> used = new ArrayList<>();
                c.getRawSuperclass().ifPresent(used::add);
                used.addAll(c.getInterfaces());
                for (JavaMember m : c.getMembers()) {
                    Set<JavaModifier> mods = m.getModifiers();
                    if (!mods.contains(JavaModifier.PUBLIC) && !mods.contains(JavaModifier.PROTECTED) || m.getModifiers()
                            .contains(JavaModifier.SYNTHETIC)) {
                        continue;
                    }
                    if (m instanceof JavaField f) {
                        used.add(f.getType());
                    } else if (m instanceof JavaCodeUnit u) {
                        used.add(u.getReturnType());
                        used.addAll(u.getParameterTypes());
                        u.getThrowsClause().getTypes().forEach(used::add);
                    }
                }
                for (JavaType t : used) {
                    for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                        if (!allowed(raw, c)) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " names " + raw.getName()
                                    + " in its public signature, which is not exported"));
                        }
                    }
                }
            }
        };
    }
}
