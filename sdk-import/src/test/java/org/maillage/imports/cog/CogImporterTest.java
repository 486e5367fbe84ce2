package org.maillage.imports.cog;

import org.maillage.imports.ImportNote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;

/** The importer on small hand-written folders shaped like the package: what it maps and what it reports. */
class CogImporterTest {

    @TempDir
    Path root;

    Path data;

    @BeforeEach
    void folder() throws IOException {
        data = Files.createDirectories(root.resolve("package").resolve("data"));
        write("../package.json", "{\"name\": \"@etalab/decoupage-administratif\", \"version\": \"6.0.0\"}");
        write("regions.json", """
                [
                {"code": "76", "chefLieu": "31555", "nom": "Occitanie", "typeLiaison": 1, "zone": "metro"},
                {"code": "84", "chefLieu": "69123", "nom": "Auvergne-Rhône-Alpes", "typeLiaison": 1, "zone": "metro"},
                {"code": "975", "chefLieu": "97502", "nom": "Saint-Pierre-et-Miquelon", "typeLiaison": 0, "zone": "com"}
                ]
                """);
        write("departements.json", """
                [
                {"code": "01", "region": "84", "chefLieu": "01053", "nom": "Ain", "typeLiaison": 5, "zone": "metro"},
                {"code": "09", "region": "76", "chefLieu": "09122", "nom": "Ariège", "typeLiaison": 5, "zone": "metro"},
                {"code": "975", "region": "975", "chefLieu": "97502", "nom": "Saint-Pierre-et-Miquelon", "typeLiaison": 0, "zone": "com"}
                ]
                """);
        write("communes.json", """
                [
                {"code": "01001", "nom": "L'Abergement-Clémenciat", "departement": "01", "region": "84", "type": "commune-actuelle", "siren": "210100012", "population": 860},
                {"code": "01015", "nom": "Arboys en Bugey", "departement": "01", "region": "84", "type": "commune-actuelle", "anciensCodes": ["01340"], "siren": "200053668", "population": 710},
                {"code": "01015", "nom": "Arbignieu", "departement": "01", "region": "84", "type": "commune-deleguee", "chefLieu": "01015"},
                {"code": "01340", "nom": "Saint-Bois", "departement": "01", "region": "84", "type": "commune-deleguee", "chefLieu": "01015"},
                {"code": "09001", "nom": "Aigues-Juntes", "departement": "09", "region": "76", "type": "commune-actuelle", "siren": "210900015", "population": 71},
                {"code": "09002", "nom": "Aigues-Vives", "departement": "09", "region": "76", "type": "commune-actuelle", "siren": "210900023", "population": 589},
                {"code": "97502", "nom": "Saint-Pierre", "departement": "975", "region": "975", "zone": "com", "type": "commune-actuelle", "population": 5194}
                ]
                """);
        write("ept.json", "[]");
        write("epci.json", """
                [
                {"code": "200040350", "nom": "CC du Plateau", "type": "CC", "modeFinancement": "FPU", "populationTotale": 1, "populationMunicipale": 1, "membres": [{"code": "01001", "siren": "210100012", "nom": "x", "populationTotale": 1, "populationMunicipale": 1}, {"code": "01015", "siren": "200053668", "nom": "x", "populationTotale": 1, "populationMunicipale": 1}]},
                {"code": "200066223", "nom": "CA Pays Ariège", "type": "CA", "modeFinancement": "FPU", "populationTotale": 1, "populationMunicipale": 1, "membres": [{"code": "09001", "siren": "210900015", "nom": "x", "populationTotale": 1, "populationMunicipale": 1}, {"code": "09002", "siren": "210900023", "nom": "x", "populationTotale": 1, "populationMunicipale": 1}]}
                ]
                """);
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(data.resolve(file).normalize(), content, StandardCharsets.UTF_8);
    }

    private static Territory find(CogImport cog, String id) {
        return cog.dataset().territories().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    private static List<String> parents(Territory t) {
        return t.parents().stream().map(TerritoryLink::territory).toList();
    }

    @Test
    void importFrom_mapsEveryKindInOrderWithoutNotes() {
        CogImport cog = CogImporter.create().importFrom(data);
        assertThat(cog.notes()).isEmpty();
        assertThat(cog.dataset().territories()).extracting(Territory::id).containsExactly(
                "region:76", "region:84", "departement:01", "departement:09", "collectivite-outre-mer:975",
                "commune:01001", "commune:01015", "commune-deleguee:01015", "commune-deleguee:01340", "commune:09001",
                "commune:09002", "commune:97502", "epci:200040350", "epci:200066223");
        assertThat(find(cog, "commune:01015").replaces()).singleElement()
                .satisfies(l -> assertThat(l.territory()).isEqualTo("commune-deleguee:01340"));
        assertThat(find(cog, "epci:200066223").population()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo(660));
        assertThat(parents(find(cog, "commune:97502"))).containsExactly("collectivite-outre-mer:975");
    }

    @Test
    void importFrom_reportsAnUnknownTypeWithItsPlaceAndLeavesTheRecordOut() throws IOException {
        write("communes.json", """
                [
                {"code": "01001", "nom": "L'Abergement-Clémenciat", "departement": "01", "region": "84", "type": "commune-actuelle"},
                {"code": "01999", "nom": "Nouvelle", "departement": "01", "region": "84", "type": "commune-fusionnee"}
                ]
                """);
        write("epci.json", "[]");
        CogImport cog = CogImporter.create().importFrom(data);
        assertThat(cog.notes()).containsExactly(new ImportNote("communes.json", "/1/type", 3,
                "unknown type 'commune-fusionnee': commune 01999 Nouvelle not imported"));
        assertThat(cog.countsByKind()).containsEntry(TerritoryKind.COMMUNE, 1);
    }

    @Test
    void importFrom_reportsAnEpciMemberThatIsNotACommune() throws IOException {
        write("epci.json", """
                [
                {"code": "200040350", "nom": "CC du Plateau", "type": "CC", "membres": [{"code": "01001"}, {"code": "01340"}, {"code": "01777"}]}
                ]
                """);
        CogImport cog = CogImporter.create().importFrom(data);
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactly(
                "epci.json:2 /0/membres/1/code: member 01340 of epci:200040350 is not a commune of communes.json"
                        + " (a commune-deleguee), left out of the composition",
                "epci.json:2 /0/membres/2/code: member 01777 of epci:200040350 is not a commune of communes.json"
                        + " (unknown code), left out of the composition");
        assertThat(find(cog, "epci:200040350").members()).containsExactly(TerritoryLink.to("commune:01001"));
    }

    @Test
    void importFrom_reportsAMissingChefLieuTarget() throws IOException {
        write("communes.json", """
                [
                {"code": "01001", "nom": "L'Abergement-Clémenciat", "departement": "01", "region": "84", "type": "commune-actuelle"},
                {"code": "01340", "nom": "Saint-Bois", "departement": "01", "region": "84", "type": "commune-deleguee", "chefLieu": "01015"}
                ]
                """);
        write("epci.json", "[]");
        CogImport cog = CogImporter.create().importFrom(data);
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactly(
                "communes.json:3 /1/chefLieu: commune 01015 is not in communes.json: parent link not imported");
        assertThat(parents(find(cog, "commune-deleguee:01340"))).containsExactly("departement:01", "region:84");
    }

    @Test
    void importFrom_reportsUnknownMembersOncePerFileAndMember() throws IOException {
        write("communes.json", """
                [
                {"code": "01001", "nom": "A", "departement": "01", "region": "84", "type": "commune-actuelle", "epci": "x"},
                {"code": "01002", "nom": "B", "departement": "01", "region": "84", "type": "commune-actuelle", "epci": "y"}
                ]
                """);
        write("epci.json", "[]");
        CogImport cog = CogImporter.create().importFrom(data);
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactly(
                "communes.json:2 /0/epci: unknown member 'epci' in 2 records (first here), not imported");
    }

    @Test
    void importFrom_reportsMembersOfTheWrongJsonTypeAndKeepsTheRecord() throws IOException {
        write("communes.json", """
                [
                {"code": "01001", "nom": "A", "departement": "01", "region": "84", "type": "commune-actuelle", "population": "860", "anciensCodes": "01340"}
                ]
                """);
        write("epci.json", "[]");
        CogImport cog = CogImporter.create().importFrom(data);
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactly(
                "communes.json:2 /0/population: 'population' is not a non-negative integer, not imported",
                "communes.json:2 /0/anciensCodes: 'anciensCodes' is not an array, not imported");
        assertThat(find(cog, "commune:01001").population()).isEmpty();
    }

    @Test
    void importFrom_malformedJsonGivesFileLineAndColumn() throws IOException {
        write("epci.json", "[\n{\"code\": \"200040350\",\n \"nom\": }\n]");
        assertThatThrownBy(() -> CogImporter.create().importFrom(data))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("epci.json:3:")
                .satisfies(e -> assertThat(((InvalidDataException) e).line()).isEqualTo(3));
    }

    @Test
    void importFrom_missingFileIsAnIoError() throws IOException {
        Files.delete(data.resolve("communes.json"));
        assertThatThrownBy(() -> CogImporter.create().importFrom(data))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("communes.json");
    }

    @Test
    void importFrom_needsAVintageWhenThereIsNoPackageJson() throws IOException {
        Files.delete(root.resolve("package").resolve("package.json"));
        assertThat(CogImporter.detectVintage(data)).isEqualTo(OptionalInt.empty());
        assertThatThrownBy(() -> CogImporter.create().importFrom(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give the vintage");
        CogImport cog = CogImporter.create().withVintage(2024).importFrom(data);
        assertThat(cog.vintage()).isEqualTo(2024);
        assertThat(cog.packageVersion()).isNull();
        assertThat(find(cog, "commune:01001").population()).singleElement()
                .satisfies(p -> assertThat(p.year()).isEqualTo(2021));
    }

    @Test
    void importFrom_notesAVintageThatContradictsPackageJson() {
        CogImport cog = CogImporter.create().withVintage(2025).importFrom(data);
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactly(
                "../package.json /version: version 6.0.0 is the 2026 vintage; imported as 2025 as asked");
    }

    @Test
    void importFrom_leavesPopulationsOutForAVintageWithoutCensusYear() {
        CogImport cog = CogImporter.create().withVintage(2031).importFrom(data);
        assertThat(cog.notes()).extracting(ImportNote::message).contains(
                "no census year is known for this vintage: populations not imported");
        assertThat(cog.dataset().territories()).allSatisfy(t -> assertThat(t.population()).isEmpty());
    }

    @Test
    void withDepartements_keepsOneDepartementAndReportsEpciCrossingTheBorder() throws IOException {
        write("epci.json", """
                [
                {"code": "200040350", "nom": "CC Frontière", "type": "CC", "membres": [{"code": "01001"}, {"code": "09001"}]},
                {"code": "200066223", "nom": "CA Pays Ariège", "type": "CA", "membres": [{"code": "09002"}]}
                ]
                """);
        CogImport cog = CogImporter.create().withDepartements(List.of("09")).importFrom(data);
        assertThat(cog.dataset().header().id()).isEqualTo("cog-2026-09");
        assertThat(cog.dataset().territories()).extracting(Territory::id).containsExactly(
                "region:76", "departement:09", "commune:09001", "commune:09002", "epci:200066223");
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactly(
                "epci.json:2 /0: epci:200040350 CC Frontière has 1 of 2 communes outside the départements kept: left out");
    }

    @Test
    void withDepartements_refusesADepartementTheFolderDoesNotHold() {
        assertThatThrownBy(() -> CogImporter.create().withDepartements(List.of("99")).importFrom(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no département or overseas collectivity 99 in departements.json");
    }

    @Test
    void importFrom_readsThe2021ShapeOfOverseasCollectivities() throws IOException {
        write("../package.json", "{\"name\": \"@etalab/decoupage-administratif\", \"version\": \"1.1.1\"}");
        write("departements.json", """
                [
                {"code": "01", "region": "84", "chefLieu": "01053", "nom": "Ain", "typeLiaison": 5}
                ]
                """);
        write("regions.json", "[{\"code\": \"84\", \"chefLieu\": \"69123\", \"nom\": \"Auvergne-Rhône-Alpes\", \"typeLiaison\": 1}]");
        write("communes.json", """
                [
                {"code": "01001", "nom": "A", "departement": "01", "region": "84", "type": "commune-actuelle", "population": 779},
                {"code": "97502", "nom": "Saint-Pierre", "collectiviteOutremer": {"code": "975", "nom": "Saint-Pierre-et-Miquelon"}, "type": "commune-actuelle", "population": 5394}
                ]
                """);
        write("epci.json", "[]");
        Files.delete(data.resolve("ept.json"));
        CogImport cog = CogImporter.create().importFrom(data);
        assertThat(cog.vintage()).isEqualTo(2021);
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactly(
                "ept.json: file absent (the package ships EPT from its 2023 vintage on): no EPT imported");
        assertThat(find(cog, "collectivite-outre-mer:975").name()).isEqualTo("Saint-Pierre-et-Miquelon");
        assertThat(parents(find(cog, "commune:97502"))).containsExactly("collectivite-outre-mer:975");
        assertThat(find(cog, "collectivite-outre-mer:975").population()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo(5394));
    }
}
