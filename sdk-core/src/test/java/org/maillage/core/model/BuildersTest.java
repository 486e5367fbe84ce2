package org.maillage.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PlanDecisionKind;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.testkit.ModelGenerator;
import org.maillage.core.testkit.Seeds;

/**
 * Every record with more than four optional members has {@code builder(…)} and {@code toBuilder()}, named
 * uniformly: {@code x(value)} for a scalar member, {@code addX(item)} and {@code x(List)} (replace all) for a
 * list member, {@code build()}, nothing else; and {@code toBuilder().build()} gives back an equal record, over
 * records filled in by hand and over the model's own generator. The same round trip over the samples and the
 * dataset generator is checked in {@code maillage-json} ({@code ToBuilderRoundTripTest}).
 */
class BuildersTest {

    /** The singular of each list member, for its add-one method ({@code addX}); a name with no plural stays. */
    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry("identifiers", "Identifier"), Map.entry("parents", "Parent"), Map.entry("members", "Member"),
            Map.entry("population", "Population"), Map.entry("replaces", "Replaces"), Map.entry("replacedBy", "ReplacedBy"),
            Map.entry("jurisdiction", "Jurisdiction"), Map.entry("memberships", "Membership"), Map.entry("parties", "Party"),
            Map.entry("territories", "Territory"), Map.entry("amendments", "Amendment"), Map.entry("axes", "Axis"),
            Map.entry("funding", "Funding"), Map.entry("plans", "Plan"), Map.entry("labels", "Label"),
            Map.entry("capacities", "Capacity"), Map.entry("services", "Service"), Map.entry("ghtMemberships", "GhtMembership"),
            Map.entry("assignments", "Assignment"), Map.entry("indicators", "Indicator"), Map.entry("decisions", "Decision"),
            Map.entry("organizations", "Organization"), Map.entry("people", "Person"), Map.entry("contracts", "Contract"),
            Map.entry("facilities", "Facility"), Map.entry("observations", "Observation"), Map.entry("zonings", "Zoning"),
            Map.entry("missions", "Mission"), Map.entry("themes", "Theme"), Map.entry("actions", "Action"),
            Map.entry("statuses", "Status"), Map.entry("telecom", "Telecom"));

    /** Every record of the model package, found by scanning the compiled classes. */
    static List<Class<?>> records() throws IOException, URISyntaxException {
        Path classes = Path.of(Territory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = classes.resolve("org/maillage/core/model");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).sorted()
                    .toList()) {
                String name = "org.maillage.core.model." + f.getFileName().toString().replace(".class", "");
                try {
                    Class<?> c = Class.forName(name, false, Territory.class.getClassLoader());
                    if (c.isRecord() && Modifier.isPublic(c.getModifiers())) {
                        found.add(c);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return found;
    }

    /** Not primitive and not required: the constraints sit on the record's private field. */
    private static boolean optional(RecordComponent c) {
        try {
            var field = c.getDeclaringRecord().getDeclaredField(c.getName());
            return !c.getType().isPrimitive() && !field.isAnnotationPresent(NotNull.class)
                    && !field.isAnnotationPresent(NotBlank.class) && !field.isAnnotationPresent(NotEmpty.class);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> builderOf(Class<?> record) {
        for (Class<?> nested : record.getDeclaredClasses()) {
            if (nested.getSimpleName().equals("Builder")) {
                return nested;
            }
        }
        return null;
    }

    @Test
    void everyRecordWithMoreThanFourOptionalMembers_hasABuilderAndToBuilder() throws Exception {
        Set<String> withBuilder = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (Class<?> r : records()) {
            long optional = Stream.of(r.getRecordComponents()).filter(BuildersTest::optional).count();
            boolean has = builderOf(r) != null;
            if (has) {
                withBuilder.add(r.getSimpleName());
            }
            if (optional > 4 && !has) {
                missing.add(r.getSimpleName() + " (" + optional + " optional members)");
            }
        }
        assertThat(missing).as("records that need a builder").isEmpty();
        assertThat(withBuilder).containsExactlyInAnyOrder("Territory", "Organization", "Contract", "Facility",
                "IndicatorDefinition", "ZoningDecision", "Plan", "Membership", "Observation", "Person", "Coordinator",
                "DatasetHeader", "Dataset");
    }

    @Test
    void everyBuilder_namesItsMethodsUniformly() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> r : records()) {
            Class<?> b = builderOf(r);
            if (b == null) {
                continue;
            }
            Method toBuilder = r.getMethod("toBuilder");
            if (toBuilder.getReturnType() != b) {
                problems.add(r.getSimpleName() + ".toBuilder() does not return its Builder");
            }
            if (Stream.of(r.getMethods()).noneMatch(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() == b)) {
                problems.add(r.getSimpleName() + " has no static builder(…)");
            }
            Set<String> expected = new TreeSet<>();
            expected.add("build()");
            for (RecordComponent c : r.getRecordComponents()) {
                if (c.getType() == List.class) {
                    Class<?> element = elementOf(c);
                    String singular = SINGULAR.get(c.getName());
                    if (singular == null) {
                        problems.add(r.getSimpleName() + "." + c.getName() + ": no singular declared in this test");
                        continue;
                    }
                    expected.add("add" + singular + "(" + element.getSimpleName() + ")");
                    expected.add(c.getName() + "(List)");
                } else {
                    expected.add(c.getName() + "(" + c.getType().getSimpleName() + ")");
                }
            }
            Set<String> actual = new TreeSet<>();
            for (Method m : b.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    actual.add(m.getName() + "(" + String.join(", ", Stream.of(m.getParameterTypes()).map(Class::getSimpleName).toList()) + ")");
                    if (!m.getName().equals("build") && m.getReturnType() != b) {
                        problems.add(r.getSimpleName() + ".Builder." + m.getName() + " does not return the builder");
                    }
                }
            }
            if (!actual.equals(expected)) {
                problems.add(r.getSimpleName() + ".Builder has " + actual + ", expected " + expected);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Class<?> elementOf(RecordComponent c) {
        var arg = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
        return arg instanceof Class<?> k ? k : (Class<?>) ((ParameterizedType) arg).getRawType();
    }

    @Test
    void addOne_appends_andReplaceAll_replacesWhatWasAddedBefore() {
        Contract c = Contract.builder("contract:cls-1", ContractKind.CLS, ContractStatus.DRAFT, "CLS")
                .addPlan("plan:a").addPlan("plan:b")
                .addAxis(new ContractAxis("axe-1", "Santé mentale", List.of(HealthTheme.MENTAL_HEALTH), List.of()))
                .axes(List.of(new ContractAxis("axe-2", "Prévention", List.of(HealthTheme.PREVENTION), List.of())))
                .build();
        assertThat(c.plans()).containsExactly("plan:a", "plan:b");
        assertThat(c.axes()).extracting(ContractAxis::code).containsExactly("axe-2");
        assertThat(c.toBuilder().addPlan("plan:c").build().plans()).containsExactly("plan:a", "plan:b", "plan:c");
        assertThat(c.plans()).as("the copy leaves the original alone").containsExactly("plan:a", "plan:b");
    }

    @Test
    void toBuilder_buildsAnEqualRecord_forEveryRecordWithABuilder_filledInFull() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        TerritoryLink link = new TerritoryLink("epci:200066363", d, null);
        Identifier siren = Identifier.of(IdentifierScheme.SIREN, "200066363");
        Membership seat = Membership.builder(MembershipRole.MEMBER).office(Office.of(OfficeKind.MAYOR, "commune:09001"))
                .onBehalfOf("org:commune-09001").college(College.LOCAL_AUTHORITIES).votingRight(true).validFrom(d)
                .validTo(d.plusYears(5).minusDays(1)).build();
        Coordinator coordinator = Coordinator.builder().person("person:1").organization("org:epci").funded(true)
                .fte(new BigDecimal("0.8")).validFrom(d).build();
        Plan plan = Plan.builder("plan:ptsm-09", PlanKind.PTSM, PlanStatus.IN_FORCE, "PTSM de l'Ariège")
                .addIdentifier(siren).organization("org:ars").addTerritory(link)
                .addDecision(new PlanDecision("org:ars", PlanDecisionKind.ADOPTION, d, "arrêté n° 1"))
                .parent("plan:prs-76").addAxis(new ContractAxis("axe-1", "Parcours", List.of(HealthTheme.MENTAL_HEALTH), List.of(),
                        "org:clsm"))
                .coordinator(coordinator).predecessor("plan:ptsm-09-2019").validFrom(d).validTo(d.plusYears(5)).build();
        Organization cts = Organization.builder("org:cts", OrganizationKind.CTS, "CTS")
                .shortName("CTS").addIdentifier(siren).territory("departement:09").addJurisdiction(link).parent("org:ars")
                .addMembership(seat).validFrom(d).build();
        Person person = Person.builder("person:1", "Martin").givenName("Anne").addIdentifier(siren).validFrom(d).build();
        Observation observation = Observation.builder("obs:1", "indicator:apl-mg", "tvs:1", Period.ofYear(2024), BigDecimal.ONE)
                .profession(CodeRef.of("profession", "infirmier-pratique-avancee")).addIdentifier(siren).validFrom(d).build();
        Territory territory = Territory.builder("epci:200066363", TerritoryKind.EPCI, "200066363", "CC").addIdentifier(siren)
                .addParent(link).addMember(link).addPopulation(new Population(1, 2022, PopulationKind.MUNICIPALE))
                .build();
        DatasetHeader header = DatasetHeader.builder(DatasetHeader.CURRENT_SCHEMA_VERSION, "ds").schema(DatasetHeader.CURRENT_SCHEMA_URI)
                .title("t").issued(Instant.parse("2026-01-15T10:00:00Z")).referenceDate(d).geography("COG2026").license("LO")
                .publisher(new Publisher("p", List.of(), null)).build();
        Dataset dataset = Dataset.builder(header).addTerritory(territory).addOrganization(cts).addPerson(person)
                .addObservation(observation).addPlan(plan).build();
        for (Record r : List.<Record>of(seat, coordinator, plan, cts, person, observation, territory, header, dataset)) {
            assertThat(rebuild(r)).as(r.getClass().getSimpleName()).isEqualTo(r);
        }
        assertThat(dataset.plans()).containsExactly(plan);
        assertThat(Dataset.of(header, dataset.allEntities())).isEqualTo(dataset);
    }

    /**
     * The property over generated data: every record of a generated dataset, the dataset and the nested
     * records included, that has a builder comes back equal from {@code toBuilder().build()}.
     */
    @Test
    void toBuilder_buildsAnEqualRecord_forEveryRecordOfGeneratedDatasets() {
        Set<String> seen = new TreeSet<>();
        Seeds.check(200, r -> {
            List<Record> records = new ArrayList<>();
            collect(new ModelGenerator(r).dataset(), records);
            for (Record record : records) {
                if (hasBuilder(record.getClass())) {
                    seen.add(record.getClass().getSimpleName());
                    assertThat(rebuild(record)).as(record.getClass().getSimpleName()).isEqualTo(record);
                }
            }
        });
        assertThat(seen).as("every entity family and the dataset went through the round trip")
                .contains("Dataset", "DatasetHeader", "Territory", "Organization", "Person", "Contract", "Facility",
                        "IndicatorDefinition", "Observation", "ZoningDecision", "Plan");
    }

    private static boolean hasBuilder(Class<?> type) {
        try {
            type.getMethod("toBuilder");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Adds {@code value} and every record reachable from it through record components and lists. */
    private static void collect(Object value, List<Record> into) {
        if (value instanceof Record r) {
            into.add(r);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r), into);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, into));
        }
    }

    private static Object rebuild(Record r) {
        try {
            Object builder = r.getClass().getMethod("toBuilder").invoke(r);
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
