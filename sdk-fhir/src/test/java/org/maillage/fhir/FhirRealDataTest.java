package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.Codelists;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Identifier;
import org.maillage.imports.ImportNote;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;

/**
 * The 2,723 FINESS sites as FINESS published them in FHIR R4 ({@code finess-2021-extract.fhir.ndjson},
 * FINESS extraction janvier 2021, Licence Ouverte, via flrt/finess-fhir): imported with every
 * FINESS number, category, SIRET, address, telecom, opening date and position; the overseas
 * positions its publisher converted with the wrong projection reported by Location; and the round
 * trip FHIR → Maillage → FHIR keeping every field imported, resource by resource.
 */
class FhirRealDataTest {

    @TempDir
    static Path dir;

    static Path source;
    static FhirImport result;
    static Dataset dataset;
    static Map<String, Organization> organizations = new HashMap<>();
    static Map<String, Location> locations = new HashMap<>();

    static Path realFile() throws URISyntaxException {
        return Path.of(FhirRealDataTest.class.getResource("/org/maillage/fhir/finess-2021-extract.fhir.ndjson").toURI());
    }

    @BeforeAll
    static void importRealFile() throws Exception {
        source = realFile();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = FhirImporter.create().importTo(List.of(source), out, DatasetFormat.JSON);
        dataset = DatasetReader.standard().read(new ByteArrayInputStream(out.toByteArray()), DatasetFormat.JSON);
        IParser parser = FhirContext.forR4Cached().newJsonParser();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            Resource r = (Resource) parser.parseResource(line);
            if (r instanceof Organization o) {
                organizations.put(o.getIdentifierFirstRep().getValue(), o);
            } else {
                Location l = (Location) r;
                locations.put(l.getManagingOrganization().getReference(), l);
            }
        }
    }

    static String code(Organization o, String system) {
        return o.getType().stream().flatMap(t -> t.getCoding().stream()).filter(c -> system.equals(c.getSystem()))
                .map(Coding::getCode).findFirst().orElse(null);
    }

    @Test
    void import_keepsEveryFinessNumberCategorySiretAddressTelecomDateAndPosition() {
        assertThat(result.resources()).isEqualTo(5446);
        assertThat(result.facilities()).isEqualTo(2723);
        assertThat(result.positioned()).isEqualTo(2723);
        assertThat(dataset.facilities()).hasSize(2723);
        assertThat(organizations).hasSize(2723);
        var categories = Codelists.bundled().get("finess-category");
        for (Facility f : dataset.facilities()) {
            String et = f.identifiers().get(0).value();
            Organization o = organizations.get(et);
            assertThat(o).as(et).isNotNull();
            assertThat(f.name()).isEqualTo(o.getName());
            assertThat(f.category().code()).as(et).isEqualTo(code(o, FhirSystems.CAT_ETAB));
            assertThat(categories.contains(f.category().code())).as(et + " category known").isTrue();
            List<String> sirets = o.getIdentifier().stream().filter(i -> FhirSystems.SIRENE.equals(i.getSystem()))
                    .map(i -> i.getValue()).toList();
            assertThat(f.identifiers().stream().filter(i -> i.scheme() == IdentifierScheme.SIRET).map(Identifier::value))
                    .as(et).containsExactlyElementsOf(sirets);
            assertThat(f.organization()).isEqualTo("org:finess-ej-" + o.getIdElement().getIdPart().substring(0, 9).toLowerCase());
            var a = o.getAddressFirstRep();
            assertThat(f.address().lines()).isEqualTo(a.getLine().stream().map(StringType::getValue).toList());
            assertThat(f.address().postalCode()).isEqualTo(a.getPostalCode());
            assertThat(f.address().city()).isEqualTo(a.getCity());
            assertThat(f.address().country()).isEqualTo(a.getCountry());
            assertThat(f.telecom()).extracting(c -> c.system().code() + ":" + c.value())
                    .containsExactlyElementsOf(o.getTelecom().stream().map(t -> t.getSystem().toCode() + ":" + t.getValue()).toList());
            Period p = (Period) o.getExtensionByUrl(FhirSystems.ORGANIZATION_PERIOD).getValue();
            assertThat(f.validFrom()).isEqualTo(LocalDate.parse(p.getStartElement().getValueAsString()));
            Location l = locations.get("Organization/" + o.getIdElement().getIdPart());
            assertThat(BigDecimal.valueOf(f.coordinates().latitude())).isEqualByComparingTo(l.getPosition().getLatitude());
            assertThat(BigDecimal.valueOf(f.coordinates().longitude())).isEqualByComparingTo(l.getPosition().getLongitude());
        }
        long legalEntities = organizations.values().stream().map(o -> o.getIdElement().getIdPart().substring(0, 9)).distinct().count();
        assertThat(dataset.organizations()).hasSize((int) legalEntities);
    }

    @Test
    void import_reportsTheOverseasPositionsConvertedWithTheWrongProjection_byLocation() {
        List<ImportNote> wrong = result.notes().stream().filter(n -> n.message().contains("wrong projection")).toList();
        assertThat(wrong).hasSize(22);
        assertThat(wrong).allSatisfy(n -> assertThat(n.pointer()).matches("Location/97\\d{7}-97\\d{7}-loc"));
        assertThat(wrong.get(0).toString()).isEqualTo(source + ":5404 Location/970100103-970100012-loc: position 6.27536, 2.68996"
                + " of Organization 970100103-970100012 (FINESS 970100012) lies outside Guadeloupe (971) where its postal code 97139"
                + " is: kept as published; the publisher probably converted it with the wrong projection");
        Map<String, Long> byArea = wrong.stream().collect(Collectors.groupingBy(
                n -> n.message().replaceAll(".* outside (.*) where .*", "$1"), Collectors.counting()));
        assertThat(byArea).containsOnly(Map.entry("Guadeloupe (971)", 8L), Map.entry("Martinique (972)", 8L),
                Map.entry("La Réunion (974)", 6L));
        assertThat(result.notes()).extracting(ImportNote::message).contains(
                "codings of http://finess.sante.gouv.fr/valuesets/CAT_AGR_ETAB are not carried by the model (2723 records, first here)",
                "codings of http://finess.sante.gouv.fr/valuesets/SPH are not carried by the model (326 records, first here)",
                "no partOf: the legal entity is the first half of the resource id <EJ>-<ET>, as FINESS published in FHIR writes it"
                        + " (2723 records, first here)");
        assertThat(result.notes()).hasSize(26);
    }

    @Test
    void roundTrip_fhirToMaillageToFhir_keepsEveryImportedField() throws Exception {
        Path maillage = dir.resolve("from-fhir.json");
        try (var out = Files.newOutputStream(maillage)) {
            FhirImporter.create().importTo(List.of(source), out, DatasetFormat.JSON);
        }
        ByteArrayOutputStream fhir = new ByteArrayOutputStream();
        FhirExport export = FhirExporter.create().export(maillage, fhir, false);
        assertThat(export.establishments()).isEqualTo(2723);
        assertThat(export.locations()).isEqualTo(2723);
        assertThat(export.notes()).isEmpty();
        IParser parser = FhirContext.forR4Cached().newJsonParser();
        Map<String, Organization> exported = new HashMap<>();
        Map<String, Organization> legal = new HashMap<>();
        Map<String, Location> positions = new HashMap<>();
        for (String line : fhir.toString(StandardCharsets.UTF_8).split("\n")) {
            Resource r = (Resource) parser.parseResource(line);
            if (r instanceof Organization o && o.getIdentifierFirstRep().getType().getCodingFirstRep().getCode().equals("FINEG")) {
                exported.put(o.getIdentifierFirstRep().getValue(), o);
            } else if (r instanceof Organization o) {
                legal.put("Organization/" + o.getIdElement().getIdPart(), o);
            } else {
                positions.put(((Location) r).getManagingOrganization().getReference(), (Location) r);
            }
        }
        assertThat(exported.keySet()).isEqualTo(organizations.keySet());
        List<String> differences = new ArrayList<>();
        for (Organization in : organizations.values()) {
            String et = in.getIdentifierFirstRep().getValue();
            Organization out = exported.get(et);
            same(differences, et, "name", in.getName(), out.getName());
            same(differences, et, "FINESS", in.getIdentifierFirstRep().getSystem() + "|" + et,
                    out.getIdentifierFirstRep().getSystem() + "|" + out.getIdentifierFirstRep().getValue());
            same(differences, et, "SIRET", values(in, FhirSystems.SIRENE), values(out, FhirSystems.SIRENE));
            same(differences, et, "category", code(in, FhirSystems.CAT_ETAB), code(out, FhirSystems.CAT_ETAB));
            same(differences, et, "address", address(in), address(out));
            same(differences, et, "telecom", in.getTelecom().stream().map(t -> t.getSystem().toCode() + ":" + t.getValue()).toList(),
                    out.getTelecom().stream().map(t -> t.getSystem().toCode() + ":" + t.getValue()).toList());
            same(differences, et, "opened", ((Period) in.getExtensionByUrl(FhirSystems.ORGANIZATION_PERIOD).getValue()).getStartElement()
                    .getValueAsString(), ((Period) out.getExtensionByUrl(FhirSystems.ORGANIZATION_PERIOD).getValue()).getStartElement()
                    .getValueAsString());
            Organization ej = legal.get(out.getPartOf().getReference());
            same(differences, et, "legal entity", in.getIdElement().getIdPart().substring(0, 9),
                    ej == null ? null : ej.getIdentifierFirstRep().getValue());
            Location li = locations.get("Organization/" + in.getIdElement().getIdPart());
            Location lo = positions.get("Organization/" + out.getIdElement().getIdPart());
            same(differences, et, "latitude", li.getPosition().getLatitude().stripTrailingZeros(),
                    lo.getPosition().getLatitude().stripTrailingZeros());
            same(differences, et, "longitude", li.getPosition().getLongitude().stripTrailingZeros(),
                    lo.getPosition().getLongitude().stripTrailingZeros());
        }
        assertThat(differences).isEmpty();
        Path back = dir.resolve("export.ndjson");
        Files.write(back, fhir.toByteArray());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        FhirImporter.create().importTo(List.of(back), again, DatasetFormat.JSON);
        Dataset second = DatasetReader.standard().read(new ByteArrayInputStream(again.toByteArray()), DatasetFormat.JSON);
        assertThat(second.facilities()).isEqualTo(dataset.facilities());
        assertThat(second.organizations()).isEqualTo(dataset.organizations());
    }

    @Test
    void export_asABundle_isReadBackTheSame() throws IOException {
        Path maillage = dir.resolve("bundle-source.json");
        try (var out = Files.newOutputStream(maillage)) {
            FhirImporter.create().importTo(List.of(source), out, DatasetFormat.JSON);
        }
        Path bundle = dir.resolve("export-bundle.json");
        try (var out = Files.newOutputStream(bundle)) {
            FhirExporter.create().export(maillage, out, true);
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        FhirImport r = FhirImporter.create().importTo(List.of(bundle), again, DatasetFormat.JSON);
        assertThat(r.resources()).isEqualTo(2723 * 2 + dataset.organizations().size());
        Dataset second = DatasetReader.standard().read(new ByteArrayInputStream(again.toByteArray()), DatasetFormat.JSON);
        assertThat(second.facilities()).isEqualTo(dataset.facilities());
    }

    private static List<String> values(Organization o, String system) {
        return o.getIdentifier().stream().filter(i -> system.equals(i.getSystem())).map(i -> i.getValue()).toList();
    }

    private static List<String> address(Organization o) {
        var a = o.getAddressFirstRep();
        List<String> out = new ArrayList<>(a.getLine().stream().map(StringType::getValue).toList());
        out.add(a.getPostalCode());
        out.add(a.getCity());
        out.add(a.getCountry());
        return out;
    }

    private static void same(List<String> differences, String et, String field, Object in, Object out) {
        if (!java.util.Objects.equals(in, out)) {
            differences.add(et + " " + field + ": " + in + " became " + out);
        }
    }
}
