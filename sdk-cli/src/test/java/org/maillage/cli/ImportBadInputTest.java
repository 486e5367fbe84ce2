package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the importers (issue 11, done-when): each gives a located message and exit 1 or 3,
 * never a stack trace, and nothing half-written: an output that existed is left as it was, one
 * that did not is not created, and no temporary file stays beside it.
 */
class ImportBadInputTest {

    static final String HEADER = "finess;etalab;95;2021-01-08";
    static final String STRUCTURE = "structureet;010009470;010009462;MSP;MAISON DE SANTE;;;;R;DU PROFESSEUR CABROL;;ZA;004;01;AIN;"
            + "01500 AMBERIEU EN BUGEY;0474373030;;603;Maison de santé;2103;Autres;79006930600013;8621Z;;;;;2012-12-20;;2020-12-15;";
    static final String GEO = "geolocalisation;010009470;882723.9;6542587.8;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2020-12-15";
    static final String ORG = "{\"resourceType\":\"Organization\",\"id\":\"et1\",\"identifier\":[{\"system\":\"urn:oid:1.2.250.1.71.4.2.2\","
            + "\"type\":{\"coding\":[{\"code\":\"FINEG\"}]},\"value\":\"010009470\"}],\"type\":[{\"coding\":[{\"system\":"
            + "\"http://finess.sante.gouv.fr/valuesets/CAT_ETAB\",\"code\":\"603\"}]}],\"name\":\"MSP\"}";

    @TempDir
    static Path dir;

    /** One bad input: the command line (FILE and OUT stand for the input and the output), the input, what must be said. */
    record Case(String name, List<String> args, String input, int exit, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("finess: a truncated line", List.of("import", "finess", "FILE", "--output", "OUT"),
                        String.join("\n", HEADER, STRUCTURE.substring(0, 60)), 1,
                        "FILE:2: structureet line of 10 fields, 32 expected"),
                new Case("finess: a wrong field count", List.of("import", "finess", "FILE", "--output", "OUT"),
                        String.join("\n", HEADER, STRUCTURE + ";extra;fields"), 1, "FILE:2: structureet line of 34 fields, 32 expected"),
                new Case("finess: an unknown projection", List.of("import", "finess", "FILE", "--output", "OUT"),
                        String.join("\n", HEADER, STRUCTURE, GEO.replace("LAMBERT_93", "LAMBERT_II_ETENDU")), 1,
                        "FILE:3 source: unknown projection: the source '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_II_ETENDU' names none of"),
                new Case("finess: not an extract", List.of("import", "finess", "FILE", "--output", "OUT"),
                        "code;name\n01;x", 1, "FILE:1: not a FINESS extract: the first line must be finess;etalab;N;DATE"),
                new Case("fhir: a resource of another type", List.of("import", "fhir", "FILE", "--output", "OUT"),
                        ORG + "\n{\"resourceType\":\"Patient\",\"id\":\"p1\"}", 1,
                        "FILE:2 Patient/p1: a FHIR Patient resource: only Organization and Location resources are read"),
                new Case("fhir: a Bundle that is not one", List.of("import", "fhir", "FILE", "--output", "OUT"),
                        "{\"resourceType\":\"Bundle\",\"id\":\"b1\",\"type\":\"collection\",\"entry\":\"none\"}", 1,
                        "FILE:1 Bundle/b1: not FHIR R4 JSON: 'entry'"),
                new Case("fhir: not JSON", List.of("import", "fhir", "FILE", "--output", "OUT"),
                        "{\"resourceType\":", 1, "FILE:1: not a FHIR R4 resource in JSON"),
                new Case("observations: columns not found", List.of("import", "observations", "FILE", "--indicator", "apl-mg",
                        "--territory-kind", "tvs", "--code-column", "Code", "--value-column", "APL", "--period", "2023", "--output", "OUT"),
                        "code;valeur\n01;2", 1, "FILE: no row holds both columns 'Code' and 'APL'"),
                new Case("finess: no such file", List.of("import", "finess", "MISSING", "--output", "OUT"), null, 3,
                        "maillage import finess: MISSING: no such file"),
                new Case("fhir: no such file", List.of("import", "fhir", "MISSING", "--output", "OUT"), null, 3,
                        "maillage import fhir: MISSING: no such file"),
                new Case("finess: an unreadable --cog", List.of("import", "finess", "FILE", "--cog", "FILE", "--output", "OUT"),
                        String.join("\n", HEADER, STRUCTURE, GEO), 3, "maillage import finess: "),
                new Case("finess: output into a missing folder", List.of("import", "finess", "FILE", "--output", "NOFOLDER"),
                        String.join("\n", HEADER, STRUCTURE, GEO), 3, "maillage import finess: cannot write "),
                new Case("export fhir: not a dataset", List.of("export", "fhir", "FILE", "--output", "OUT"),
                        "{\"territories\": [", 3, "maillage export fhir: "),
                new Case("finess: output is the input", List.of("import", "finess", "FILE", "--output", "FILE"),
                        String.join("\n", HEADER, STRUCTURE, GEO), 2, "maillage import finess: the output FILE is the input FILE"))
                .map(Arguments::of);
    }

    private Path caseDir;
    private Path output;

    @BeforeEach
    void paths() throws IOException {
        caseDir = Files.createTempDirectory(dir, "case");
        output = caseDir.resolve("out.json");
        Files.writeString(output, "previous content", StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_givesALocatedMessage_andLeavesTheOutputAsItWas(Case c) throws IOException {
        Path input = caseDir.resolve(switch (c.args().get(1)) {
            case "fhir" -> c.args().get(0).equals("export") ? "input.json" : "input.ndjson";
            default -> "input.csv";
        });
        if (c.input() != null) {
            Files.writeString(input, c.input(), StandardCharsets.UTF_8);
        }
        Path missing = input.resolveSibling("missing.csv");
        Path noFolder = input.resolveSibling("no-such-folder").resolve("out.json");
        List<String> args = new ArrayList<>();
        for (String a : c.args()) {
            args.add(switch (a) {
                case "FILE" -> input.toString();
                case "OUT" -> output.toString();
                case "MISSING" -> missing.toString();
                case "NOFOLDER" -> noFolder.toString();
                default -> a;
            });
        }
        MainTest.Run r = MainTest.run(args.toArray(String[]::new));
        String expected = c.message().replace("FILE", input.toString()).replace("MISSING", missing.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(c.exit());
        assertThat(r.err()).contains(expected);
        assertThat(r.err()).doesNotContain("\tat ", "Exception", "internal error");
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).as("output left as it was").isEqualTo("previous content");
        if (c.input() != null) {
            assertThat(Files.readString(input, StandardCharsets.UTF_8)).as("input untouched").isEqualTo(c.input());
        }
        try (Stream<Path> files = Files.list(output.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .allMatch(n -> n.equals("out.json") || n.equals(input.getFileName().toString()));
        }
        assertThat(Files.exists(noFolder)).isFalse();
    }
}
