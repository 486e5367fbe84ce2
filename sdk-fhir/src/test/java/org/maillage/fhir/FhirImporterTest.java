package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.ContactSystem;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Organization;
import org.maillage.imports.ImportNote;
import org.maillage.imports.SourceFormatException;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;

/** The FHIR importer on small inputs: the shapes of the ANS directory, and what it refuses. */
class FhirImporterTest {

    @TempDir
    Path dir;

    static final String EJ = "{\"resourceType\":\"Organization\",\"id\":\"ej1\",\"identifier\":[{\"system\":\"urn:oid:1.2.250.1.71.4.2.2\","
            + "\"type\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/v2-0203\",\"code\":\"FINEJ\"}]},"
            + "\"value\":\"2A0000014\"},{\"system\":\"https://sirene.fr/siren\",\"value\":\"262000060\"}],"
            + "\"name\":\"Centre hospitalier d'Ajaccio\"}";
    static final String ET = "{\"resourceType\":\"Organization\",\"id\":\"et1\",\"identifier\":[{\"system\":\"https://finess.esante.gouv.fr\","
            + "\"type\":{\"coding\":[{\"code\":\"FINEG\"}]},\"value\":\"2A0000022\"},{\"system\":\"http://sirene.fr\","
            + "\"value\":\"26200006000018\"}],\"type\":[{\"coding\":[{\"system\":\"https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/"
            + "TRE-R66-CategorieEtablissement\",\"code\":\"355\"}]}],\"name\":\"CH Notre-Dame de la Miséricorde\","
            + "\"telecom\":[{\"system\":\"fax\",\"value\":\"0495000001\"}],\"partOf\":{\"reference\":\"Organization/ej1\"},"
            + "\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/organization-period\",\"valuePeriod\":"
            + "{\"start\":\"1959-01-01\",\"end\":\"2030-12-31\"}}],\"alias\":[\"CH ND\"]}";
    static final String LOC = "{\"resourceType\":\"Location\",\"id\":\"loc1\",\"managingOrganization\":{\"reference\":"
            + "\"https://annuaire.example/fhir/Organization/et1\"},\"position\":{\"latitude\":41.9229929,\"longitude\":8.7351408}}";

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private static Dataset read(ByteArrayOutputStream out) {
        return DatasetReader.standard().read(new ByteArrayInputStream(out.toByteArray()), DatasetFormat.JSON);
    }

    @Test
    void importTo_readsTheDirectoryShape_locationFirst_partOfByReference() throws IOException {
        Path p = write("dir.ndjson", LOC, ET, EJ);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FhirImport r = FhirImporter.create().importTo(List.of(p), out, DatasetFormat.JSON);
        Dataset d = read(out);
        Facility f = d.facilities().get(0);
        assertThat(f.id()).isEqualTo("facility:finess-et-2a0000022");
        assertThat(f.identifiers()).containsExactly(Identifier.of(IdentifierScheme.FINESS_ET, "2A0000022"),
                Identifier.of(IdentifierScheme.SIRET, "26200006000018"));
        assertThat(f.category().code()).isEqualTo("355");
        assertThat(f.organization()).isEqualTo("org:finess-ej-2a0000014");
        assertThat(f.validFrom()).isEqualTo(LocalDate.of(1959, 1, 1));
        assertThat(f.validTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(f.telecom()).singleElement().extracting(c -> c.system()).isEqualTo(ContactSystem.FAX);
        assertThat(f.coordinates().latitude()).isEqualTo(41.9229929);
        Organization ej = d.organizations().get(0);
        assertThat(ej.name()).isEqualTo("Centre hospitalier d'Ajaccio");
        assertThat(ej.identifiers()).containsExactly(Identifier.of(IdentifierScheme.FINESS_EJ, "2A0000014"),
                Identifier.of(IdentifierScheme.SIREN, "262000060"));
        assertThat(r.notes()).extracting(ImportNote::toString).containsExactly(
                p + ":2 Organization/et1: Organization.alias is not carried by the model");
    }

    @Test
    void importTo_readsABundleAndAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("a.json"), "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":["
                + "{\"fullUrl\":\"urn:uuid:0c3a\",\"resource\":" + ET.replace("\"id\":\"et1\",", "") + "},"
                + "{\"resource\":" + EJ + "},"
                + "{\"resource\":" + LOC.replace("https://annuaire.example/fhir/Organization/et1", "urn:uuid:0c3a") + "}]}",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ignored.txt"), "not read", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FhirImport r = FhirImporter.create().importTo(List.of(folder), out, DatasetFormat.JSON);
        assertThat(r.resources()).isEqualTo(3);
        Facility f = read(out).facilities().get(0);
        assertThat(f.coordinates()).isNotNull();
        assertThat(f.organization()).isEqualTo("org:finess-ej-2a0000014");
    }

    @Test
    void importTo_refusesOtherResourceTypes_andBundlesThatAreNotBundles_withTheirPlace() throws IOException {
        Path p = write("bad.ndjson", ET,
                "{\"resourceType\":\"Patient\",\"id\":\"p1\"}",
                "{\"resourceType\":\"Bundle\",\"id\":\"b1\",\"type\":\"collection\",\"entry\":{\"resource\":" + EJ + "}}",
                "not json at all",
                "{\"resourceType\":\"Bundle\",\"id\":\"b2\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                        + "{\"resourceType\":\"Practitioner\",\"id\":\"pr1\"}}]}");
        Path output = dir.resolve("out.json");
        assertThatThrownBy(() -> FhirImporter.create().importTo(List.of(p), Files.newOutputStream(output), DatasetFormat.JSON))
                .isInstanceOfSatisfying(SourceFormatException.class, e -> {
                    assertThat(e.problems()).extracting(ImportNote::toString).satisfiesExactly(
                            s -> assertThat(s).isEqualTo(p + ":2 Patient/p1: a FHIR Patient resource: only Organization and Location"
                                    + " resources are read (alone, in NDJSON or in a Bundle)"),
                            s -> assertThat(s).startsWith(p + ":3 Bundle/b1: not FHIR R4 JSON: 'entry'"),
                            s -> assertThat(s).startsWith(p + ":4: not a FHIR R4 resource in JSON: "),
                            s -> assertThat(s).isEqualTo(p + ":5 Practitioner/pr1: a FHIR Practitioner resource: only Organization"
                                    + " and Location resources are read (alone, in NDJSON or in a Bundle)"));
                });
        assertThat(Files.size(output)).as("nothing written").isZero();
    }

    @Test
    void importTo_keepsTheFirstOfTwoResourcesOfOneEstablishment_evenWithoutIds() throws IOException {
        String noId = ET.replace("\"id\":\"et1\",", "").replace(",\"partOf\":{\"reference\":\"Organization/ej1\"}", "");
        Path p = write("twice.ndjson", noId, noId.replace("CH Notre-Dame", "Autre nom"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FhirImport r = FhirImporter.create().importTo(List.of(p), out, DatasetFormat.JSON);
        assertThat(read(out).facilities()).extracting(Facility::name).containsExactly("CH Notre-Dame de la Miséricorde");
        assertThat(r.notes()).extracting(ImportNote::toString).contains(
                p + ":2 Organization: establishment 2A0000022 is described again: this resource is not imported");
    }

    @Test
    void ejFromId_takesTheLegalEntityOnlyFromAValidFinessNumberBeforeTheEstablishment() {
        assertThat(FhirImporter.ejFromId("010009462-010009470", "010009470")).isEqualTo("010009462");
        assertThat(FhirImporter.ejFromId("010009463-010009470", "010009470")).as("bad key").isNull();
        assertThat(FhirImporter.ejFromId("010009462-010009471", "010009470")).as("another ET").isNull();
        assertThat(FhirImporter.ejFromId("et1", "010009470")).isNull();
    }

    @Test
    void key_readsRelativeAbsoluteAndVersionedReferences() {
        assertThat(FhirImporter.key("Organization/abc")).isEqualTo("Organization/abc");
        assertThat(FhirImporter.key("https://x.fr/fhir/Organization/abc/_history/3")).isEqualTo("Organization/abc");
        assertThat(FhirImporter.key("urn:uuid:0c3a")).isEqualTo("urn:uuid:0c3a");
    }

    @Test
    void contactSystem_isTheFhirR4ValueSet() {
        // codelists/index.csv says contact-system is verified against FHIR R4 ContactPointSystem: this is the check.
        List<String> fhir = Arrays.stream(ContactPointSystem.values()).filter(s -> s != ContactPointSystem.NULL)
                .map(ContactPointSystem::toCode).toList();
        assertThat(Arrays.stream(ContactSystem.values()).map(ContactSystem::code).toList()).containsExactlyElementsOf(fhir);
    }
}
