package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.model.Contract;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.imports.testkit.CogCache;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/**
 * The committed sample {@code examples/data/corse-du-sud.json}: equal to a fresh build, valid,
 * stable through read and write, real where it claims to be and consistent where it is illustrative.
 * With {@code -Dmaillage.sample.write=true} the freshness test rewrites the file instead of failing.
 */
class CorseDuSudSampleTest {

    static final Path SAMPLE = Path.of("data", "corse-du-sud.json");
    private static final Path FINESS_EXTRACT = Path.of("..", "sdk-core", "src", "test", "resources", "finess", "finess-2021-extract.csv");
    private static final String REGENERATE = "examples/data/corse-du-sud.json is stale; regenerate it from the repository root with "
            + "'mvn -q -pl examples -am test -Dtest=CorseDuSudSampleTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dmaillage.sample.write=true'";

    private static Dataset sample() {
        return DatasetReader.standard().read(SAMPLE);
    }

    @Test
    void sample_equalsAFreshBuildFromTheCog2026() throws IOException {
        Path cog = CogCache.dataDir("6.0.0");
        String fresh = DatasetWriter.canonical().writeString(BuildCorseDuSudSample.build(cog));
        if (Boolean.getBoolean("maillage.sample.write")) {
            Files.writeString(SAMPLE, fresh, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8)).as(REGENERATE).isEqualTo(fresh);
    }

    @Test
    void sample_validatesWithoutErrorOrWarning() {
        Report report = Validator.builder().build().validate(SAMPLE);
        assertThat(report.findings()).filteredOn(f -> !f.severity().name().equals("INFO"))
                .extracting(Finding::toString).isEmpty();
        assertThat(report.valid()).isTrue();
    }

    @Test
    void sample_readThenWrittenGivesTheSameBytes() throws IOException {
        byte[] committed = Files.readAllBytes(SAMPLE);
        assertThat(DatasetWriter.canonical().writeString(sample()).getBytes(StandardCharsets.UTF_8)).isEqualTo(committed);
    }

    @Test
    void sample_finessRowsAreLinesOfTheRealExtractAndTheirCommunesExist() throws IOException {
        Set<String> extract = new HashSet<>(Files.readAllLines(FINESS_EXTRACT, StandardCharsets.UTF_8));
        Dataset d = sample();
        Set<String> territories = d.territories().stream().map(Territory::id).collect(Collectors.toSet());
        Map<String, Facility> facilities = d.facilities().stream().collect(Collectors.toMap(Facility::id, f -> f));
        for (String row : BuildCorseDuSudSample.FINESS_ROWS) {
            assertThat(extract).as("FINESS extract line").contains(BuildCorseDuSudSample.FinessRow.line(row));
            BuildCorseDuSudSample.FinessRow r = BuildCorseDuSudSample.FinessRow.parse(row);
            Facility f = facilities.get("facility:finess-et-" + r.et().toLowerCase(java.util.Locale.ROOT));
            assertThat(f.name()).isEqualTo(r.name());
            assertThat(territories).contains(f.commune());
        }
        assertThat(d.facilities()).extracting(f -> f.category().code()).contains("355", "292", "106", "500", "603");
    }

    @Test
    void sample_tvsPartitionTheCommunesAndAplBelowTwoAndAHalfIsZip() {
        Dataset d = sample();
        Set<String> communes = d.territories().stream().filter(t -> t.kind() == TerritoryKind.COMMUNE).map(Territory::id)
                .collect(Collectors.toSet());
        assertThat(communes).hasSize(124);
        Map<String, Long> tvsPerCommune = d.territories().stream().filter(t -> t.kind() == TerritoryKind.TVS)
                .flatMap(t -> t.members().stream()).collect(Collectors.groupingBy(TerritoryLink::territory, Collectors.counting()));
        assertThat(tvsPerCommune.keySet()).isEqualTo(communes);
        assertThat(tvsPerCommune.values()).containsOnly(1L);

        ZoningDecision zoning = d.zonings().get(0);
        Map<String, ZoneCategory> zone = zoning.assignments().stream()
                .collect(Collectors.toMap(ZoneAssignment::territory, ZoneAssignment::category));
        List<Observation> apl = d.observations().stream().filter(o -> o.indicator().equals("indicator:apl-mg")).toList();
        assertThat(apl).hasSize(zone.size());
        assertThat(zoning.indicators()).containsExactly("indicator:apl-mg", "indicator:delai-rendez-vous");
        for (Observation o : apl) {
            boolean below = o.value().compareTo(BuildCorseDuSudSample.ZIP_THRESHOLD) < 0;
            assertThat(zone.get(o.territory()) == ZoneCategory.ZIP).as(o.territory() + " APL " + o.value()).isEqualTo(below);
        }
        assertThat(zone.values()).contains(ZoneCategory.ZIP, ZoneCategory.ZAC, ZoneCategory.NOT_CLASSIFIED);
        assertThat(apl).extracting(Observation::value).allSatisfy(v -> assertThat(v).isGreaterThan(BigDecimal.ZERO));
    }

    @Test
    void sample_everyCommuneIsCoveredByAnIntercommunalClsInForce() {
        Dataset d = sample();
        Map<String, Territory> byId = d.territories().stream().collect(Collectors.toMap(Territory::id, t -> t));
        LocalDate reference = d.header().referenceDate();
        Map<String, Integer> cover = new HashMap<>();
        for (Contract c : d.contracts()) {
            if (c.kind() != ContractKind.CLS || c.status() != ContractStatus.IN_FORCE
                    || c.validFrom().isAfter(reference) || c.validTo().isBefore(reference)) {
                continue;
            }
            assertThat(c.coordinator().funded()).isTrue();
            assertThat(c.axes()).anySatisfy(a -> assertThat(a.themes()).extracting(Enum::name).contains("MENTAL_HEALTH"));
            for (TerritoryLink l : c.territories()) {
                Territory epci = byId.get(l.territory());
                assertThat(epci.kind()).isEqualTo(TerritoryKind.EPCI);
                epci.members().forEach(m -> cover.merge(m.territory(), 1, Integer::sum));
            }
        }
        assertThat(cover).hasSize(124).allSatisfy((commune, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void sample_hospitalBoardHasThreeCollegesOfFiveWithTheMayorAsAnOffice() {
        Organization board = sample().organizations().stream().filter(o -> o.kind() == OrganizationKind.CONSEIL_SURVEILLANCE)
                .findFirst().orElseThrow();
        Map<String, Long> colleges = board.memberships().stream().filter(m -> m.college() != null)
                .collect(Collectors.groupingBy(m -> m.college().code(), Collectors.counting()));
        assertThat(colleges).containsOnly(Map.entry("local-authorities", 5L), Map.entry("staff", 5L),
                Map.entry("qualified-persons", 5L));
        Membership president = board.memberships().get(0);
        assertThat(president.office().kind().code()).isEqualTo("mayor");
        assertThat(president.office().territory()).isEqualTo("commune:2A004");
        assertThat(board.memberships()).allSatisfy(m -> assertThat(m.validTo()).isNotNull());
    }

    @Test
    void sample_showsThePlansAndLinksTheSeedsAskFor() {
        Dataset d = sample();
        assertThat(d.plans()).extracting(p -> p.kind().code())
                .containsExactly("prs", "ptsm", "cls-local-diagnosis", "cls-local-diagnosis", "cpts-health-project");
        for (Contract c : d.contracts()) {
            if (c.kind().code().equals("cls") && c.status().code().equals("in-force")) {
                assertThat(c.plans()).as(c.id()).hasSize(3);
                assertThat(c.axes()).filteredOn(a -> a.themes().contains(HealthTheme.MENTAL_HEALTH))
                        .allSatisfy(a -> assertThat(a.organization()).startsWith("org:clsm-"));
            }
        }
        assertThat(d.organizations()).filteredOn(o -> o.kind() == OrganizationKind.CPTS)
                .allSatisfy(o -> assertThat(o.cpts().contracts()).hasSize(1));
        assertThat(d.plans()).filteredOn(p -> p.kind().code().equals("ptsm"))
                .allSatisfy(p -> assertThat(p.coordinator().funded()).isTrue());
    }

    @Test
    void sample_everyInventedEntitySaysIllustratif() {
        Dataset d = sample();
        assertThat(d.contracts()).extracting(Contract::title).allSatisfy(t -> assertThat(t).contains("illustrati"));
        assertThat(d.people()).allSatisfy(p -> assertThat(p.familyName()).contains("illustratif"));
        assertThat(d.territories()).filteredOn(t -> t.kind() == TerritoryKind.TVS)
                .allSatisfy(t -> assertThat(t.name()).contains("illustratif"));
        assertThat(d.organizations()).filteredOn(o -> Set.of(OrganizationKind.CPTS, OrganizationKind.GHT,
                        OrganizationKind.CONSEIL_SURVEILLANCE, OrganizationKind.CODAMUPS_TS, OrganizationKind.CLS_STEERING_COMMITTEE,
                        OrganizationKind.CLSM, OrganizationKind.GHT_ELECTED_COMMITTEE)
                .contains(o.kind())).allSatisfy(o -> assertThat(o.name()).contains("illustrati"));
        assertThat(d.zonings()).allSatisfy(z -> assertThat(z.legalReference()).contains("illustrative"));
        assertThat(d.plans()).extracting(p -> p.title()).allSatisfy(t -> assertThat(t).contains("illustrati"));
        assertThat(d.indicators().get(0).method()).contains("illustratives");
    }
}
