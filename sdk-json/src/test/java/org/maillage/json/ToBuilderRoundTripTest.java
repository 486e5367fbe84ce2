package org.maillage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.GhtType;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PlanDecisionKind;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.codelist.ServiceStatus;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.CptsProfile;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityLabel;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtProfile;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Office;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Person;
import org.maillage.core.model.Plan;
import org.maillage.core.model.PlanDecision;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;
import org.maillage.json.generate.DatasetGenerator;
import org.maillage.json.generate.DatasetSize;

/**
 * {@code x.toBuilder().build()} equals {@code x} for every entity of the shipped samples and of generated
 * datasets, and for the records with a builder nested in them (seats, coordinators) and the header; and the
 * records added for plans and their links survive a canonical write and read.
 */
class ToBuilderRoundTripTest {

    static Stream<Arguments> datasets() {
        return Stream.of(
                Arguments.of("examples/data/corse-du-sud.json", DatasetReader.standard().read(Path.of("../examples/data/corse-du-sud.json"))),
                Arguments.of("examples/data/ariege.json", DatasetReader.standard().read(Path.of("../examples/data/ariege.json"))),
                Arguments.of("generated region, seed 3", generated(DatasetGenerator.of(DatasetSize.REGION, 3))),
                Arguments.of("generated departement, seed 5, 20% changed", generated(DatasetGenerator.of(DatasetSize.DEPARTEMENT, 5)
                        .withChanges(20))),
                Arguments.of("every new record and code", everyNewRecord()));
    }

    private static Dataset generated(DatasetGenerator g) {
        List<Entity> all = new ArrayList<>();
        g.generate(all::add);
        return Dataset.of(g.header(), all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void toBuilder_build_equalsTheRecord_forEveryEntityOfEveryFamily(String name, Dataset dataset) {
        Set<EntityFamily> seen = EnumSet.noneOf(EntityFamily.class);
        for (Entity e : dataset.allEntities()) {
            assertThat(rebuild(e)).as("%s in %s", e.id(), name).isEqualTo(e);
            seen.add(e.family());
            if (e instanceof Organization o) {
                for (Membership m : o.memberships()) {
                    assertThat(m.toBuilder().build()).as("a seat of %s", o.id()).isEqualTo(m);
                }
            }
            if (e instanceof Contract c && c.coordinator() != null) {
                assertThat(c.coordinator().toBuilder().build()).isEqualTo(c.coordinator());
            }
            if (e instanceof Plan p && p.coordinator() != null) {
                assertThat(p.coordinator().toBuilder().build()).isEqualTo(p.coordinator());
            }
        }
        assertThat(dataset.header().toBuilder().build()).isEqualTo(dataset.header());
        assertThat(dataset.toBuilder().build()).isEqualTo(dataset);
        assertThat(seen).as("families present in %s", name).isNotEmpty();
    }

    @Test
    void samplesAndGeneratedDatasets_coverEveryFamily() {
        Set<EntityFamily> seen = EnumSet.noneOf(EntityFamily.class);
        datasets().forEach(a -> ((Dataset) a.get()[1]).allEntities().forEach(e -> seen.add(e.family())));
        assertThat(seen).containsExactlyInAnyOrder(EntityFamily.values());
    }

    /** A dispatch on the family: each record type has its own {@code toBuilder()}. */
    private static Entity rebuild(Entity e) {
        return switch (e.family()) {
            case TERRITORIES -> ((Territory) e).toBuilder().build();
            case ORGANIZATIONS -> ((Organization) e).toBuilder().build();
            case PEOPLE -> ((Person) e).toBuilder().build();
            case CONTRACTS -> ((Contract) e).toBuilder().build();
            case FACILITIES -> ((Facility) e).toBuilder().build();
            case INDICATORS -> ((IndicatorDefinition) e).toBuilder().build();
            case OBSERVATIONS -> ((Observation) e).toBuilder().build();
            case ZONINGS -> ((ZoningDecision) e).toBuilder().build();
            case PLANS -> ((Plan) e).toBuilder().build();
        };
    }

    @Test
    void newRecordsAndCodes_surviveACanonicalWriteAndRead() {
        Dataset dataset = everyNewRecord();
        String json = DatasetWriter.canonical().writeString(dataset);
        Dataset read = DatasetReader.standard().read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                DatasetFormat.JSON);
        assertThat(read).isEqualTo(dataset);
        assertThat(DatasetWriter.canonical().writeString(read)).isEqualTo(json);
        assertThat(json).contains("\"plans\": [", "\"decisions\": [", "\"kind\": \"adoption\"", "\"indicators\": [",
                "\"zone-rouge\"", "\"regulated-access\"", "\"role\": \"A\"", "\"role\": \"P\"", "\"ars-board\"",
                "\"ght-elected-committee\"", "\"contracts\": [");
    }

    /** A small dataset holding every record and code added for plans, bodies and codelists. */
    static Dataset everyNewRecord() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Plan prs = Plan.builder("plan:prs-94", PlanKind.PRS, PlanStatus.IN_FORCE, "Projet régional de santé de Corse 2018-2028")
                .organization("org:ars").addTerritory(TerritoryLink.to("region:94"))
                .addDecision(new PlanDecision("org:ars", PlanDecisionKind.ADOPTION, LocalDate.of(2018, 6, 29), "arrêté"))
                .addDecision(new PlanDecision("org:crsa", PlanDecisionKind.OPINION, LocalDate.of(2018, 5, 30), null))
                .validFrom(LocalDate.of(2018, 7, 1)).validTo(LocalDate.of(2028, 6, 30)).build();
        Plan ptsm = Plan.builder("plan:ptsm-2a", PlanKind.PTSM, PlanStatus.ADOPTED, "PTSM de la Corse-du-Sud")
                .organization("org:ars").parent(prs.id()).addTerritory(TerritoryLink.to("departement:2A"))
                .addAxis(new ContractAxis("axe-1", "Parcours", List.of(HealthTheme.MENTAL_HEALTH), List.of(), "org:clsm"))
                .coordinator(Coordinator.builder().person("person:coordonnateur").funded(true).fte(BigDecimal.ONE).build())
                .predecessor("plan:ptsm-2a-2019").build();
        Contract cls = Contract.builder("contract:cls", ContractKind.CLS, ContractStatus.IN_FORCE, "CLS")
                .addParty(ContractParty.signatory("org:ars", d)).addTerritory(TerritoryLink.to("epci:1"))
                .addAxis(new ContractAxis("axe-2", "Santé mentale", List.of(HealthTheme.MENTAL_HEALTH), List.of(), "org:clsm"))
                .addPlan(prs.id()).addPlan(ptsm.id()).build();
        Organization cpts = Organization.builder("org:cpts", OrganizationKind.CPTS, "CPTS")
                .cpts(new CptsProfile(CptsSizeClass.CLASS_2, List.of(), d, List.of(cls.id()))).build();
        Organization ght = Organization.builder("org:ght", OrganizationKind.GHT, "GHT")
                .ght(new GhtProfile(GhtType.GENERAL, List.of(new GhtMember("org:ch", GhtRole.SUPPORT, d, null),
                        new GhtMember("org:chu", GhtRole.ASSOCIATE, d, null), new GhtMember("org:clinique", GhtRole.PARTNER, d, null))))
                .build();
        Organization committee = Organization.builder("org:ght-elus", OrganizationKind.GHT_ELECTED_COMMITTEE, "Comité des élus")
                .parent(ght.id()).addMembership(Membership.builder(MembershipRole.MEMBER).office(Office.of(OfficeKind.MAYOR, "commune:2A004"))
                        .college(College.LOCAL_AUTHORITIES).validFrom(d).validTo(d.plusYears(5).minusDays(1)).build()).build();
        Organization board = Organization.builder("org:ars-ca", OrganizationKind.ARS_BOARD, "Conseil d'administration").parent("org:ars")
                .build();
        Facility facility = Facility.builder("facility:1", "CH", CodeRef.of("finess-category", "355"))
                .addLabel(new FacilityLabel(CodeRef.of("facility-label", "france-sante"), null, d, null))
                .addService(new FacilityService(CodeRef.of("facility-service", "urgences"), List.of(
                        new ServiceStatusPeriod(ServiceStatus.REGULATED_ACCESS, null, d, null)))).build();
        ZoningDecision zoning = ZoningDecision.builder("zoning:rouge", "org:ministere", CodeRef.of("profession", "medecin-generaliste"),
                        TerritoryKind.EPCI).addAssignment(new ZoneAssignment("epci:1", ZoneCategory.ZONE_ROUGE))
                .addIndicator("indicator:apl-mg").addIndicator("indicator:delai-rendez-vous").validFrom(LocalDate.of(2025, 9, 1)).build();
        return Dataset.of(DatasetHeader.of("new-records", "Every new record"), List.of(cpts, ght, committee, board, cls, facility, zoning, prs,
                ptsm));
    }
}
