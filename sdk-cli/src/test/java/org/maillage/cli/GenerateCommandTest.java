package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.MainTest.Run;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void generate_writesTheDatasetAndItsCounts() throws Exception {
        Path file = dir.resolve("ariege.json");
        Run r = MainTest.run("generate", "--size", "departement", "--seed", "3", "--output", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("departement, seed 3").contains("325 communes").contains("1 departements");
        assertThat(Files.readString(file)).startsWith("{\n  \"$schema\"").contains("\"id\": \"commune:09").doesNotContain("wellOrdered");
    }

    @Test
    void generate_withChanges_writesASecondSnapshot() throws Exception {
        Path a = dir.resolve("a.ndjson");
        Path b = dir.resolve("b.ndjson");
        Run r = MainTest.run("generate", "--size", "departement", "--output", a.toString(), "--changes", "20",
                "--changed-output", b.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("changed: ");
        // One entity per line; about a fifth of them modified, added or removed.
        java.util.List<String> before = Files.readAllLines(a);
        java.util.List<String> after = Files.readAllLines(b);
        long kept = after.stream().filter(new java.util.HashSet<>(before)::contains).count();
        assertThat((double) kept / before.size()).isBetween(0.7, 0.9);
    }

    @Test
    void generate_departementAndItsChangedSnapshot_passEveryValidationLayer() {
        Path a = dir.resolve("dep.json");
        Path b = dir.resolve("dep-changed.json");
        Run g = MainTest.run("generate", "--size", "departement", "--seed", "11", "--output", a.toString(),
                "--changes", "5", "--changed-output", b.toString());
        assertThat(g.code()).as(g.err()).isZero();
        for (Path file : new Path[] {a, b}) {
            Run v = MainTest.run("validate", "--lang", "en", file.toString());
            assertThat(v.code()).as(v.out()).isZero();
            assertThat(v.out()).contains("0 errors, 0 warnings");
        }
    }

    @Test
    void generate_unknownSize_exits2NamingTheSizes() {
        Run r = MainTest.run("generate", "--size", "europe", "--output", dir.resolve("x.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown size 'europe'").contains("france-10y");
    }

    @Test
    void generate_changesWithoutSecondFile_exits2() {
        Run r = MainTest.run("generate", "--size", "departement", "--output", dir.resolve("x.json").toString(),
                "--changes", "1");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--changes and --changed-output go together");
    }

    @Test
    void generate_unwritableOutput_exits3() {
        Run r = MainTest.run("generate", "--size", "departement", "--output",
                dir.resolve("missing/dir/x.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).startsWith("maillage generate: cannot write ").contains("does not exist").doesNotContain("Exception");
    }
}
