package org.maillage.imports.finess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.ContactSystem;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Address;
import org.maillage.core.model.ContactPoint;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Organization;
import org.maillage.imports.ImportNote;
import org.maillage.imports.SourceFormatException;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;

/** The FINESS extract importer on small files in the official layout. */
class FinessImporterTest {

    @TempDir
    Path dir;

    /** A structureet line: the 32 fields, those not given empty. */
    static String structure(String et, String ej, String rs, String rslongue, String departement, String commune,
            String acheminement, String category, String siret, String opened) {
        String[] f = new String[32];
        java.util.Arrays.fill(f, "");
        f[0] = "structureet";
        f[1] = et;
        f[2] = ej;
        f[3] = rs;
        f[4] = rslongue;
        f[7] = "12";
        f[8] = "R";
        f[9] = "DE LA PAIX";
        f[10] = "B";
        f[11] = "BP 7";
        f[12] = commune;
        f[13] = departement;
        f[15] = acheminement;
        f[16] = "0495000000";
        f[17] = "0495000001";
        f[18] = category;
        f[22] = siret;
        f[28] = opened;
        return String.join(";", f);
    }

    private Path file(String name, Charset charset, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, (String.join("\n", lines) + "\n").getBytes(charset));
        return p;
    }

    private Dataset read(ByteArrayOutputStream out) {
        return DatasetReader.standard().read(new java.io.ByteArrayInputStream(out.toByteArray()), DatasetFormat.JSON);
    }

    @Test
    void importTo_mapsEveryCarriedField() throws IOException {
        Path f = file("finess.csv", StandardCharsets.UTF_8, "finess;etalab;95;2021-01-08",
                structure("2A0000022", "2A0000014", "CH ND LA MISERICORDE", "CENTRE HOSPITALIER NOTRE-DAME DE LA MISERICORDE",
                        "2A", "004", "20000 AJACCIO", "355", "26200006000018", "1959-01-01"),
                "geolocalisation;2A0000022;1176350.1;6108673.5;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2012-04-13");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FinessImport r = FinessImporter.create().importTo(List.of(f), out, DatasetFormat.JSON);
        Dataset d = read(out);
        assertThat(r.facilities()).isEqualTo(1);
        assertThat(r.organizations()).isEqualTo(1);
        assertThat(r.positioned()).isEqualTo(1);
        assertThat(r.encodings()).containsEntry(f.toString(), "UTF-8");
        assertThat(d.header().id()).isEqualTo("finess-2021-01-08");
        assertThat(d.header().referenceDate()).isEqualTo(LocalDate.of(2021, 1, 8));
        Facility fac = d.facilities().get(0);
        assertThat(fac.id()).isEqualTo("facility:finess-et-2a0000022");
        assertThat(fac.name()).isEqualTo("CENTRE HOSPITALIER NOTRE-DAME DE LA MISERICORDE");
        assertThat(fac.category().code()).isEqualTo("355");
        assertThat(fac.category().list()).isEqualTo("finess-category");
        assertThat(fac.identifiers()).containsExactly(Identifier.of(IdentifierScheme.FINESS_ET, "2A0000022"),
                Identifier.of(IdentifierScheme.SIRET, "26200006000018"));
        assertThat(fac.organization()).isEqualTo("org:finess-ej-2a0000014");
        assertThat(fac.address()).isEqualTo(new Address(List.of("12 B R DE LA PAIX", "BP 7"), "20000", "AJACCIO", null));
        assertThat(fac.telecom()).containsExactly(new ContactPoint(ContactSystem.PHONE, "0495000000"),
                new ContactPoint(ContactSystem.FAX, "0495000001"));
        assertThat(fac.validFrom()).isEqualTo(LocalDate.of(1959, 1, 1));
        assertThat(fac.coordinates().latitude()).isCloseTo(41.922992923, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(fac.coordinates().longitude()).isCloseTo(8.735140850, org.assertj.core.data.Offset.offset(1e-5));
        Organization ej = d.organizations().get(0);
        assertThat(ej.id()).isEqualTo("org:finess-ej-2a0000014");
        assertThat(ej.kind()).isEqualTo(OrganizationKind.OTHER);
        assertThat(ej.name()).isEqualTo("Entité juridique FINESS 2A0000014");
        assertThat(ej.identifiers()).containsExactly(Identifier.of(IdentifierScheme.FINESS_EJ, "2A0000014"));
        assertThat(r.notes()).extracting(ImportNote::message)
                .containsExactly("no COG dataset given (--cog): facilities are not linked to their commune");
    }

    @Test
    void importTo_readsLatin1_andASemicolonInsideQuotes() throws IOException {
        Path f = file("latin1.csv", Charset.forName("windows-1252"), "finess;etalab;95;2021-01-08",
                structure("250000015", "250000007", "CHU", "\"CHU JEAN MINJOZ; SITE DE BESANÇON\"", "25", "056",
                        "25000 BESANÇON", "101", "", "1900-01-01"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FinessImport r = FinessImporter.create().importTo(List.of(f), out, DatasetFormat.JSON);
        assertThat(r.encodings()).containsEntry(f.toString(), "windows-1252");
        Facility fac = read(out).facilities().get(0);
        assertThat(fac.name()).isEqualTo("CHU JEAN MINJOZ; SITE DE BESANÇON");
        assertThat(fac.address().city()).isEqualTo("BESANÇON");
        assertThat(fac.identifiers()).containsExactly(Identifier.of(IdentifierScheme.FINESS_ET, "250000015"));
    }

    @Test
    void inseeCode_readsOverseasDepartementsAndCorsica() {
        assertThat(FinessImporter.inseeCode("9A", "101")).isEqualTo("97101");
        assertThat(FinessImporter.inseeCode("9D", "411")).isEqualTo("97411");
        assertThat(FinessImporter.inseeCode("9F", "611")).isEqualTo("97611");
        assertThat(FinessImporter.inseeCode("2A", "004")).isEqualTo("2A004");
        assertThat(FinessImporter.inseeCode("01", "004")).isEqualTo("01004");
        assertThat(FinessImporter.inseeCode("97", "101")).isNull();
        assertThat(FinessImporter.inseeCode("9G", "101")).isNull();
        assertThat(FinessImporter.inseeCode("01", "4")).isNull();
    }

    @Test
    void importTo_notesWhatItCannotMap_andDropsNothingSilently() throws IOException {
        Path f = file("notes.csv", StandardCharsets.UTF_8, "finess;etalab;95;2021-01-08",
                structure("010009470", "010009462", "MSP", "", "01", "004", "01500 AMBERIEU EN BUGEY", "603", "", "2012-13-45"),
                structure("010009470", "010009462", "MSP BIS", "", "01", "004", "01500 AMBERIEU EN BUGEY", "603", "", ""),
                structure("010009488", "010009462", "", "", "01", "004", "01500 AMBERIEU EN BUGEY", "", "", ""),
                "geolocalisation;010009470;882723.9;6542587.8;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20;2020-12-15",
                "geolocalisation;019999999;882723.9;6542587.8;EPSG:2154;2020-12-15",
                "structureej;010009462;SOMETHING",
                "structureetfoo");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FinessImport r = FinessImporter.create().importTo(List.of(f), out, DatasetFormat.JSON);
        assertThat(read(out).facilities()).extracting(Facility::name).containsExactly("MSP");
        String name = f.toString();
        assertThat(r.notes()).extracting(ImportNote::toString).containsExactly(
                name + ":3 nofinesset: establishment 010009470 is described again (first at " + name + ":2): this line is not imported",
                name + ":6 nofinesset: geolocalisation of establishment 019999999, which no structureet line describes: not imported",
                name + ": no COG dataset given (--cog): facilities are not linked to their commune",
                name + ":5 x: establishment 010009470: position 882723.9 6542587.8 EPSG:5490 converts to 58.85202, -56.35992,"
                        + " outside metropolitan France where its commune 01004 lies: kept as converted, check the projection",
                name + ":2 dateouv: establishment 010009470: opening date '2012-13-45' is not a date (YYYY-MM-DD): left out",
                name + ":4 categetab: establishment 010009488 has no category (categetab): not imported",
                name + ":7: line type 'structureej' is not one of an establishment extract (structureet, geolocalisation): not read",
                name + ":8: line type 'structureetfoo' is not one of an establishment extract (structureet, geolocalisation): not read");
    }

    @Test
    void importTo_refusesAFileThatIsNotAnExtract_listingEveryProblemWithItsLine() throws IOException {
        String good = structure("010009470", "010009462", "MSP", "", "01", "004", "01500 AMBERIEU", "603", "", "");
        Path f = file("bad.csv", StandardCharsets.UTF_8, "finess;etalab;95;2021-01-08",
                good.substring(0, good.length() - 12),
                "structureet;\"010009471;010009462;MSP",
                "geolocalisation;010009470;882723.9;6542587.8;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,GAUSS_LABORDE;2020-12-15",
                "geolocalisation;010009470;x;y;EPSG:2154;2020-12-15",
                "geolocalisation;010009470;1;2;EPSG:999999;2020-12-15");
        String name = f.toString();
        Path output = dir.resolve("out.json");
        assertThatThrownBy(() -> FinessImporter.create().importTo(List.of(f), Files.newOutputStream(output), DatasetFormat.JSON))
                .isInstanceOfSatisfying(SourceFormatException.class, e -> {
                    assertThat(e.count()).isEqualTo(5);
                    assertThat(e.problems()).extracting(ImportNote::toString).containsExactly(
                            name + ":2: structureet line of 20 fields, 32 expected (" + String.join(";", layout()) + "): the line is cut short?",
                            name + ":3: a quoted field is not closed: the line is cut short",
                            name + ":4 source: unknown projection: the source '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,GAUSS_LABORDE' names"
                                    + " none of EPSG:nnnn, LAMBERT93, LAMBERT_93, UTM_N20, UTM_N21, UTM_N22, UTM_S38, UTM_S40, WGS84",
                            name + ":5 x: coordinates 'x' 'y' are not numbers",
                            name + ":6 source: unknown projection: EPSG:999999 (named by 'EPSG:999999') is not a projection proj4j knows");
                });
        assertThat(Files.size(output)).as("nothing written").isZero();
    }

    @Test
    void importTo_refusesAFileWithoutTheExtractHeader() throws IOException {
        Path f = file("noheader.csv", StandardCharsets.UTF_8, "nofinesset;nofinessej");
        assertThatThrownBy(() -> FinessImporter.create().importTo(List.of(f), new ByteArrayOutputStream(), DatasetFormat.JSON))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(f + ":1: not a FINESS extract: the first line must be finess;etalab;N;DATE, it is 'nofinesset;nofinessej'");
    }

    static List<String> layout() {
        List<String> names = new ArrayList<>(List.of("structureet", "nofinesset", "nofinessej", "rs", "rslongue", "complrs",
                "compldistrib", "numvoie", "typvoie", "voie", "compvoie", "lieuditbp", "commune", "departement", "libdepartement",
                "ligneacheminement", "telephone", "telecopie", "categetab", "libcategetab", "categagretab", "libcategagretab",
                "siret", "codeape", "codemft", "libmft", "codesph", "libsph", "dateouv", "dateautor", "datemaj", "numuai"));
        assertThat(names).hasSize(FinessImporter.STRUCTURE_FIELDS);
        return names;
    }
}
