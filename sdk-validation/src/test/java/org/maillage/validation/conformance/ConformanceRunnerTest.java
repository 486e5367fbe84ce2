package org.maillage.validation.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceRunnerTest {

    @TempDir
    Path dir;

    private ConformanceCorpus corpus;

    @BeforeEach
    void writeATinyCorpus() throws IOException {
        Files.createDirectories(dir.resolve("fake/inputs"));
        Files.writeString(dir.resolve("fake/bad.json"), """
                [{"description": "the bad member", "rule": "fake.bad",
                  "tests": [
                    {"description": "a bad member is reported", "data": {"bad": 1},
                     "valid": false, "findings": [{"ruleId": "fake.bad", "pointer": "/bad"}]},
                    {"description": "near miss: a good member", "data": {"good": 1}, "valid": true, "findings": []},
                    {"description": "input from a file", "file": "inputs/bad-too.json",
                     "valid": false, "findings": [{"ruleId": "fake.bad", "pointer": "/bad"}]}
                  ]}]
                """);
        Files.writeString(dir.resolve("fake/inputs/bad-too.json"), "{\"bad\": [1, 2]}");
        Files.writeString(dir.resolve("fake/inputs/broken.json"), "{\"not json");
        corpus = ConformanceCorpus.load(dir);
    }

    private static List<String> java(String... options) {
        Path classes;
        try {
            classes = Path.of(FakeImplementation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), FakeImplementation.class.getName()));
        cmd.addAll(List.of(options));
        return cmd;
    }

    @Test
    void corpus_readsGroupsAndSkipsInputFiles() {
        assertThat(corpus.cases()).extracting(ConformanceCase::id)
                .containsExactly("fake/bad.json#0", "fake/bad.json#1", "fake/bad.json#2");
        assertThat(corpus.cases().get(2).input()).asString().isEqualTo("{\"bad\": [1, 2]}");
        assertThat(corpus.cases().get(0).ruleId()).isEqualTo("fake.bad");
    }

    @Test
    void corpus_readsLayers_ofAGroupOrACase_andGivesThemToTheImplementationAsAnOption() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("layers/x"));
        Files.writeString(folder.resolve("x.json"), """
                {"description": "layers", "rule": "x", "layers": ["constraints", "read"], "profile": "p", "tests": [
                  {"description": "the group's layers, read always among them", "data": {}, "valid": true},
                  {"description": "a case's own layers", "data": {}, "valid": true, "layers": ["SCHEMA"],
                   "waivers": {"waivers": []}}]}
                """);
        List<ConformanceCase> cases = ConformanceCorpus.load(dir.resolve("layers")).cases();
        assertThat(cases.get(0).layers()).containsExactly(org.maillage.validation.Layer.READ,
                org.maillage.validation.Layer.CONSTRAINTS);
        assertThat(cases.get(0).options("w.json")).containsExactly("--profile", "p", "--layers", "read,constraints");
        assertThat(cases.get(1).options("w.json")).containsExactly("--profile", "p", "--waivers", "w.json", "--layers", "read,schema");
        assertThat(corpus.cases().get(0).layers()).as("without layers, every layer runs").isNull();
        assertThat(corpus.cases().get(0).options("w.json")).isEmpty();
        Files.writeString(folder.resolve("x.json"), """
                {"description": "layers", "tests": [{"description": "d", "data": {}, "valid": true, "layers": ["read", "spelling"]}]}
                """);
        assertThatThrownBy(() -> ConformanceCorpus.load(dir.resolve("layers")))
                .isInstanceOf(org.maillage.core.InvalidDataException.class)
                .hasMessage("conformance corpus x/x.json: /tests/0/layers/1 unknown layer 'spelling' (expected read, schema, "
                        + "constraints, references, rules)");
    }

    @Test
    void run_scores100_forAnImplementationThatAgrees() throws IOException {
        ConformanceResult r = ConformanceRunner.of(java()).withJobs(2).run(corpus);
        assertThat(r.results()).allSatisfy(c -> assertThat(c.problem()).isEmpty());
        assertThat(r.perfect()).isTrue();
        assertThat(r.table()).contains("fake/bad.json       3       3", "Score: 3/3 cases (100.0%)").doesNotContain("Failures");
    }

    @Test
    void run_scoresLess_andSaysWhy_forAnImplementationThatMissesFindings() throws IOException {
        ConformanceResult r = ConformanceRunner.of(java("--sloppy")).run(corpus);
        assertThat(r.perfect()).isFalse();
        assertThat(r.passed()).isEqualTo(1);
        assertThat(r.table()).contains("Score: 1/3 cases (33.3%)", "FAIL",
                "fake/bad.json#0 (a bad member is reported): expected invalid, got valid; missing: fake.bad at /bad");
    }

    @Test
    void run_failsCasesWhoseOutputIsNotAReport() throws IOException {
        ConformanceResult r = ConformanceRunner.of(java("--garbage")).run(corpus);
        assertThat(r.passed()).isZero();
        assertThat(r.results().get(0).problem()).startsWith("the output is not a JSON report with 'valid' and 'findings' (exit code 0");
    }

    @Test
    void run_killsACaseThatRunsPastTheTimeout() throws IOException {
        ConformanceResult r = ConformanceRunner.of(java("--hang")).withTimeout(Duration.ofSeconds(2)).run(corpus);
        assertThat(r.results()).allSatisfy(c -> assertThat(c.problem()).isEqualTo("timed out after 2 s"));
    }

    @Test
    void run_stopsAnImplementationAsSoonAsItWritesPastTheCap_notAfterItExits() throws IOException {
        // 'yes' never exits: only a cap enforced while it writes ends the case before the timeout
        ConformanceResult r = ConformanceRunner.of(List.of("sh", "-c", "yes maillage")).withTimeout(Duration.ofMinutes(10))
                .withJobs(1).run(corpus);
        assertThat(r.results()).allSatisfy(c -> assertThat(c.problem())
                .isEqualTo("the implementation wrote more than 64 MB on its standard output: stopped"));
    }

    @Test
    void run_killsTheImplementationsBackgroundChildren_atTheTimeoutAndWhenItExits() throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid"))
                || Files.isExecutable(Path.of("/bin/setsid")), "setsid (util-linux) is needed for process groups");
        Path pids = Files.createDirectories(dir.resolve("pids"));
        // the child detaches from the shell's pipes and is re-parented (started from a subshell that
        // exits), so that it is no descendant of the implementation: only a kill of its group ends it
        String child = "( sleep 300 </dev/null >/dev/null 2>&1 & echo $! > " + pids + "/$$ ); ";
        ConformanceRunner.of(List.of("sh", "-c", child + "sleep 300")).withTimeout(Duration.ofSeconds(2)).withJobs(1).run(corpus);
        ConformanceRunner.of(List.of("sh", "-c", child + "echo '{\"valid\": true, \"findings\": []}'")).withJobs(1).run(corpus);
        List<Path> files;
        try (var s = Files.list(pids)) {
            files = s.toList();
        }
        assertThat(files).hasSize(6);
        for (Path f : files) {
            long pid = Long.parseLong(Files.readString(f).strip());
            assertThat(running(pid)).as("background child %s of %s", pid, f.getFileName()).isFalse();
        }
    }

    /** Whether a process runs: it exists and is not a zombie waiting for its parent to reap it. */
    private static boolean running(long pid) throws IOException, InterruptedException {
        for (int i = 0; i < 50; i++) {
            Path stat = Path.of("/proc/" + pid + "/stat");
            String state;
            try {
                String text = Files.readString(stat);
                state = text.substring(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
            } catch (java.nio.file.NoSuchFileException e) {
                return false;
            }
            if (state.equals("Z") || state.equals("X")) {
                return false;
            }
            Thread.sleep(100); // the kill is asynchronous: give it a moment before saying the child survived
        }
        return true;
    }

    @Test
    void run_failsEveryCase_whenTheImplementationCannotStart() throws IOException {
        ConformanceResult r = ConformanceRunner.of("/nonexistent/validator --json").run(corpus);
        assertThat(r.results()).allSatisfy(c -> assertThat(c.problem()).startsWith("the implementation cannot be started"));
    }

    @Test
    void commandLine_isSplitWithoutAShell() {
        assertThat(CommandLineSplitter.split("java -jar 'my dir/m.jar' validate --format \"json \\\"x\\\"\" a\\ b $HOME;rm"))
                .containsExactly("java", "-jar", "my dir/m.jar", "validate", "--format", "json \"x\"", "a b", "$HOME;rm");
        assertThatThrownBy(() -> CommandLineSplitter.split("a 'b")).hasMessageContaining("unclosed single quote");
        assertThatThrownBy(() -> CommandLineSplitter.split("   ")).hasMessageContaining("empty");
    }

    @Test
    void requirements_mapEachRuleToItsCases() {
        Requirements req = Requirements.of(List.of(new Requirements.Rule("fake.bad", "rules", "mandatory", "bad | member"),
                new Requirements.Rule("fake.other", "schema", "mandatory", "other")), corpus);
        assertThat(req.rows().get(0).triggeredBy()).containsExactly("fake/bad.json#0", "fake/bad.json#2");
        assertThat(req.rows().get(0).nearMisses()).containsExactly("fake/bad.json#1");
        assertThat(req.uncovered()).extracting(r -> r.rule().ruleId()).containsExactly("fake.other");
        assertThat(req.markdown()).contains("| `fake.bad` | rules | mandatory | bad \\| member | `fake/bad.json#0`<br>`fake/bad.json#2` |"
                + " `fake/bad.json#1` |", "| `fake.other` | schema | mandatory | other | **none** | **none** |",
                "1 of 2 rules have both");
    }
}
