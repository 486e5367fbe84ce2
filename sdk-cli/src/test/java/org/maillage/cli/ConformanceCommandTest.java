package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.cli.MainTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCommandTest {

    @TempDir
    Path dir;

    private Path corpus;

    @BeforeEach
    void writeACorpusAndTwoImplementations() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("bad.json"), """
                {"description": "the bad member", "rule": "fake.bad", "tests": [
                  {"description": "reported", "data": {"bad": 1}, "valid": false,
                   "findings": [{"ruleId": "fake.bad", "pointer": "/bad"}]},
                  {"description": "near miss", "data": {"good": 1}, "valid": true, "findings": []}]}
                """);
        script("good.sh", "if grep -q '\"bad\"' \"$1\"; then echo '{\"valid\":false,\"findings\":[{\"ruleId\":\"fake.bad\","
                + "\"pointer\":\"/bad\"}]}'; else echo '{\"valid\":true,\"findings\":[]}'; fi");
        script("lazy.sh", "echo '{\"valid\":true,\"findings\":[]}'");
    }

    private void script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void run_exits0At100Percent() {
        MainTest.Run r = run("conformance", "run", "--implementation", dir.resolve("good.sh").toString(),
                "--corpus", corpus.toString(), "--jobs", "1");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Score: 2/2 cases (100.0%)");
    }

    @Test
    void run_exits1BelowAndListsTheFailures() {
        MainTest.Run r = run("conformance", "run", "--implementation", dir.resolve("lazy.sh").toString(),
                "--corpus", corpus.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).contains("Score: 1/2 cases (50.0%)", "bad.json#0 (reported): expected invalid, got valid");
    }

    @Test
    void run_exits2ForAnUnclosedQuote_and3ForAMissingCorpus() {
        assertThat(run("conformance", "run", "--implementation", "sh 'x", "--corpus", corpus.toString()).code())
                .isEqualTo(ExitCodes.USAGE);
        MainTest.Run r = run("conformance", "run", "--implementation", "true", "--corpus", dir.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("cannot read").contains("nope: no such file");
    }

    @Test
    void requirements_mapsEveryCatalogueRuleToItsCases() throws IOException {
        Files.writeString(corpus.resolve("read.json"), """
                {"description": "malformed JSON", "rule": "read.malformed", "tests": [
                  {"description": "truncated", "file": "inputs/truncated.json", "valid": false,
                   "findings": [{"ruleId": "read.malformed", "pointer": ""}]},
                  {"description": "near miss", "data": {}, "valid": false, "findings": []}]}
                """);
        Files.createDirectories(corpus.resolve("inputs"));
        Files.writeString(corpus.resolve("inputs/truncated.json"), "{\"a\": ");
        Path md = dir.resolve("req.md");
        MainTest.Run r = run("conformance", "requirements", "--corpus", corpus.toString(), "--output", md.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(Files.readString(md)).startsWith("# Requirements covered by the conformance corpus")
                .contains("| `read.malformed` | read | mandatory |", "`read.json#0` | `read.json#1` |")
                .contains("| **none** | **none** |");
    }
}
