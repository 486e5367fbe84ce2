package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Territory;
import org.maillage.json.DatasetReader;

/** {@code maillage import cog} on a small folder shaped like the npm package (two départements, one EPCI crossing them). */
class ImportCogCommandTest {

    @TempDir
    Path tmp;

    Path pkg;

    @BeforeEach
    void copyFixture() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("cog-mini/package").toURI());
        pkg = tmp.resolve("package");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path target = pkg.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void importCog_writesTheDatasetAndPrintsTheSummaryAndNotes() {
        Path out = tmp.resolve("cog.json");
        MainTest.Run r = MainTest.run("import", "cog", pkg.resolve("data").toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(String.join("\n",
                "Imported COG 2026 (@etalab/decoupage-administratif 6.0.0): 10 territories written to " + out,
                "  commune                          3",
                "  commune-deleguee                 2",
                "  epci                             2",
                "  departement                      2",
                "  region                           1",
                "1 import note (what could not be mapped):",
                "  arrondissements.json: not imported: arrondissements départementaux have no territory kind in the model",
                ""));
        Dataset d = DatasetReader.standard().read(out);
        assertThat(d.header().id()).isEqualTo("cog-2026");
        assertThat(d.territories()).extracting(Territory::id).contains("commune:09088", "commune-deleguee:09088");
    }

    @Test
    void importCog_departementKeepsItsTerritoriesAndReportsTheEpciCrossingTheBorder() {
        Path out = tmp.resolve("ariege.json");
        MainTest.Run r = MainTest.run("import", "cog", pkg.toString(), "--output", out.toString(), "--departement", "09");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("epci.json:3 /1: epci:200000008 CC de la Frontière has 1 of 2 communes outside"
                + " the départements kept: left out");
        assertThat(DatasetReader.standard().read(out).territories()).extracting(Territory::id).containsExactly(
                "region:76", "departement:09", "commune:09001", "commune:09088", "commune-deleguee:09088",
                "commune-deleguee:09287", "epci:200066363");
    }

    @Test
    void importCog_writesNdjsonWhenTheOutputSaysSo() throws IOException {
        Path out = tmp.resolve("cog.ndjson");
        assertThat(MainTest.run("import", "cog", pkg.toString(), "-o", out.toString()).code()).isEqualTo(ExitCodes.OK);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(11);
        assertThat(lines.get(0)).startsWith("{\"type\":\"dataset\"");
        assertThat(lines.get(1)).startsWith("{\"type\":\"territory\",\"id\":\"region:76\"");
    }

    @Test
    void importCog_withoutPackageJsonNeedsTheVintage() throws IOException {
        Files.delete(pkg.resolve("package.json"));
        Path out = tmp.resolve("cog.json");
        MainTest.Run r = MainTest.run("import", "cog", pkg.resolve("data").toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("give the COG year with --vintage YEAR");
        assertThat(out).doesNotExist();
        MainTest.Run ok = MainTest.run("import", "cog", pkg.resolve("data").toString(), "--output", out.toString(),
                "--vintage", "2025");
        assertThat(ok.code()).isEqualTo(ExitCodes.OK);
        assertThat(ok.err()).startsWith("Imported COG 2025: 10 territories");
    }

    @Test
    void importCog_unknownDepartementIsAUsageError() {
        MainTest.Run r = MainTest.run("import", "cog", pkg.toString(), "--output", tmp.resolve("x.json").toString(),
                "--departement", "99");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("maillage import cog: no département or overseas collectivity 99 in departements.json\n");
    }

    @Test
    void importCog_missingOutputOptionIsAUsageError() {
        MainTest.Run r = MainTest.run("import", "cog", pkg.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing required option: '--output=FILE'");
    }

    @Test
    void importCog_missingFolderExits3() {
        MainTest.Run r = MainTest.run("import", "cog", tmp.resolve("nowhere").toString(), "--output",
                tmp.resolve("x.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("cannot read").contains("nowhere: no such file");
    }

    @Test
    void importCog_malformedFileExits3WithItsLine() throws IOException {
        Files.writeString(pkg.resolve("data/epci.json"), "[\n{\"code\": \"200066363\",\n \"nom\": }\n]");
        MainTest.Run r = MainTest.run("import", "cog", pkg.toString(), "--output", tmp.resolve("x.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).startsWith("maillage import cog: cannot read " + pkg.resolve("data") + ": epci.json:3:")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void importCog_unwritableOutputExits3() {
        MainTest.Run r = MainTest.run("import", "cog", pkg.toString(), "--output", tmp.resolve("no/such/dir/x.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).startsWith("maillage import cog: cannot write ");
    }

    @Test
    void import_withoutSourceIsAUsageError() {
        MainTest.Run r = MainTest.run("import");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("name the source to import").contains("cog");
    }
}
