package org.maillage.imports.finess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.Codelist;
import org.maillage.core.codelist.Codelists;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Organization;
import org.maillage.imports.FrenchAreas;
import org.maillage.imports.ImportNote;
import org.maillage.imports.cog.CogImporter;
import org.maillage.imports.testkit.CogCache;
import org.maillage.imports.testkit.FinessFixtures;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;

/**
 * The 2,723 real establishments of the January 2021 extract, in the official layout
 * ({@link FinessFixtures}), imported with the COG 2026: every FINESS number, category, SIRET,
 * name, opening date and position kept; every commune linked.
 */
class FinessRealExtractTest {

    @TempDir
    static Path dir;

    private static Dataset dataset;
    private static FinessImport result;
    private static Map<String, List<String>> source;

    @BeforeAll
    static void importExtract() throws IOException, URISyntaxException {
        Path cog = dir.resolve("cog-2026.json");
        DatasetWriter.canonical().write(CogImporter.create().importFrom(CogCache.dataDir("6.0.0")).dataset(), cog);
        Path out = dir.resolve("finess.json");
        try (OutputStream o = Files.newOutputStream(out)) {
            result = FinessImporter.create().withCog(cog).importTo(List.of(FinessFixtures.etalab2021()), o, DatasetFormat.JSON);
        }
        dataset = DatasetReader.standard().read(out);
        source = new HashMap<>();
        for (List<String> row : FinessFixtures.flatExtract()) {
            source.put(row.get(0), row);
        }
    }

    @Test
    void import_keepsEveryEstablishmentAndLegalEntity() {
        assertThat(result.facilities()).isEqualTo(2723);
        assertThat(dataset.facilities()).hasSize(2723);
        assertThat(result.positioned()).isEqualTo(2723);
        assertThat(result.linked()).isEqualTo(2723);
        assertThat(dataset.header().referenceDate()).isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(dataset.header().geography()).isEqualTo("COG2026");
        long legalEntities = source.values().stream().map(r -> r.get(1)).distinct().count();
        assertThat(dataset.organizations()).hasSize((int) legalEntities);
        for (Facility f : dataset.facilities()) {
            String et = f.identifiers().get(0).value();
            List<String> row = source.get(et);
            assertThat(row).as(et).isNotNull();
            assertThat(f.identifiers().get(0).scheme()).isEqualTo(IdentifierScheme.FINESS_ET);
            assertThat(f.organization()).isEqualTo(FinessImporter.organizationId(row.get(1)));
            assertThat(f.identifiers().stream().filter(i -> i.scheme() == IdentifierScheme.SIRET).map(Identifier::value).toList())
                    .as(et + " SIRET").isEqualTo(row.get(2).isEmpty() ? List.of() : List.of(row.get(2)));
            assertThat(f.category().code()).as(et).isEqualTo(row.get(3));
            assertThat(f.name()).as(et).isEqualTo(row.get(5));
            assertThat(f.address().postalCode()).as(et).isEqualTo(row.get(6));
            assertThat(f.validFrom()).as(et).isEqualTo(LocalDate.parse(row.get(10)));
        }
        for (Organization o : dataset.organizations()) {
            assertThat(o.identifiers()).singleElement().extracting(Identifier::scheme).isEqualTo(IdentifierScheme.FINESS_EJ);
        }
    }

    @Test
    void import_keepsEveryFinessNumber_eachOnce() {
        assertThat(dataset.facilities()).extracting(f -> f.identifiers().get(0).value())
                .as("FINESS ET numbers of the facilities").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(source.keySet());
        assertThat(dataset.organizations()).extracting(o -> o.identifiers().get(0).value())
                .as("FINESS EJ numbers of the organisations").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(source.values().stream().map(r -> r.get(1)).distinct().toList());
    }

    @Test
    void import_givesEveryCategoryAKnownCode() {
        Codelist categories = Codelists.bundled().get("finess-category");
        assertThat(categories.version()).as("the complete TRE_R66").isEqualTo("20260505120000");
        assertThat(categories.entries()).hasSize(322);
        assertThat(dataset.facilities()).allSatisfy(f -> assertThat(categories.contains(f.category().code()))
                .as(f.id() + " category " + f.category().code()).isTrue());
        assertThat(dataset.facilities()).allSatisfy(f -> assertThat(f.category().code())
                .as(f.id()).isEqualTo(source.get(f.identifiers().get(0).value()).get(3)));
    }

    @Test
    void import_placesMetropolitanSitesWhereTheyArePublished_andOverseasSitesWhereTheyStand() {
        int overseas = 0;
        for (Facility f : dataset.facilities()) {
            List<String> row = source.get(f.identifiers().get(0).value());
            double lat = Double.parseDouble(row.get(8));
            double lon = Double.parseDouble(row.get(9));
            if (row.get(0).startsWith("97")) {
                overseas++;
                String area = FrenchAreas.departementOfPostalCode(row.get(6)).orElseThrow();
                assertThat(FrenchAreas.contains(area, f.coordinates().latitude(), f.coordinates().longitude()))
                        .as(f.id() + " in " + area).isTrue();
                assertThat(FrenchAreas.contains(area, lat, lon)).as(f.id() + ": the published position is the defect").isFalse();
            } else {
                double dLat = Math.toRadians(f.coordinates().latitude() - lat);
                double dLon = Math.toRadians(f.coordinates().longitude() - lon) * Math.cos(Math.toRadians(lat));
                assertThat(6_371_000 * Math.hypot(dLat, dLon)).as(f.id() + " metres from the published position").isLessThan(1.0);
            }
        }
        assertThat(overseas).isEqualTo(22);
    }

    @Test
    void import_linksCommunesThroughTheCog_andSaysWhereItHadToMapCodes() {
        assertThat(dataset.facilities()).allSatisfy(f -> assertThat(f.commune()).isNotNull());
        assertThat(dataset.facilities()).filteredOn(f -> f.address().postalCode().equals("97150"))
                .extracting(Facility::commune).containsOnly("commune:97801");
        assertThat(dataset.territories()).extracting(t -> t.id()).contains("commune:97801", "collectivite-outre-mer:978",
                "commune:2A004", "departement:2A", "region:94");
        assertThat(result.notes()).extracting(ImportNote::message).containsExactly(
                "commune 25282 no longer exists; commune:25060 replaces it: linked to it (3 records, first here)",
                "commune 97127 is the code of before 2007 of what is now commune:97801: linked to it (2 records, first here)");
    }

    @Test
    void fixture_isTheOfficialLayout() throws IOException {
        List<String> lines = Files.readAllLines(FinessFixtures.etalab2021(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("finess;etalab;95;2021-01-08");
        assertThat(lines).filteredOn(l -> l.startsWith("structureet;")).hasSize(2723);
        assertThat(lines).filteredOn(l -> l.startsWith("geolocalisation;")).hasSize(2723);
        try (InputStream in = Files.newInputStream(FinessFixtures.etalab2021())) {
            assertThat(in.readAllBytes()).doesNotContain((byte) '\r');
        }
    }
}
